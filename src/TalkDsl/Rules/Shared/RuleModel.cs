using System.Collections.Generic;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs): the small neutral outline the rules read. Compile time fills it
// from the operation tree of a [Talk] chain, run time from the builder. A null text means the value is
// not known at compile time (dynamic). Tag is the caller's handle for "where", passed back untouched.

internal enum RuleItemKind
{
    Heading,
    Content,
    Include,
    Thanks,
    References,

    /// <summary>A call whose values are computed at run time but which counts as no content (compile time only).</summary>
    Computed,
}

/// <summary>What happened to an include when parts were expanded.</summary>
internal enum IncludeState
{
    Expanded,
    Duplicate,
    Cycle,
    Unresolved,
}

/// <summary>One call of a talk's body.</summary>
internal sealed class RuleItem
{
    private RuleItem(RuleItemKind kind, HeadingLevel level, ContentTarget target, string? text, string? partKey, string? partName, IncludeState includeState, string? cyclePath, object? tag, bool isDynamic = false, string? call = null)
    {
        IsDynamic = isDynamic;
        Call = call;
        Kind = kind;
        Level = level;
        Target = target;
        Text = text;
        PartKey = partKey;
        PartName = partName;
        IncludeState = includeState;
        CyclePath = cyclePath;
        Tag = tag;
    }

    public RuleItemKind Kind { get; }

    public HeadingLevel Level { get; }

    public ContentTarget Target { get; }

    /// <summary>The heading title or the content; null when dynamic, or for <c>NewSlide()</c> without a title.</summary>
    public string? Text { get; }

    public string? PartKey { get; }

    public string? PartName { get; }

    public IncludeState IncludeState { get; }

    public string? CyclePath { get; }

    public object? Tag { get; }

    /// <summary>Whether the text is computed at run time (then <see cref="Text"/> is null).</summary>
    public bool IsDynamic { get; }

    /// <summary>The call that made this content when it is not the content call itself, e.g. <c>Figure</c> (see <see cref="TypedRuleItems"/>).</summary>
    public string? Call { get; }

    /// <summary>The address of the image a typed call shows (TALK016); null for anything else.</summary>
    public string? ImagePath { get; set; }

    /// <summary>A media shown without a text alternative (TALK020): how to name it and what to do; null when it has one.</summary>
    public (string What, string Hint)? MissingAlternative { get; set; }

    /// <summary>Whether this heading starts a new slide (a heading shown in the notes only does not).</summary>
    public bool BreaksSlide => Kind == RuleItemKind.Heading && Level != HeadingLevel.Subsubsection && Target != ContentTarget.Notes
        || Kind == RuleItemKind.Thanks || Kind == RuleItemKind.References;

    /// <summary>Whether this heading appears in the notes (and so owns an anchor); a heading shown in the slides only does not.</summary>
    public bool HasNotesHeading => Kind == RuleItemKind.Heading && Level != HeadingLevel.NewSlide && Target != ContentTarget.Slides
        || Kind == RuleItemKind.Thanks || Kind == RuleItemKind.References;

    /// <summary>A heading; <paramref name="shownIn"/> (its <see cref="Target"/>) is the one output it shows in, or both (see <see cref="OneOutput"/>).</summary>
    public static RuleItem Heading(HeadingLevel level, string? title, object? tag, bool isDynamic = false, ContentTarget shownIn = ContentTarget.Both) =>
        new(RuleItemKind.Heading, level, shownIn, isDynamic ? null : title, null, null, default, null, tag, isDynamic);

    /// <summary>Content; a null <paramref name="text"/> means it is computed at run time.</summary>
    /// <param name="call">The typed call that made it, for messages; null for <c>Markdown</c>, <c>Slides</c>, <c>Notes</c>, <c>SpeakerNotes</c>.</param>
    public static RuleItem Content(ContentTarget target, string? text, object? tag, string? call = null) =>
        new(RuleItemKind.Content, default, target, text, null, null, default, null, tag, text is null, call);

    /// <summary>A call with values computed at run time that the rules otherwise count as nothing (an image's path, a figure's label…):
    /// it is reported as TALK012, as any dynamic content is.</summary>
    public static RuleItem Computed(string call, object? tag) =>
        new(RuleItemKind.Computed, default, default, null, null, null, default, null, tag, isDynamic: true, call);

