using System.Collections.Immutable;
using System.Text;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Reading;
using TalkDsl.Rules;

namespace TalkDsl.Lamd.Mapping;

/// <summary>A body mapped: its chain steps, the parts it includes, and where its notation comes from.</summary>
internal sealed record MappedBody(IReadOnlyList<ChainStep> Steps, IReadOnlyList<LamdPart> ReferencedParts, IReadOnlyList<NotationSource> Notation);

/// <summary>
/// Maps an evaluated lamd body onto the chain of the authoring API, row by row of
/// <see cref="ConstructTable"/>. Text collects into one content call per run of the same output; a
/// construct with a typed call becomes that call when it stands on its own lines, in an output the call
/// fits, with arguments the call accepts; otherwise, and for a construct without a typed call, it becomes
/// a raw block (when it stands on its own lines) or stays inside the surrounding content (when it sits in
/// a paragraph), always with a comment naming it, its position and why, and always counted.
/// </summary>
internal sealed class BodyMapper
{
    /// <summary>Indentation of chain calls in generated files; raw string content goes one level deeper.</summary>
    public const string CallIndent = "        ";
    public const string ContentIndent = CallIndent + "    ";

    private readonly bool _isPart;
    private readonly Func<LamdPart, string> _partReference;
    private readonly List<ChainStep> _steps = [];
    private readonly List<LamdPart> _referencedParts = [];
    private readonly List<NotationSource> _notation = [];
    private Buffer? _buffer;

    private readonly LamdMacroLibrary? _library;

    /// <summary>One budget for every expansion of lamd's macros this body needs (LAMD020 when it runs out).</summary>
    private readonly LamdExpansionBudget _budget = new();

    private readonly Func<string, SourcePosition, string>? _citationsAsText;

    private BodyMapper(bool isPart, Func<LamdPart, string> partReference, LamdMacroLibrary? library, Func<string, SourcePosition, string>? citationsAsText)
    {
        _library = library;
        _citationsAsText = citationsAsText;
        _isPart = isPart;
        _partReference = partReference;
    }

    /// <summary>The steps of a talk's body (<paramref name="isPart"/> false) or of a part's.</summary>
    /// <param name="library">lamd's macro files, when known: a construct with no typed call becomes their expansion for each output.</param>
    /// <param name="citationsAsText">
    /// For a body without a bibliography: escapes the citations in text lamd's macros write (the body's own
    /// were escaped before), as pandoc shows them as text there too.
    /// </param>
    public static MappedBody Map(ImmutableArray<BodyNode> body, bool isPart, Func<LamdPart, string> partReference, LamdMacroLibrary? library = null, Func<string, SourcePosition, string>? citationsAsText = null)
    {
        var mapper = new BodyMapper(isPart, partReference, library, citationsAsText);
        mapper.Walk(body, ContentTarget.Both);
        mapper.Flush();
        return new MappedBody(ClosingRules(mapper._steps, isPart), mapper._referencedParts, mapper._notation);
    }

