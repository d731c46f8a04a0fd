using System.Runtime.CompilerServices;
using TalkDsl.Authoring;
using TalkDsl.Model;
using TalkDsl.Rules;

namespace TalkDsl;

/// <summary>
/// A talk written as a fluent chain: <c>Talk.Titled(...).Author(...).Subsection(...).Markdown(...)</c>.
/// Every stage of the chain is a <see cref="Talk"/>, so any stage can be built, validated or rendered.
/// The stage types (<see cref="TalkHeader"/>, <see cref="TalkBody"/>, <see cref="TalkClosing"/>,
/// <see cref="TalkEnd"/>) let the compiler refuse calls in the wrong order.
/// </summary>
public abstract class Talk
{
    private protected Talk(HeaderState header, StepList? body)
    {
        Header = header;
        Body = body;
    }

    internal HeaderState Header { get; }

    internal StepList? Body { get; }

    /// <summary>Starts a talk with its title (lamd's <c>title:</c>).</summary>
    public static TalkHeader Titled(string title, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new TalkHeader(HeaderState.Empty with { Title = title, TitleSpot = new SourceSpot(file, line) }, null);
    }

    /// <summary>Starts a talk with its first author; give the title with <see cref="TalkHeader.Titled"/>.</summary>
    public static TalkHeader Author(
        string? given = null,
        string? family = null,
        string? institute = null,
        string? url = null,
        string? twitter = null,
        string? gscholar = null,
        string? orcid = null,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0) =>
        new TalkHeader(HeaderState.Empty, null).Author(given, family, institute, url, twitter, gscholar, orcid, file, line);

    /// <summary>The talk with every part expanded in place, each part at most once.</summary>
    public TalkDocument Build() => new(
        Header.ToMetadata() with { Bibliography = BibliographyFiles.Cited(BibliographyFiles.Load(Header), Expand()) },
        ExpandedBlocks().Select(b => b.Block).ToValueList());

    /// <summary>The blocks of <see cref="Build"/>, each with the call that made it (for messages that name a line).</summary>
    internal IEnumerable<(Block Block, SourceSpot Spot)> ExpandedBlocks() => ExpandSteps()
        .Where(item => item.Kind != RuleItemKind.Include)
        .Select(item => (Block: Shown((BodyStep)item.Tag!, item.Target), ((BodyStep)item.Tag!).Spot))
        .Where(shown => shown.Block is not null)
        .Select(shown => (shown.Block!, shown.Spot));

    /// <summary>
    /// A step's block as the includes around it show it (<paramref name="scope"/>: where the expander left the step,
    /// see <see cref="OneOutput"/>), or null when it shows in no output (a slides-only heading in a notes-only include).
    /// </summary>
    private static Block? Shown(BodyStep step, ContentTarget scope) =>
        !OneOutput.TryIntersect(scope, step.Block!.ShownIn, out var shownIn) ? null
        : shownIn == step.Block.ShownIn ? step.Block
        : step.Block with { ShownIn = shownIn };

    /// <summary>
    /// Checks the talk with the same rules the analyzers run at compile time (TALK001…) and returns what
    /// they found, errors first, in source order.
    /// </summary>
    public IReadOnlyList<TalkDiagnostic> Validate() => Validate(RuleSettings.Default);

    /// <summary>As <see cref="Validate()"/>, with other limits: those a project sets in <c>.editorconfig</c> for its analyzers.</summary>
    public IReadOnlyList<TalkDiagnostic> Validate(TalkValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Validate(options.ToSettings());
    }

    /// <summary>The headings with their anchors, the slide count, word counts and the estimated speaking time.</summary>
    public TalkOutline Outline() => TalkOutline.From(Header.Title ?? string.Empty, Expand(), RuleSettings.Default);

    /// <summary>Throws a <see cref="TalkValidationException"/> listing every error, if there is one.</summary>
    public TalkDocument BuildValidated()
    {
        var errors = Validate().Where(d => d.Severity == TalkDiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new TalkValidationException(Header.Title, errors);
        }

        return Build();
    }