    /// <summary>An include; a null <paramref name="partKey"/> means the part is only known at run time. The part's
    /// items show in <paramref name="shownIn"/> only (its <see cref="Target"/>; see <see cref="OneOutput"/>).</summary>
    public static RuleItem Include(string? partKey, string partName, object? tag, ContentTarget shownIn = ContentTarget.Both) =>
        new(RuleItemKind.Include, default, shownIn, null, partKey, partName, IncludeState.Expanded, null, tag, partKey is null);

    public static RuleItem Thanks(object? tag) =>
        new(RuleItemKind.Thanks, default, default, null, null, null, default, null, tag);

    public static RuleItem References(object? tag) =>
        new(RuleItemKind.References, default, default, null, null, null, default, null, tag);

    public RuleItem WithIncludeState(IncludeState state, string? cyclePath = null) =>
        new(Kind, Level, Target, Text, PartKey, PartName, state, cyclePath, Tag, IsDynamic, Call) { MissingAlternative = MissingAlternative, ImagePath = ImagePath };

    /// <summary>This item shown in <paramref name="target"/> (see <see cref="OneOutput.Restrict"/>).</summary>
    public RuleItem WithTarget(ContentTarget target) => target == Target ? this :
        new(Kind, Level, target, Text, PartKey, PartName, IncludeState, CyclePath, Tag, IsDynamic, Call) { MissingAlternative = MissingAlternative, ImagePath = ImagePath };

    /// <summary>How a diagnostic names this call, e.g. <c>Subsection("Welcome")</c>.</summary>
    public string Describe() => Kind switch
    {
        RuleItemKind.Heading => Level + (IsDynamic ? "(...)" : Text is null ? "()" : "(\"" + Text + "\")"),
        RuleItemKind.Content => (Call ?? (Target == ContentTarget.Both ? "Markdown" : Target.ToString())) + "(...)",
        RuleItemKind.Computed => Call + "(...)",
        RuleItemKind.Include => "Include(" + PartName + ")",
        RuleItemKind.Thanks => "Thanks()",
        _ => "References()",
    };
}

/// <summary>One author of the talk, as far as the rules care.</summary>
internal sealed class RuleAuthor
{
    public RuleAuthor(string? url, string? twitter, object? tag, object? urlTag = null, object? twitterTag = null)
    {
        Url = url;
        Twitter = twitter;
        Tag = tag;
        UrlTag = urlTag ?? tag;
        TwitterTag = twitterTag ?? tag;
    }

    public string? Url { get; }

    public string? Twitter { get; }

    /// <summary>The <c>Author(...)</c> call.</summary>
    public object? Tag { get; }

    /// <summary>The <c>url:</c> argument, so compile time can point at it; the call at run time.</summary>
    public object? UrlTag { get; }

    /// <summary>The <c>twitter:</c> argument; the call at run time.</summary>
    public object? TwitterTag { get; }
}

/// <summary>A whole talk, as far as the rules care.</summary>
internal sealed class RuleTalk
{
    public RuleTalk(IReadOnlyList<RuleItem> items) => Items = items;

    /// <summary>Where the talk as a whole is (the [Talk] member, or the talk's name at run time).</summary>
    public object? TalkTag { get; set; }

    public bool HasTitleCall { get; set; }

    /// <summary>The title; null when absent or dynamic (see <see cref="TitleIsDynamic"/>).</summary>
    public string? Title { get; set; }

    public bool TitleIsDynamic { get; set; }

    public object? TitleTag { get; set; }

    public IList<RuleAuthor> Authors { get; } = new List<RuleAuthor>();

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public object? DateTag { get; set; }

    /// <summary>The talk's duration in seconds, if set.</summary>
    public double? DurationSeconds { get; set; }

    public object? DurationTag { get; set; }

    /// <summary>The first header call whose value is computed at run time (compile time only), e.g. <c>Venue(...)</c>.</summary>
    public string? DynamicHeaderCall { get; set; }

    public object? DynamicHeaderTag { get; set; }

    /// <summary>The <c>.bib</c> files the talk names (<c>Bibliography(...)</c>), in order.</summary>
    public IList<RuleNamedFile<BibFile>> Bibliographies { get; } = new List<RuleNamedFile<BibFile>>();