    private void Walk(ImmutableArray<BodyNode> nodes, ContentTarget target)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            switch (nodes[i])
            {
                case BodyText text when CommentedOut(nodes, i) is { } end:
                    i = MapCommentedOut(nodes, i, end, target);
                    break;
                case BodyText text:
                    Append(target, text.Text, text.Position);
                    break;
                case BodyConstruct construct when ConstructTable.Find(construct.Name)?.Kind == ConstructKind.Target && SplitDisplayMath(nodes, ref i, target):
                    break;
                case BodyConstruct { Name: "startanimation" or "startslides" } when MapAnimation(nodes, ref i, target):
                    break;
                case BodyConstruct construct:
                    MapConstruct(construct, target, nodes, i);
                    break;
                case BodyInclude include:
                    MapInclude(include, target);
                    break;
                case BodyBranch when SplitDisplayMath(nodes, ref i, target):
                    break;
                case BodyBranch branch:
                    var branchTarget = branch.Target == BranchTarget.Slides ? ContentTarget.Slides : ContentTarget.Notes;
                    if (Intersect(target, branchTarget) is { } inner)
                    {
                        Flush();
                        var first = _steps.Count;
                        Walk(branch.Nodes, inner);
                        Flush();
                        AttachUse(first, new ConstructUse($"\\{branch.Condition}", branch.Position, ConstructOutcome.Mapped, $"{inner}(…)"));
                    }
                    else
                    {
                        NeverShown($"\\{branch.Condition}", branch.Position, BodySource.Of(branch.Nodes), $"{Describe(branchTarget)} content inside {Describe(target)} content");
                    }

                    break;
                case BodySetAside aside:
                    Flush();
                    _steps.Add(ChainStep.Comment(
                        CommentLines($"lamd {aside.Construct} at {aside.Position} — kept as a comment: {aside.Reason}.", aside.Source),
                        new ConstructUse(aside.Construct, aside.Position, ConstructOutcome.NotMapped, aside.Reason)));
                    break;
            }
        }
    }

    private void MapConstruct(BodyConstruct construct, ContentTarget target, ImmutableArray<BodyNode> siblings, int index)
    {
        // Not in the table: one of lamd's own macros (LamdMacroLibrary.Names), which only lamd's expansion shows.
        var row = ConstructTable.Find(construct.Name) ?? ConstructMapping.Raw(construct.Name, construct.Arguments.Length, "a lamd macro");
        var name = "\\" + construct.Name;
        switch (row.Kind)
        {
            case ConstructKind.Heading:
                MapHeading(construct, row, target, siblings, index);
                return;
            case ConstructKind.Target when construct.Arguments.Length > 0:
                if (Intersect(target, row.Target) is { } inner)
                {
                    Flush();
                    var before = _steps.Count;
                    Walk(construct.Arguments[0], inner);
                    Flush();
                    AttachUse(before, new ConstructUse(name, construct.Position, ConstructOutcome.Mapped, $"{row.Target}(…)"));
                }
                else
                {
                    NeverShown(name, construct.Position, BodySource.Of(construct.Arguments[0]), $"{Describe(row.Target)} content inside {Describe(target)} content");
                }

                return;
            case ConstructKind.Closing when !_isPart && target == ContentTarget.Both:
                Flush();
                var role = construct.Name == "thanks" ? StepRole.Thanks : StepRole.References;
                _steps.Add(new ChainStep([], role == StepRole.Thanks ? ".Thanks()" : ".References()", role,
                    [new ConstructUse(name, construct.Position, ConstructOutcome.Mapped, role == StepRole.Thanks ? "Thanks()" : "References()")])
                {
                    Rule = role == StepRole.Thanks ? RuleItem.Thanks(construct.Position) : RuleItem.References(construct.Position),
                    Origin = construct.Position,
                });
                return;
            case ConstructKind.Closing:
                Raw(construct, row, target, siblings, index, _isPart ? "a part cannot close a talk: Thanks() and References() belong to the talk" : $"inside {Describe(target)} content");
                return;
            case ConstructKind.Comment:
                Flush();
                _steps.Add(ChainStep.Comment(
                    CommentLines($"lamd {name} at {construct.Position} — {row.Description}:", construct.Arguments.IsEmpty ? string.Empty : BodySource.Of(construct.Arguments[0])),
                    new ConstructUse(name, construct.Position, ConstructOutcome.Mapped, "a C# comment")));
                return;
            case ConstructKind.Typed:
                MapTyped(construct, row, target, siblings, index);
                return;
            case ConstructKind.Notation:
                MapNotation(construct, row, target, siblings, index);
                return;
            default:
                Raw(construct, row, target, siblings, index, "not mapped yet");
                return;
        }
    }

    /// <summary>
    /// A slides-only or notes-only piece inside display math (<c>$$ f(x) = 1\notes{,} $$</c>): splitting the
    /// content there would leave two unclosed <c>$$</c>, so the whole display becomes two complete variants,
    /// the slides' and the notes', each as lamd's build for that output shows it. False when no display
    /// math is open, or it does not close in text after only such pieces (the caller maps the node as usual).
    /// </summary>
    private bool SplitDisplayMath(ImmutableArray<BodyNode> nodes, ref int index, ContentTarget target)
    {
        if (_buffer is not { } buffer || OpenDisplayMath(buffer.Text.ToString()) is not { } open)
        {
            return false;
        }

        var slides = new StringBuilder(buffer.Text.ToString(open, buffer.Text.Length - open));
        var notes = new StringBuilder(slides.ToString());
        var uses = new List<ConstructUse>();
        for (var k = index; k < nodes.Length; k++)
        {
            switch (nodes[k])
            {
                case BodyText text when text.Text.IndexOf("$$", StringComparison.Ordinal) is var close and >= 0:
                    var closing = text.Text[..(close + 2)];
                    slides.Append(closing);
                    notes.Append(closing);
                    buffer.Text.Length = open;
                    Flush();
                    var comment = $"lamd display math at {nodes[index].Position} holds slides-only or notes-only pieces: one complete variant for each output.";
                    foreach (var (variant, output) in new[] { (slides, ContentTarget.Slides), (notes, ContentTarget.Notes) })
                    {
                        if (Intersect(target, output) is { } shown)
                        {
                            var content = CSharpLiteral.Block(variant.ToString());
                            var call = $".{Method(shown)}({CSharpLiteral.Raw(content, ContentIndent)})";
                            _steps.Add(new ChainStep(output == ContentTarget.Slides || target != ContentTarget.Both ? [comment] : [], call, StepRole.Body, output == ContentTarget.Slides || target != ContentTarget.Both ? [.. uses] : [])
                            {
                                Rule = RuleItem.Content(shown, content, nodes[index].Position),
                                Origin = nodes[index].Position,
                            });
                        }
                    }

                    Append(target, text.Text[(close + 2)..], text.Position);
                    index = k;
                    return true;
                case BodyText text:
                    slides.Append(text.Text);
                    notes.Append(text.Text);
                    break;
                case BodyConstruct construct when ConstructTable.Find(construct.Name) is { Kind: ConstructKind.Target } row && construct.Arguments.Length > 0:
                    (row.Target == ContentTarget.Slides ? slides : row.Target == ContentTarget.Notes ? notes : null)?.Append(BodySource.Of(construct.Arguments[0]));
                    uses.Add(new ConstructUse("\\" + construct.Name, construct.Position, ConstructOutcome.Mapped, "one display-math variant for each output"));
                    break;
                case BodyBranch branch:
                    (branch.Target == BranchTarget.Slides ? slides : notes).Append(BodySource.Of(branch.Nodes));
                    uses.Add(new ConstructUse($"\\{branch.Condition}", branch.Position, ConstructOutcome.Mapped, "one display-math variant for each output"));
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Where the display math (<c>$$</c>) left open at the end of <paramref name="text"/> starts, as pandoc reads the dollars; null when none is open.</summary>
    private static int? OpenDisplayMath(string text)
    {
        var escaped = PandocMath.EscapeLiteralDollars(text);
        if (escaped == text)
        {
            return null;
        }

        // The only dollars pandoc would leave as text are those not closed before the end: the last "$$" opened and never closed.
        var open = text.LastIndexOf("$$", StringComparison.Ordinal);
        return open >= 0 && PandocMath.DisplayEnd(text, open) is null ? open : null;
    }

    private void MapTyped(BodyConstruct construct, ConstructMapping row, ContentTarget target, ImmutableArray<BodyNode> siblings, int index)
    {
        if (!row.Within.Contains(target))
        {
            var shows = row.Within.Contains(ContentTarget.Slides) && row.Within.Contains(ContentTarget.Notes) ? "the slides, the notes or both (shownIn:), not the speaker notes alone"
                : row.Within.Contains(ContentTarget.Notes) ? "the notes" : "the slides and the notes";
            Raw(construct, row, target, siblings, index, $"it sits in {Describe(target)} content, and its typed call shows in {shows}");
            return;
        }

        if (!StandsAlone(siblings, index))
        {
            Raw(construct, row, target, siblings, index, "it sits inside a paragraph, and its typed call is a block of its own");
            return;
        }

        var emitted = row.Emit!(new ConstructArguments(construct, target, ContentIndent));
        if (emitted.Call is not { } call)
        {
            Raw(construct, row, target, siblings, index, emitted.Refusal!);
            return;
        }

        Flush();
        var method = call[1..call.IndexOf('(', StringComparison.Ordinal)];
        _steps.Add(new ChainStep([], call, StepRole.Body, [new ConstructUse("\\" + construct.Name, construct.Position, ConstructOutcome.Mapped, $"{method}(…)")]) { Origin = construct.Position });
    }

    /// <summary>
    /// lamd's animation, <c>\startanimation{group}{start}{finish}{name}</c> (or <c>\startslides{group}{start}{finish}</c>),
    /// its <c>\newframe{contents}{group}</c>s and <c>\endanimation</c> with only blank text between, on lines of
    /// their own → one <c>Animation(…)</c> call in the output it sits in. When its frames cannot be media, the start
    /// stays raw with the reason (true: the frames and the end follow as before); false when it is not that sequence.
    /// </summary>
    private bool MapAnimation(ImmutableArray<BodyNode> nodes, ref int index, ContentTarget target)
    {
        var start = (BodyConstruct)nodes[index];
        var frames = new List<BodyConstruct>();
        var end = -1;
        for (var i = index + 1; i < nodes.Length && end < 0; i++)
        {
            switch (nodes[i])
            {
                case BodyText text when string.IsNullOrWhiteSpace(text.Text):
                    break;
                case BodyConstruct { Name: "newframe" } frame:
                    frames.Add(frame);
                    break;
                case BodyConstruct { Name: "endanimation" }:
                    end = i;
                    break;
                default:
                    return false;
            }
        }

        if (end < 0 || !StandsAlone(nodes, index) || !StandsAlone(nodes, end))
        {
            return false;
        }

        var row = ConstructTable.Find(start.Name)!;
        var emitted = TypedCalls.Animation(
            new ConstructArguments(start, target, ContentIndent),
            frames.Select(frame => new ConstructArguments(frame, target, ContentIndent)).ToList());
        if (emitted.Call is not { } call)
        {
            Raw(start, row, target, nodes, index, emitted.Refusal!);
            return true;
        }

        Flush();
        var finish = (BodyConstruct)nodes[end];
        _steps.Add(new ChainStep([], call, StepRole.Body,
        [
            new ConstructUse("\\" + start.Name, start.Position, ConstructOutcome.Mapped, "Animation(…)"),
            .. frames.Select(frame => new ConstructUse("\\newframe", frame.Position, ConstructOutcome.Mapped, "a frame of Animation(…)")),
            new ConstructUse("\\endanimation", finish.Position, ConstructOutcome.Mapped, "the end of Animation(…)"),
        ]) { Origin = start.Position });
        index = end;
        return true;
    }

    /// <summary>
    /// <c>\newcommand</c>: the talk's header declares it (<see cref="NotationTable"/>), wherever it sits, as MathJax
    /// knows it on every page; here a comment says so.
    /// </summary>
    private void MapNotation(BodyConstruct construct, ConstructMapping row, ContentTarget target, ImmutableArray<BodyNode> siblings, int index)
    {
        var (macro, refusal) = NotationTable.Read(construct);
        if (macro is null)
        {
            Raw(construct, row, target, siblings, index, refusal!);
            return;
        }

        _notation.Add(new NotationSource(macro, null, construct.Position));
        var name = "\\" + construct.Name;
        var comment = NotationTable.Comment(construct.Position, row.Description, macro, _isPart);
        var use = new ConstructUse(name, construct.Position, ConstructOutcome.Mapped, "Notation(…) in the talk's header");
        if (StandsAlone(siblings, index))
        {
            Flush();
            _steps.Add(ChainStep.Comment([comment], use));
            return;
        }

        Append(target, string.Empty, construct.Position);
        _buffer!.Comments.Add(comment);
        _buffer.Uses.Add(use);
    }

    private void MapHeading(BodyConstruct construct, ConstructMapping row, ContentTarget target, ImmutableArray<BodyNode> siblings, int index)
    {
        var name = "\\" + construct.Name;
        var title = construct.Arguments.IsEmpty ? string.Empty : CSharpLiteral.OneLine(BodySource.Of(construct.Arguments[0]));
        string call;
        var comments = new List<string>();
        var shownIn = ContentTarget.Both;
        if (construct.NoSlideTitle && title.Length > 0 && target is ContentTarget.Both or ContentTarget.Slides)
        {
            MapUntitledSlide(construct, row, target, title);
            return;
        }

        if (target is ContentTarget.Slides or ContentTarget.Notes && title.Length > 0 && row.Level != HeadingLevel.NewSlide)
        {
            // lamd's \slides{}/\notes{} drop the other output's text before pandoc: a heading in one output only.
            call = $".{row.Level}({CSharpLiteral.String(title)}, shownIn: ContentTarget.{target})";
            shownIn = target;
        }
        else if (target == ContentTarget.Both && row.Level == HeadingLevel.NewSlide)
        {
            call = title.Length == 0 ? ".NewSlide()" : $".NewSlide({CSharpLiteral.String(title)})";
        }
        else if (target == ContentTarget.Both && title.Length > 0)
        {
            call = $".{row.Level}({CSharpLiteral.String(title)})";
        }
        else if (target == ContentTarget.Both && row.Level != HeadingLevel.Subsubsection)
        {
            call = ".NewSlide()";
            comments.Add($"lamd {name}{{}} at {construct.Position} has no title: a new slide without a notes heading.");
        }
        else if (target == ContentTarget.Slides && row.Level is HeadingLevel.Subsection or HeadingLevel.NewSlide)
        {
            call = title.Length == 0 ? ".NewSlide()" : $".NewSlide({CSharpLiteral.String(title)})";
            comments.Add($"lamd {name} at {construct.Position} in slides-only content: a slide with no notes heading.");
        }
        else
        {
            Raw(construct, row, target, siblings, index, target == ContentTarget.Both ? "an empty title" : $"a heading in {Describe(target)} content only");
            return;
        }

        Flush();
        var level = call.StartsWith(".NewSlide", StringComparison.Ordinal) ? HeadingLevel.NewSlide : row.Level;
        _steps.Add(new ChainStep([.. comments], call, StepRole.Body, [new ConstructUse(name, construct.Position, ConstructOutcome.Mapped, call)])
        {
            Rule = RuleItem.Heading(level, title.Length == 0 ? null : title, construct.Position, shownIn: shownIn),
            Origin = construct.Position,
        });
    }

    /// <summary>
    /// A heading where the talk defined <c>noSlideTitle</c>: lamd's slides show an untitled slide (<c>## {}</c>), its
    /// notes keep a <c>\subsection</c>'s or <c>\subsubsection</c>'s heading (a <c>\newslide</c> has none there).
    /// </summary>
    private void MapUntitledSlide(BodyConstruct construct, ConstructMapping row, ContentTarget target, string title)
    {
        Flush();
        var name = "\\" + construct.Name;
        var comment = $"lamd {name}{{{title}}} at {construct.Position} with noSlideTitle defined: an untitled slide, the title in the notes only.";
        if (target == ContentTarget.Both && row.Level != HeadingLevel.NewSlide)
        {
            var heading = $".{row.Level}({CSharpLiteral.String(title)}, shownIn: ContentTarget.Notes)";
            _steps.Add(new ChainStep([comment], heading, StepRole.Body, [new ConstructUse(name, construct.Position, ConstructOutcome.Mapped, heading + ".NewSlide()")])
            {
                Rule = RuleItem.Heading(row.Level, title, construct.Position, shownIn: ContentTarget.Notes),
                Origin = construct.Position,
            });
            comment = null;
        }

        _steps.Add(new ChainStep(comment is null ? [] : [comment], ".NewSlide()", StepRole.Body, comment is null ? [] : [new ConstructUse(name, construct.Position, ConstructOutcome.Mapped, ".NewSlide()")])
        {
            Rule = RuleItem.Heading(HeadingLevel.NewSlide, null, construct.Position, shownIn: ContentTarget.Both),
            Origin = construct.Position,
        });
    }

    private void MapInclude(BodyInclude include, ContentTarget target)
    {
        Flush();
        var name = $"\\include{{{include.Requested}}}";
        switch (include.Outcome)
        {
            case IncludeOutcome.Included when target is ContentTarget.Both or ContentTarget.Slides or ContentTarget.Notes:
                // Inside \slides{} or \notes{}, an include shown in that output only: the part's content, headings included, goes there alone.
                _referencedParts.Add(include.Part!);
                _notation.Add(new NotationSource(null, include.Part, include.Position));
                var call = target == ContentTarget.Both
                    ? $".Include({_partReference(include.Part!)})"
                    : $".Include({_partReference(include.Part!)}, shownIn: ContentTarget.{target})";
                _steps.Add(new ChainStep([], call, StepRole.Body, [new ConstructUse("\\include", include.Position, ConstructOutcome.Mapped, $"{call} from {include.Detail}")])
                {
                    Rule = RuleItem.Include(_partReference(include.Part!), _partReference(include.Part!), include.Position, target),
                    Origin = include.Position,
                });
                break;
            case IncludeOutcome.Included when _library is not null:
                // Inside \speakernotes{}: the speaker notes are no output a part can be shown in (shownIn), so its content is written here, as lamd shows it there.
                _notation.Add(new NotationSource(null, include.Part, include.Position));
                _steps.Add(ChainStep.Comment(
                    [$"lamd {name} at {include.Position} in {Describe(target)} content: {include.Detail} is written here, {Describe(target)}, as a part cannot be shown in the speaker notes."],
                    new ConstructUse("\\include", include.Position, ConstructOutcome.Mapped, $"{include.Detail} written in place, {Describe(target)}")));
                Walk(include.Part!.Body, target);
                Flush();
                break;
            case IncludeOutcome.Included:
                var reason = $"an include inside {Describe(target)} content: a part can be shown in the slides or the notes only, not in the speaker notes";
                _steps.Add(new ChainStep(
                    [$"lamd {name} at {include.Position} — {reason}: not mapped yet."],
                    $".{Method(target)}({CSharpLiteral.Raw(name, ContentIndent)}, allowHtml: true)",
                    StepRole.Body,
                    [new ConstructUse("\\include", include.Position, ConstructOutcome.NotMapped, reason)])
                {
                    Rule = RuleItem.Content(target, name, include.Position),
                    Origin = include.Position,
                });
                break;
            case IncludeOutcome.Repeated:
                var guarded = include.Detail.StartsWith("already", StringComparison.Ordinal);
                _steps.Add(ChainStep.Comment(
                    [$"lamd {name} at {include.Position} — {include.Detail}."],
                    new ConstructUse("\\include", include.Position, guarded ? ConstructOutcome.Mapped : ConstructOutcome.NotMapped, include.Detail)));
                break;
            default:
                _steps.Add(ChainStep.Comment(
                    [$"lamd {name} at {include.Position} — {include.Detail}: left out; add the snippet and import again."],
                    new ConstructUse("\\include", include.Position, ConstructOutcome.MissingInclude, $"{include.Requested}: {include.Detail}")));
                break;
        }
    }

    private void Raw(BodyConstruct construct, ConstructMapping row, ContentTarget target, ImmutableArray<BodyNode> siblings, int index, string why)
    {
        if (_library is { } library)
        {
            AsLamdShowsIt(construct, row, target, siblings, index, why, library);
            return;
        }

        var name = "\\" + construct.Name;
        var comment = $"lamd {name} at {construct.Position} — {row.Description}: {why}.";
        var use = new ConstructUse(name, construct.Position, ConstructOutcome.NotMapped, $"{row.Description}: {why}");
        if (StandsAlone(siblings, index))
        {
            Flush();
            var content = PandocMath.EscapeLiteralDollars(CSharpLiteral.Block(construct.Source));
            content = _citationsAsText?.Invoke(content, construct.Position) ?? content;
            _steps.Add(new ChainStep([comment], $".{Method(target)}({CSharpLiteral.Raw(content, ContentIndent)}, allowHtml: true)", StepRole.Body, [use])
            {
                Rule = RuleItem.Content(target, content, construct.Position),
                Origin = construct.Position,
            });
            return;
        }

        Append(target, construct.Source, construct.Position);
        _buffer!.Comments.Add(comment);
        _buffer.Uses.Add(use);
        _buffer.AllowHtml = true;
    }

    /// <summary>
    /// A construct with no typed call, as lamd shows it: its expansion by lamd's macro files in the slides
    /// build and in the notes build (HTML where lamd's macros write HTML), in the output it sits in, under a
    /// comment naming the original. The same in both outputs → one shared block; else one block for each.
    /// </summary>
    private void AsLamdShowsIt(BodyConstruct construct, ConstructMapping row, ContentTarget target, ImmutableArray<BodyNode> siblings, int index, string why, LamdMacroLibrary library)
    {
        var name = "\\" + construct.Name;
        var dropped = new List<string>();
        var divs = new List<string>();
        string Expand(BranchTarget output)
        {
            var expansion = library.Expand(construct.Source, output, construct.Position, _budget);
            expansion = _citationsAsText?.Invoke(expansion, construct.Position) ?? expansion;
            var (unwrapped, classes) = PandocDivs.Unwrap(expansion);
            divs.AddRange(classes.Except(divs));
            var (shown, raw) = PandocRawTex.Drop(PandocMath.EscapeLiteralDollars(CSharpLiteral.Block(unwrapped)));
            dropped.AddRange(raw.Except(dropped));
            return CSharpLiteral.Block(shown);
        }

        var slides = target == ContentTarget.Notes ? string.Empty : Expand(BranchTarget.Slides);
        var notes = target is ContentTarget.Slides or ContentTarget.SpeakerNotes ? string.Empty : Expand(BranchTarget.Notes);
        var comment = $"lamd {name} at {construct.Position} — {row.Description}: {why}; written as lamd's macros expand it."
            + (dropped.Count > 0 ? " " + RawTexComment(dropped) : string.Empty)
            + (divs.Count > 0 ? $" pandoc's fenced div ::: {string.Join(", ", divs)} is left out, its content kept{(divs.Contains("incremental") ? " (shown at once, not item by item)" : string.Empty)}." : string.Empty);
        var use = new ConstructUse(name, construct.Position, ConstructOutcome.NotMapped, $"{row.Description}: {why}; lamd's expansion");
        if (!StandsAlone(siblings, index))
        {
            // Inside a paragraph: the expansion for the paragraph's output (the notes' for shared text, as a paragraph cannot be split).
            var inline = target is ContentTarget.Slides or ContentTarget.SpeakerNotes ? slides : notes.Length > 0 ? notes : slides;
            Append(target, inline, construct.Position);
            _buffer!.Comments.Add(comment);
            _buffer.Uses.Add(use);
            _buffer.AllowHtml = true;
            return;
        }

        Flush();
        var blocks = target != ContentTarget.Both
            ? [(target, target == ContentTarget.Notes ? notes : slides)]
            : slides == notes ? [(ContentTarget.Both, notes)] : new List<(ContentTarget, string)> { (ContentTarget.Slides, slides), (ContentTarget.Notes, notes) };
        var first = true;
        foreach (var (output, text) in blocks.Where(b => b.Item2.Length > 0))
        {
            _steps.Add(new ChainStep(first ? [comment] : [], $".{Method(output)}({CSharpLiteral.Raw(text, ContentIndent)}, allowHtml: true)", StepRole.Body, first ? [use] : [])
            {
                Rule = RuleItem.Content(output, text, construct.Position),
                Origin = construct.Position,
            });
            first = false;
        }

        if (first)
        {
            _steps.Add(ChainStep.Comment([$"lamd {name} at {construct.Position} — {row.Description}: lamd's macros make nothing of it in the slides or the notes."], use));
        }
    }

    private static string RawTexComment(IEnumerable<string> dropped) =>
        $"Left out as lamd's pages leave it out (raw LaTeX, which pandoc drops from HTML): {string.Join(", ", dropped.Distinct())}.";

    /// <summary>
    /// When the text at <paramref name="index"/> opens an HTML comment (<c>&lt;!--</c>) that closes in a later text node,
    /// with constructs or includes between: the index of that later node, else null. gpp knows nothing of HTML
    /// comments, so lamd reads what is inside (an include sets its guard), and pandoc shows none of it.
    /// </summary>
    private static int? CommentedOut(ImmutableArray<BodyNode> nodes, int index)
    {
        var text = ((BodyText)nodes[index]).Text;
        var open = text.LastIndexOf("<!--", StringComparison.Ordinal);
        if (open < 0 || text.IndexOf("-->", open + 4, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        for (var j = index + 1; j < nodes.Length; j++)
        {
            if (nodes[j] is BodyText { Text: var later } && later.Contains("-->", StringComparison.Ordinal))
            {
                return j - index > 1 ? j : null;
            }
        }

        return null;
    }

    /// <summary>Text before the comment and after it as usual; the comment itself, with what gpp read inside it, as a C# comment.</summary>
    private int MapCommentedOut(ImmutableArray<BodyNode> nodes, int start, int end, ContentTarget target)
    {
        var first = (BodyText)nodes[start];
        var last = (BodyText)nodes[end];
        var open = first.Text.LastIndexOf("<!--", StringComparison.Ordinal);
        var close = last.Text.IndexOf("-->", StringComparison.Ordinal) + 3;
        Append(target, first.Text[..open], first.Position);
        Flush();
        var inside = first.Text[open..] + BodySource.Of(nodes.Skip(start + 1).Take(end - start - 1)) + last.Text[..close];
        var uses = nodes.Skip(start + 1).Take(end - start - 1).OfType<BodyInclude>()
            .Select(include => new ConstructUse("\\include", include.Position, ConstructOutcome.Mapped, $"{include.Requested} inside an HTML comment: shown nowhere, as in lamd"))
            .ToArray();
        _steps.Add(ChainStep.Comment(
            CommentLines($"lamd HTML comment at {Within(first.Position, first.Text, open)} — lamd's pages show none of it (gpp still reads the includes inside, so their guards are set); kept as a comment.", inside),
            uses));
        Append(target, last.Text[close..], last.Position);
        return end;
    }

    /// <summary>The position of <paramref name="offset"/> in a text that starts at <paramref name="start"/>.</summary>
    private static SourcePosition Within(SourcePosition start, string text, int offset)
    {
        var before = text[..offset];
        var newline = before.LastIndexOf('\n');
        return newline < 0
            ? start with { Column = start.Column + offset }
            : start with { Line = start.Line + before.Count(c => c == '\n'), Column = offset - newline };
    }

    private void NeverShown(string construct, SourcePosition position, string source, string why)
    {
        Flush();
        _steps.Add(ChainStep.Comment(
            CommentLines($"lamd {construct} at {position} — never shown by lamd ({why}); kept as a comment.", source),
            new ConstructUse(construct, position, ConstructOutcome.NotMapped, $"never shown: {why}")));
    }

    private bool StandsAlone(ImmutableArray<BodyNode> siblings, int index)
    {
        if (_buffer is { } buffer)
        {
            var text = buffer.Text.ToString();
            var lastLine = text[(text.LastIndexOf('\n') + 1)..];
            if (!string.IsNullOrWhiteSpace(lastLine))
            {
                return false;
            }
        }

        for (var i = index + 1; i < siblings.Length; i++)
        {
            if (siblings[i] is not BodyText next)
            {
                return false;
            }

            var newline = next.Text.IndexOf('\n');
            var rest = newline < 0 ? next.Text : next.Text[..newline];
            if (!string.IsNullOrWhiteSpace(rest))
            {
                return false;
            }

            if (newline >= 0)
            {
                return true;
            }
        }

        return true;
    }

    private void Append(ContentTarget target, string text, SourcePosition position)
    {
        if (_buffer is { } buffer && buffer.Target != target)
        {
            Flush();
        }

        _buffer ??= new Buffer(target, position);
        _buffer.Text.Append(text);
    }

    private void Flush()
    {
        if (_buffer is not { } buffer)
        {
            return;
        }

        _buffer = null;
        var content = PandocMath.EscapeLiteralDollars(CSharpLiteral.Block(buffer.Text.ToString()));
        if (_library is not null && PandocRawTex.Drop(content) is (var shown, [_, ..] dropped))
        {
            content = CSharpLiteral.Block(shown);
            buffer.Comments.Add(RawTexComment(dropped));
        }

        if (content.Length == 0)
        {
            if (buffer.Uses.Count > 0)
            {
                _steps.Add(ChainStep.Comment(buffer.Comments, [.. buffer.Uses]));
            }

            return;
        }

        var origin = StartOfText(buffer);
        // The text's citations were escaped node by node; a node split inside math ('$' on each side) hides
        // one from that, not from the analyzer, which reads the whole block: escape what the block still cites.
        content = _citationsAsText?.Invoke(content, origin) ?? content;
        var allowHtml = buffer.AllowHtml || LamdValues.ContainsHtml(content);
        var call = $".{Method(buffer.Target)}({CSharpLiteral.Raw(content, ContentIndent)}{(allowHtml ? ", allowHtml: true" : string.Empty)})";
        _steps.Add(new ChainStep([.. buffer.Comments], call, StepRole.Body, [.. buffer.Uses])
        {
            Rule = RuleItem.Content(buffer.Target, content, origin),
            Origin = origin,
        });
    }

    /// <summary>Credits a content wrapper (<c>\notes{…}</c>) to the first step its content produced.</summary>
    private void AttachUse(int firstStep, ConstructUse use)
    {
        if (firstStep < _steps.Count)
        {
            _steps[firstStep] = _steps[firstStep] with { Uses = _steps[firstStep].Uses.Insert(0, use) };
        }
        else
        {
            _steps.Add(ChainStep.Comment([$"lamd {use.Construct} at {use.Position} is empty."], use));
        }
    }

    /// <summary>
    /// Thanks() may be followed only by References(), and References() by nothing; a closing that content
    /// follows (or any closing in a part) becomes the heading lamd's macros make of it, so the chain still compiles.
    /// </summary>
    private static List<ChainStep> ClosingRules(List<ChainStep> steps, bool isPart)
    {
        var result = new List<ChainStep>(steps);
        for (var i = 0; i < result.Count; i++)
        {
            var step = result[i];
            if (step.Role is not (StepRole.Thanks or StepRole.References))
            {
                continue;
            }

            var later = result.Skip(i + 1).Where(s => s.Role != StepRole.CommentOnly).Select(s => s.Role).ToList();
            var valid = !isPart && (step.Role == StepRole.Thanks ? later.All(r => r == StepRole.References) && later.Count <= 1 : later.Count == 0);
            if (valid)
            {
                continue;
            }

            // lamd's macros make a titled slide and a notes heading of it (\newslide{Thanks!} and \subsection{Thanks!};
            // \newslide{References} and \section{References}): the same heading here, as TalkDsl's closing calls end the chain.
            var use = step.Uses[0];
            var why = "content follows it, and in TalkDsl it closes the talk";
            var (level, title) = step.Role == StepRole.Thanks ? (HeadingLevel.Subsection, "Thanks!") : (HeadingLevel.Section, "References");
            var call = $".{level}({CSharpLiteral.String(title)})";
            result[i] = new ChainStep(
                [$"lamd {use.Construct} at {use.Position} — {why}: the heading lamd's macros make of it, {call}."],
                call,
                StepRole.Body,
                [use with { Outcome = ConstructOutcome.NotMapped, Detail = $"{why}: written as its heading, {call}" }])
            {
                Rule = RuleItem.Heading(level, title, use.Position),
                Origin = use.Position,
            };
        }

        return result;
    }

    private static ContentTarget? Intersect(ContentTarget outer, ContentTarget inner) => (outer, inner) switch
    {
        (ContentTarget.Both, _) => inner,
        (_, ContentTarget.Both) => outer,
        (ContentTarget.Slides, ContentTarget.Slides or ContentTarget.SpeakerNotes) => inner,
        (ContentTarget.SpeakerNotes, ContentTarget.Slides or ContentTarget.SpeakerNotes) => ContentTarget.SpeakerNotes,
        (ContentTarget.Notes, ContentTarget.Notes) => ContentTarget.Notes,
        _ => null,
    };

    private static string Method(ContentTarget target) => target == ContentTarget.Both ? "Markdown" : target.ToString();

    private static string Describe(ContentTarget target) => target switch
    {
        ContentTarget.Slides => "slides-only",
        ContentTarget.Notes => "notes-only",
        ContentTarget.SpeakerNotes => "speaker-notes",
        _ => "shared",
    };

    /// <summary>A heading line, then the text as <c>//</c> lines (safe for any content, unlike <c>/* */</c>).</summary>
    private static IEnumerable<string> CommentLines(string heading, string text)
    {
        yield return heading;
        var body = CSharpLiteral.Block(text);
        if (body.Length == 0)
        {
            yield break;
        }

        foreach (var line in body.Split('\n'))
        {
            yield return line.Length == 0 ? "|" : "| " + line;
        }
    }

    /// <summary>The line of the buffer's first non-blank text (blank lines before it are not content).</summary>
    private static SourcePosition StartOfText(Buffer buffer)
    {
        var text = buffer.Text.ToString();
        var leading = text.Length - text.TrimStart().Length;
        var lines = text[..leading].Count(c => c == '\n');
        return lines == 0 ? buffer.Start : buffer.Start with { Line = buffer.Start.Line + lines, Column = 1 };
    }

    private sealed class Buffer(ContentTarget target, SourcePosition start)
    {
        public ContentTarget Target { get; } = target;

        /// <summary>Where the buffer's text starts in lamd.</summary>
        public SourcePosition Start { get; } = start;

        public StringBuilder Text { get; } = new();

        public List<string> Comments { get; } = [];

        public List<ConstructUse> Uses { get; } = [];

        public bool AllowHtml { get; set; }
    }
}