    internal IReadOnlyList<TalkDiagnostic> Validate(RuleSettings settings)
    {
        var talk = new RuleTalk(Expand())
        {
            TalkTag = Header.TitleSpot,
            HasTitleCall = Header.TitleSpot is not null,
            Title = Header.Title,
            TitleTag = Header.TitleSpot,
            Year = Header.Date?.Year,
            Month = Header.Date?.Month,
            Day = Header.Date?.Day,
            DateTag = Header.DateSpot,
            DurationSeconds = Header.Duration?.TotalSeconds,
            DurationTag = Header.DurationSpot,
        };
        foreach (var (author, spot) in Header.Authors)
        {
            talk.Authors.Add(new RuleAuthor(author.Url, author.Twitter, spot));
        }

        foreach (var bibliography in BibliographyFiles.Load(Header))
        {
            talk.Bibliographies.Add(bibliography);
        }

        foreach (var notation in NotationTables.Load(Header))
        {
            talk.NotationFiles.Add(notation);
        }

        talk.DescribeTag = tag => tag switch
        {
            SourceSpot spot => TalkDiagnostic.Describe(spot),
            BodyStep step => TalkDiagnostic.Describe(step.Spot),
            _ => null,
        };

        return TalkRules.Check(talk, settings)
            .Concat(RemovedHtml())
            .Select(TalkDiagnostic.From)
            .OrderByDescending(d => d.Severity)
            .ToList();
    }

    /// <summary>TALK025 for each block whose raw HTML the pages clean (run time only: the sanitizer is not in the compiler).</summary>
    private IEnumerable<RuleViolation> RemovedHtml()
    {
        foreach (var (block, spot) in ExpandedBlocks())
        {
            var html = block switch
            {
                ContentBlock { AllowHtml: true } content => [(content.Target switch
                {
                    ContentTarget.Slides => "Slides(...)",
                    ContentTarget.Notes => "Notes(...)",
                    ContentTarget.SpeakerNotes => "SpeakerNotes(...)",
                    _ => "Markdown(...)",
                }, content.Markdown)],
                MediaBlock media => HtmlOf(media.Media),
                FigureBlock figure => HtmlOf(figure.Media),
                ColumnsBlock columns => HtmlOf(columns.Left).Concat(HtmlOf(columns.Right)),
                _ => [],
            };
            foreach (var (call, markdown) in html)
            {
                var removed = Rendering.Markdown.MarkdownRenderer.RemovedHtml(markdown);
                if (removed.Count > 0)
                {
                    var where = TalkDiagnostic.Describe(spot) is { } line ? $"{call} at {line}" : call;
                    yield return new RuleViolation(RuleCatalog.RawHtmlRemoved, spot, where, string.Join("; ", removed));
                }
            }
        }

        static IEnumerable<(string Call, string Markdown)> HtmlOf(Media media) =>
            Leaves(media).OfType<MarkdownMedia>().Where(markdown => markdown.AllowHtml).Select(markdown => ("Media.Markdown(...)", markdown.Markdown));
    }

    /// <summary>The body as the rules read it: parts expanded, each block as the rule items it counts as.</summary>
    internal List<RuleItem> Expand() => ExpandSteps()
        .SelectMany(item => item.Kind == RuleItemKind.Include ? [item]
            : Shown((BodyStep)item.Tag!, item.Target) is { } block ? ToRuleItems((BodyStep)item.Tag!).Select(rule => OneOutput.Restrict(rule, block.ShownIn)).OfType<RuleItem>()
            : [])
        .ToList();

    /// <summary>The body with parts expanded: one item per call, tagged with its <see cref="BodyStep"/>.</summary>
    private List<RuleItem> ExpandSteps()
    {
        var parts = new PartRegistry();
        return PartExpander.Expand(parts.ToStepItems(StepList.ToList(Body)), parts.Resolve);
    }