    /// <summary>The notation files the talk names (<c>NotationFile(...)</c>), where they can be looked at (run time, analyzer).</summary>
    public IList<RuleNamedFile<NotationFileContent>> NotationFiles { get; } = new List<RuleNamedFile<NotationFileContent>>();

    /// <summary>
    /// The files of the project's media folder, relative to it ('/' separated), and the folder as the message
    /// names it: compile time only (the build gives them to the compiler); null when not known, and TALK016 does
    /// not run (at run time TalkOutput checks each image against its MediaFolder when it writes).
    /// </summary>
    public ICollection<string>? MediaFiles { get; set; }

    public string? MediaFolder { get; set; }

    /// <summary>How a message names where a tag points ("line 12 of Talk.cs"); null when the caller cannot say.</summary>
    public System.Func<object?, string?>? DescribeTag { get; set; }

    /// <summary>The body, parts expanded (see <see cref="PartExpander"/>).</summary>
    public IReadOnlyList<RuleItem> Items { get; }
}

/// <summary>
/// A file a talk names beside its C# (a <c>.bib</c> for <c>Bibliography(...)</c>, a notation file for
/// <c>NotationFile(...)</c>): the path as written, the file it resolves to, and what was read (null when it cannot be found).
/// </summary>
internal sealed class RuleNamedFile<TContent>
    where TContent : class
{
    public RuleNamedFile(string path, string fullPath, object? tag, TContent? content)
    {
        Path = path;
        FullPath = fullPath;
        Tag = tag;
        Content = content;
    }

    public string Path { get; }

    public string FullPath { get; }

    /// <summary>The naming call (its argument at compile time).</summary>
    public object? Tag { get; }

    public TContent? Content { get; }
}

/// <summary>A line of a file other than C# (a <c>.bib</c>): where a finding about that file goes.</summary>
internal sealed class RuleFileLine
{
    public RuleFileLine(string path, int line)
    {
        Path = path;
        Line = line;
    }

    public string Path { get; }

    /// <summary>1-based.</summary>
    public int Line { get; }

    public override string ToString() => Path + "(" + Line + ")";
}

/// <summary>Limits read from <c>.editorconfig</c> (<c>talkdsl.*</c>) at compile time; defaults at run time.</summary>
internal sealed class RuleSettings
{
    public static readonly RuleSettings Default = new();

    public int MaxSlideLines { get; set; } = 12;

    /// <summary>
    /// How many characters of prose a line of a slide holds (<c>talkdsl.slide_line_chars</c>): TALK008 counts a
    /// paragraph as the lines it wraps to at this width. The default is measured in chromium for reveal.js's
    /// default theme (white) at its default slide size, 960x700: 47.2 characters a line of English prose
    /// (SlideLineWidthTests prints the figure and fails when the theme changes it).
    /// </summary>
    public int SlideLineChars { get; set; } = DefaultSlideLineChars;

    public const int DefaultSlideLineChars = 47;

    public int MaxSlideBullets { get; set; } = 7;

    public int WordsPerMinute { get; set; } = 130;

    public int MinSecondsPerSlide { get; set; } = 30;
}

/// <summary>A rule's finding: which rule, where (the item's or header's tag), and the message arguments.</summary>
internal sealed class RuleViolation
{
    public RuleViolation(RuleDescriptor descriptor, object? tag, params object[] args)
    {
        Descriptor = descriptor;
        Tag = tag;
        Args = args;
    }

    public RuleDescriptor Descriptor { get; }

    public object? Tag { get; }

    public object[] Args { get; }

    /// <summary>The text the finding is about (a call's content as the rules read it), when it points inside it.</summary>
    public string? Text { get; private set; }

    /// <summary>Where in <see cref="Text"/> the finding is: compile time squiggles exactly these characters of the literal.</summary>
    public int TextStart { get; private set; }

    public int TextLength { get; private set; }

    /// <summary>Values for a code fix (e.g. the nearest citation keys), one per line; null for none.</summary>
    public string? FixData { get; private set; }

    /// <summary>Points the finding at <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public RuleViolation Inside(string text, int start, int length)
    {
        Text = text;
        TextStart = start;
        TextLength = length;
        return this;
    }

    public RuleViolation WithFixData(string? data)
    {
        FixData = data;
        return this;
    }

    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptor.MessageFormat, Args);
}