    /// <summary>
    /// What a block counts as for the rules (TALK005 empty section, TALK008 slide length, TALK009 duration,
    /// TALK011 math, and the outline's counts). The typed blocks go through <see cref="TypedRuleItems"/>, the
    /// one mapping the analyzer and the generator use for the chain they read at compile time.
    /// </summary>
    internal static IEnumerable<RuleItem> ToRuleItems(BodyStep step) => step.Block switch
    {
        HeadingBlock heading => [RuleItem.Heading(heading.Level, heading.Title, step, shownIn: heading.ShownIn)],
        ContentBlock content => [RuleItem.Content(content.Target, content.Markdown, step)],
        ThanksBlock => [RuleItem.Thanks(step)],
        ReferencesBlock => [RuleItem.References(step)],
        MediaBlock media => TypedRuleItems.Media(ToRuleMedia(media.Media, step), MediaCallName(media.Media)),
        FigureBlock figure => TypedRuleItems.Figure(ToRuleMedia(figure.Media, step), figure.Caption, step),
        ColumnsBlock columns => TypedRuleItems.Columns(ToRuleMedia(columns.Left, step), ToRuleMedia(columns.Right, step)),
        FragmentBlock fragment => TypedRuleItems.Fragment(fragment.Markdown, step),
        SlideTextBlock text => TypedRuleItems.SlideText(text.Kind, text.Markdown, step),
        AnimationBlock animation => TypedRuleItems.Animation(animation.Frames.Select(frame => (IReadOnlyList<RuleMedia>)ToRuleMedia(frame, step)).ToList(), animation.Target),
        CodeBlock code => TypedRuleItems.Code(code.Kind, code.Code, code.OnSlides, step),
        EditLinkBlock => TypedRuleItems.EditLink(),
        _ => throw new InvalidOperationException($"No rule mapping for {step.Block?.GetType().Name}."),
    };

    /// <summary>The media the rules read: the leaves of groups and divs, in order.</summary>
    private static List<RuleMedia> ToRuleMedia(Media media, BodyStep step) => Leaves(media).Select(leaf => leaf switch
    {
        ImageMedia image => new RuleMedia(RuleMediaKind.Image, null, step, image.Path, image.Alt),
        YouTubeMedia video => new RuleMedia(RuleMediaKind.YouTube, null, step, video.VideoId, video.Title),
        MarkdownMedia markdown => new RuleMedia(RuleMediaKind.Markdown, markdown.Markdown, step),
        _ => throw new InvalidOperationException($"No rule mapping for {leaf.GetType().Name}."),
    }).ToList();

    /// <summary>The images, players and Markdown a media shows, groups and divs opened, in order.</summary>
    internal static IEnumerable<Media> Leaves(Media media) => media switch
    {
        MediaGroup group => group.Items.SelectMany(Leaves),
        DivMedia div => Leaves(div.Content),
        _ => [media],
    };

    /// <summary>How messages name a media call: <c>Align</c>, <c>Div</c>, <c>YouTube</c> or <c>Image</c>.</summary>
    private static string MediaCallName(Media media) => media switch
    {
        DivMedia { Alignment: not null } => "Align",
        DivMedia => "Div",
        YouTubeMedia => "YouTube",
        _ => "Image",
    };

    /// <summary>The parts met while expanding one talk, by key. Two different parts that happen to share
    /// a key (one helper method making many parts) get distinct keys, so neither is mistaken for a repeat.</summary>
    private sealed class PartRegistry
    {
        private readonly Dictionary<string, TalkPart> _parts = new(StringComparer.Ordinal);

        public IReadOnlyList<RuleItem>? Resolve(string key) =>
            _parts.TryGetValue(key, out var part) ? ToStepItems(part.Steps) : null;

        /// <summary>One item per call for the expander, which only looks at includes; blocks ride in the tag.</summary>
        public IReadOnlyList<RuleItem> ToStepItems(IReadOnlyList<BodyStep> steps) => steps
            .Select(step => step.Part is { } part
                ? RuleItem.Include(Register(part), part.Name, step, step.ShownIn)
                : RuleItem.Content(ContentTarget.Both, string.Empty, step))
            .ToList();

        private string Register(TalkPart part)
        {
            for (var n = 1; ; n++)
            {
                var key = n == 1 ? part.Key : part.Key + "#" + n;
                if (_parts.TryAdd(key, part) || _parts[key].Equals(part))
                {
                    return key;
                }
            }
        }
    }
}
