using System.Globalization;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Model;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// The emitters of <see cref="ConstructTable"/>'s typed rows: lamd's arguments → a call of the authoring API
/// (<c>Image</c>, <c>YouTube</c>, <c>Figure</c>, <c>Columns</c>, <c>Align</c>, <c>Div</c>, <c>Fragment</c>, <c>Code</c>, <c>EditMe</c>).
/// Each builds the model record the call will build, so every argument it writes passes the call's checks;
/// a value that cannot be made valid refuses the mapping, with the reason, and the construct stays raw.
/// </summary>
internal static partial class TypedCalls
{
    /// <summary>The image macros and the file extension each appends to its path (null: the path has its own).</summary>
    public static IReadOnlyDictionary<string, string?> ImageExtensions { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["includepng"] = ".png",
        ["includejpg"] = ".jpg",
        ["includegif"] = ".gif",
        ["includeimg"] = null,
        ["includediagram"] = ".svg",
        ["includediagramclass"] = ".svg",
    };

    /// <summary>lamd's alignment blocks and the alignment each gives (<c>\centerdiv</c> also takes a class and a style).</summary>
    public static IReadOnlyDictionary<string, Alignment> Alignments { get; } = new Dictionary<string, Alignment>(StringComparer.Ordinal)
    {
        ["alignleft"] = Alignment.Left,
        ["aligncenter"] = Alignment.Center,
        ["alignright"] = Alignment.Right,
        ["centerdiv"] = Alignment.Center,
    };

    /// <summary>
    /// <c>\includepng{file}{width}{class}</c> and its kin → <c>.Image(path, width:, alt:)</c>;
    /// <c>\includeyoutube{id}{width}{height}{start}{end}</c> → <c>.YouTube(id, width:)</c>.
    /// </summary>
    public static TypedCall Media(ConstructArguments a)
    {
        var (media, refusal) = MediaOf(a);
        return media is null ? TypedCall.Refused(refusal!)
            : TypedCall.Mapped("." + (ShownIn(a) is [var shownIn] ? media.Call[..^1] + ", " + shownIn + ")" : media.Call));
    }

    /// <summary>
    /// The <c>shownIn:</c> argument of a media call inside <c>\slides{}</c> or <c>\notes{}</c> (lamd drops the other
    /// output's text before pandoc, so the figure or image shows in that output only); none in content of both.
    /// </summary>
    private static string[] ShownIn(ConstructArguments a) =>
        a.Target is ContentTarget.Slides or ContentTarget.Notes ? [$"shownIn: ContentTarget.{a.Target}"] : [];

    /// <summary><c>\figure{contents}{caption}{label}</c> → <c>.Figure(media, caption, label:)</c>.</summary>
    public static TypedCall Figure(ConstructArguments a)
    {
        // lamd's figures have a caption and no alt text: the caption's plain text is the alt to start from (TALK020).
        var (media, refusal) = ContentsOf(a, 0, "its contents", alt: LamdValues.PlainText(CSharpLiteral.Block(a.Source(1))));
        if (media is null)
        {
            return TypedCall.Refused(refusal!);
        }

        if (a.ConstructInside(1) is { } inner)
        {
            return TypedCall.Refused($"its caption holds {inner}, and a caption is Markdown only");
        }

        var caption = CSharpLiteral.Block(a.Source(1));
        if (LamdValues.ContainsHtml(caption))
        {
            return TypedCall.Refused("its caption holds raw HTML, which a TalkDsl caption shows as text");
        }

        var label = a.Source(2) is { Length: > 0 } given ? given : null;
        if (Check(() => new FigureBlock(media.Value, caption, label)) is { } invalid)
        {
            return TypedCall.Refused(invalid);
        }

        string[] arguments = [media.Expression, CSharpLiteral.Text(caption, a.Indent), .. label is null ? Array.Empty<string>() : [$"label: {CSharpLiteral.Line(label)}"], .. ShownIn(a)];
        return TypedCall.Mapped(Call("Figure", a.Indent, arguments));
    }

    /// <summary><c>\columns{left}{right}{w1}{w2}</c> → <c>.Columns(left, right, w1, w2)</c>, Markdown or media in each.</summary>
    public static TypedCall Columns(ConstructArguments a)
    {
        var (left, leftRefusal) = ContentsOf(a, 0, "its left column", allowEmpty: true);
        var (right, rightRefusal) = ContentsOf(a, 1, "its right column", allowEmpty: true);
        if (left is null || right is null)
        {
            return TypedCall.Refused((leftRefusal ?? rightRefusal)!);
        }

        var leftWidth = LamdValues.Width(a.Source(2)) ?? "50%";
        var rightWidth = LamdValues.Width(a.Source(3)) ?? "50%";
        if (Check(() => new ColumnsBlock(left.Value, right.Value, leftWidth, rightWidth)) is { } invalid)
        {
            return TypedCall.Refused(invalid);
        }

        // Two columns of plain Markdown take the overload with strings; any media (or HTML) the one with Media.
        var plain = left.Value is MarkdownMedia { AllowHtml: false } && right.Value is MarkdownMedia { AllowHtml: false };
        var (first, second) = plain
            ? (CSharpLiteral.Text(((MarkdownMedia)left.Value).Markdown, a.Indent), CSharpLiteral.Text(((MarkdownMedia)right.Value).Markdown, a.Indent))
            : (left.Expression, right.Expression);
        return TypedCall.Mapped(Call("Columns", a.Indent, [first, second, CSharpLiteral.String(leftWidth), CSharpLiteral.String(rightWidth), .. ShownIn(a)]));
    }

    /// <summary>
    /// <c>\aligncenter{…}</c>, <c>\alignright{…}</c>, <c>\alignleft{…}</c>, <c>\centerdiv{…}</c> → <c>.Align(Alignment.…, content)</c>;
    /// a <c>\centerdiv{content}{class}{style}</c> with a class or style → <c>.Div(Media.Align(Alignment.Center, content), cssClass:, style:)</c>.
    /// </summary>
    public static TypedCall Align(ConstructArguments a)
    {
        var (div, content, refusal) = DivOf(a);
        if (div is null || content is null)
        {
            return TypedCall.Refused(refusal!);
        }

        var value = (DivMedia)div.Value;
        return value.CssClass is null && value.Style is null
            ? TypedCall.Mapped(Call("Align", a.Indent, ["Alignment." + value.Alignment, BodyArgument(content, a), .. ShownIn(a)]))
            : TypedCall.Mapped(Call("Div", a.Indent, [div.Call, .. Optional(("cssClass", value.CssClass), ("style", value.Style)), .. ShownIn(a)]));
    }

    /// <summary><c>\div{content}{class}{style}</c> → <c>.Div(content, cssClass:, style:)</c>, the class and style checked as the call checks them.</summary>
    public static TypedCall Div(ConstructArguments a)
    {
        var (div, content, refusal) = DivOf(a);
        if (div is null || content is null)
        {
            return TypedCall.Refused(refusal!);
        }

        var value = (DivMedia)div.Value;
        return TypedCall.Mapped(Call("Div", a.Indent, [BodyArgument(content, a), .. Optional(("cssClass", value.CssClass), ("style", value.Style)), .. ShownIn(a)]));
    }

    /// <summary>The body call's content argument: plain Markdown as a string (the string overload), anything else its <c>Media.…</c> expression.</summary>
    private static string BodyArgument(MediaValue content, ConstructArguments a) =>
        content.Value is MarkdownMedia { AllowHtml: false } markdown ? CSharpLiteral.Text(markdown.Markdown, a.Indent) : content.Expression;

    /// <summary>
    /// An alignment block or a <c>\div</c> as a div media (checked as the model checks it) and its content. The div's
    /// <see cref="MediaValue.Expression"/> is the <c>Media.Align(…)</c> or <c>Media.Div(…)</c> a figure or column holds;
    /// its <see cref="MediaValue.Call"/> is what a <c>Div</c> call of a <c>\centerdiv</c> with a class takes as its content.
    /// </summary>
    private static (MediaValue? Div, MediaValue? Content, string? Refusal) DivOf(ConstructArguments a)
    {
        var (content, refusal) = ContentsOf(a, 0, "its content");
        if (content is null)
        {
            return (null, null, refusal);
        }

        if (a.Name is "aligncenter" or "alignright" or "alignleft" && !string.IsNullOrEmpty(a.Source(1)))
        {
            return (null, null, "it has more arguments than lamd's one");
        }

        // lamd's \centerdiv{…}{class}{style} is <div class="centered class" style="style">: its alignment is the centring.
        var cssClass = a.Source(1) is { Length: > 0 } given ? given : null;
        var style = a.Source(2) is { Length: > 0 } written ? written : null;
        Alignment? alignment = a.Name == "div" ? null : Alignments[a.Name];
        if (Build(() => new DivMedia(content.Value, cssClass, style, alignment), out var div) is { } invalid)
        {
            return (null, null, invalid);
        }

        var options = Optional(("cssClass", div.CssClass), ("style", div.Style));
        if (alignment is null)
        {
            return (new MediaValue(div, Invocation("Media.Div", Nested(a), [content.Expression, .. options]), content.Expression), content, null);
        }

        var aligned = Invocation("Media.Align", Nested(a), "Alignment." + alignment, content.Expression);
        var expression = options.Length == 0 ? aligned : Invocation("Media.Div", Nested(a), [aligned, .. options]);
        return (new MediaValue(div, expression, aligned), content, null);
    }

    /// <summary><c>\fragment{text}{class}</c> → <c>.Fragment(text)</c>.</summary>
    public static TypedCall Fragment(ConstructArguments a)
    {
        if (a.Source(1) is { Length: > 0 } style)
        {
            return TypedCall.Refused($"its class '{style}' has no place in Fragment(…), which always appears at the next key press");
        }

        if (a.ConstructInside(0) is { } inner)
        {
            return TypedCall.Refused($"its text holds {inner}, which Fragment(…) would show as lamd source");
        }

        var text = CSharpLiteral.Block(a.Source(0));
        if (text.Length == 0)
        {
            return TypedCall.Refused("it is empty");
        }

        return LamdValues.ContainsHtml(text)
            ? TypedCall.Refused("it holds raw HTML, which Fragment(…) shows as text")
            : TypedCall.Mapped($".Fragment({CSharpLiteral.Text(text, a.Indent)})");
    }

    /// <summary><c>\slidesincremental{text}</c> → <c>.Incremental(text)</c>; <c>\slidesmall{text}</c> → <c>.SlidesSmall(text)</c>.</summary>
    public static Func<ConstructArguments, TypedCall> SlideText(SlideTextKind kind) => a =>
    {
        var method = kind == SlideTextKind.Small ? "SlidesSmall" : "Incremental";
        if (a.ConstructInside(0) is { } inner)
        {
            return TypedCall.Refused($"its text holds {inner}, which {method}(…) would show as lamd source");
        }

        var text = CSharpLiteral.Block(a.Source(0));
        if (text.Length == 0)
        {
            return TypedCall.Refused("it is empty");
        }

        return LamdValues.ContainsHtml(text)
            ? TypedCall.Refused($"it holds raw HTML, which {method}(…) shows as text")
            : TypedCall.Mapped($".{method}({CSharpLiteral.Text(text, a.Indent)})");
    };

    /// <summary>
    /// <c>\startanimation{group}{start}{finish}{name}</c> <c>\newframe{contents}{group}{style}</c>… <c>\endanimation</c> →
    /// <c>.Animation(group, [frames], target)</c>, each frame's contents one image, video or Markdown; the output it sits
    /// in is the target (lamd's animations mostly sit in <c>\slides{}</c>).
    /// </summary>
    public static TypedCall Animation(ConstructArguments start, IReadOnlyList<ConstructArguments> frames)
    {
        if (start.Target == ContentTarget.SpeakerNotes)
        {
            return TypedCall.Refused("it sits in speaker notes, which have no key presses to step through");
        }

        if (start.ConstructInside(0) is { } inner)
        {
            return TypedCall.Refused($"its group holds {inner}");
        }

        var group = start.Source(0);
        var media = new List<MediaValue>();
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].Source(2) is { Length: > 0 } style)
            {
                return TypedCall.Refused($"frame {i + 1} has the style '{style}', which Animation(…) has no place for");
            }

            if (frames[i].Source(1) is { Length: > 0 } name && name != group)
            {
                return TypedCall.Refused($"frame {i + 1} belongs to '{name}', not to the animation's group '{group}'");
            }

            var (value, refusal) = ContentsOf(frames[i], 0, $"frame {i + 1}");
            if (value is null)
            {
                return TypedCall.Refused(refusal!);
            }

            media.Add(value);
        }

        if (Check(() => new AnimationBlock(group, media.Select(m => m.Value).ToValueList(), start.Target)) is { } invalid)
        {
            return TypedCall.Refused(invalid);
        }

        var inside = start.Indent + "    ";
        var list = $"[\n{inside}{string.Join(",\n" + inside, media.Select(m => m.Expression.Replace("\n", "\n    ", StringComparison.Ordinal)))},\n{start.Indent}]";
        string[] arguments = [CSharpLiteral.Line(group), list, .. start.Target == ContentTarget.Both ? Array.Empty<string>() : [$"ContentTarget.{start.Target}"]];
        return TypedCall.Mapped(Call("Animation", start.Indent, arguments));
    }

    /// <summary><c>\code{}</c>, <c>\setupcode{}</c>, <c>\plotcode{}</c>, <c>\setupplotcode{}</c> → <c>.Code(code, kind)</c>.</summary>
    public static Func<ConstructArguments, TypedCall> Code(CodeKind kind) => a =>
    {
        if (a.ConstructInside(0) is { } inner)
        {
            return TypedCall.Refused($"its code holds {inner}, which the import cannot turn into code");
        }

        var code = CSharpLiteral.Block(a.Source(0));
        if (Check(() => new CodeBlock(kind, code)) is { } invalid)
        {
            return TypedCall.Refused(invalid);
        }

        return TypedCall.Mapped($".Code({CSharpLiteral.Text(code, a.Indent)}{(kind == CodeKind.Code ? string.Empty : $", CodeKind.{kind}")})");
    };

    /// <summary>
    /// <c>\loadcode{name}{module}</c>, <c>\loadplotcode{name}{module}</c> → <c>.Code("from module import name", kind)</c>:
    /// lamd's expansion below its <c>full</c> code level (its notebooks' <c>%load</c> magic cells are not kept).
    /// </summary>
    public static Func<ConstructArguments, TypedCall> LoadCode(CodeKind kind) => a =>
    {
        var (name, module) = (a.Source(0), a.Source(1));
        if ((a.ConstructInside(0) ?? a.ConstructInside(1)) is { } inner)
        {
            return TypedCall.Refused($"it holds {inner}, which the import cannot turn into code");
        }

        if (!PythonName().IsMatch(name) || !PythonName().IsMatch(module))
        {
            return TypedCall.Refused($"'{name}' from '{module}' is not a Python name and module");
        }

        var code = $"from {module} import {name}";
        return TypedCall.Mapped($".Code({CSharpLiteral.String(code)}{(kind == CodeKind.Code ? string.Empty : $", CodeKind.{kind}")})");
    };

    /// <summary>A Python name or dotted module name (<c>mlai.plot</c>).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial System.Text.RegularExpressions.Regex PythonName();

    /// <summary><c>\editme</c> → <c>.EditMe()</c>: the link edits the generated C# file, which is now the source.</summary>
    public static TypedCall EditMe(ConstructArguments a) => TypedCall.Mapped(".EditMe()");

    /// <summary>A media value: the model record (checked), its <c>Media.…(…)</c> expression, and its body call without the dot.</summary>
    private sealed record MediaValue(Media Value, string Expression, string Call);

    /// <summary>What a figure, a column or a div holds: one image or video construct, several of them with alignment blocks, divs and Markdown between (a group), or Markdown with no construct in it.</summary>
    // alt: an image's alternative text, when the caller knows a better one than its file name.
    private static (MediaValue? Value, string? Refusal) ContentsOf(ConstructArguments a, int index, string what, bool allowEmpty = false, string? alt = null)
    {
        var significant = a.Nodes(index).Where(n => n is not BodyText { Text: var t } || !string.IsNullOrWhiteSpace(t)).ToList();
        if (significant is [BodyConstruct single] && (ImageExtensions.ContainsKey(single.Name) || single.Name == "includeyoutube"))
        {
            var (media, refusal) = MediaOf(a.Inner(single), alt);
            return media is null ? (null, $"{what}, \\{single.Name}: {refusal}") : (media, null);
        }

        if (significant.Any(IsNested))
        {
            return GroupOf(a, a.Nodes(index), what);
        }

        if (a.ConstructInside(index) is { } inner)
        {
            return (null, $"{what}: {inner} is not an image, a video or an alignment block, and Markdown holding it would show the lamd source");
        }

        var text = CSharpLiteral.Block(a.Source(index));
        if (text.Length == 0 && !allowEmpty)
        {
            return (null, "it has nothing to show: its contents are empty");
        }

        return MarkdownOf(text, a.Indent, what);
    }

    /// <summary>
    /// Markdown as media (<c>allowHtml: true</c> when it holds HTML), or why not: raw TeX in it (a macro nobody
    /// defined, <c>\begin{…}</c>) is what lamd's pages leave out, and <c>Media.Markdown</c> would show it as text.
    /// </summary>
    private static (MediaValue? Value, string? Refusal) MarkdownOf(string markdown, string indent, string what)
    {
        if (PandocRawTex.Drop(markdown).Dropped is { Count: > 0 } tex)
        {
            return (null, $"{what}: it holds raw TeX ({string.Join(", ", tex)}), which lamd's pages leave out and Markdown would show");
        }

        var allowHtml = LamdValues.ContainsHtml(markdown);
        var expression = $"Media.Markdown({CSharpLiteral.Text(markdown, indent)}{(allowHtml ? ", allowHtml: true" : string.Empty)})";
        return (new MediaValue(TalkDsl.Media.Markdown(markdown, allowHtml), expression, string.Empty), null);
    }

    /// <summary>Whether a node is a construct a figure, a column or a div may hold as media: an image, a video, an alignment block or a <c>\div</c>.</summary>
    private static bool IsNested(BodyNode node) =>
        node is BodyConstruct c && (ImageExtensions.ContainsKey(c.Name) || c.Name is "includeyoutube" or "div" || Alignments.ContainsKey(c.Name));

    /// <summary>
    /// Contents that hold several things (lamd's figures of several diagrams, a column of images and text):
    /// <c>Media.Group(…)</c> of each image, video or div in order, with the Markdown between them. Any other
    /// construct refuses the whole, which then stays raw.
    /// </summary>
    private static (MediaValue? Value, string? Refusal) GroupOf(ConstructArguments a, IEnumerable<BodyNode> nodes, string what)
    {
        var items = new List<MediaValue>();
        var text = new List<BodyNode>();
        string? refusal = null;

        void Flush()
        {
            var markdown = CSharpLiteral.Block(BodySource.Of(text));
            text.Clear();
            if (markdown.Length > 0)
            {
                var (value, why) = MarkdownOf(markdown, a.Indent, what);
                refusal ??= why;
                if (value is not null)
                {
                    items.Add(value);
                }
            }
        }

        foreach (var node in nodes)
        {
            if (node is BodyText)
            {
                text.Add(node);
                continue;
            }

            if (node is not BodyConstruct construct || !IsNested(construct))
            {
                refusal ??= $"{what}: {ConstructName(node)} is not an image, a video or an alignment block, and Markdown holding it would show the lamd source";
                continue;
            }

            Flush();
            var inner = a.Inner(construct);
            var (media, why) = ImageExtensions.ContainsKey(construct.Name) || construct.Name == "includeyoutube" ? MediaOf(inner) : DivOf(inner) is var (div, _, reason) ? (div, reason) : default;
            if (media is null)
            {
                refusal ??= $"{what}, \\{construct.Name}: {why}";
            }
            else
            {
                items.Add(media);
            }
        }

        Flush();
        if (refusal is not null)
        {
            return (null, refusal);
        }

        if (items.Count == 1)
        {
            return (items[0], null);
        }

        var group = new MediaGroup(items.Select(i => i.Value));
        return (new MediaValue(group, Invocation("Media.Group", Nested(a), [.. items.Select(i => i.Expression)]), string.Empty), null);
    }

    private static string ConstructName(BodyNode node) => node switch
    {
        BodyConstruct c => "\\" + c.Name,
        BodyInclude => "\\include",
        BodyBranch b => "\\" + b.Condition,
        BodySetAside s => s.Construct,
        _ => "text",
    };

    /// <summary>An image or YouTube construct as media, or why it cannot be one.</summary>
    private static (MediaValue? Value, string? Refusal) MediaOf(ConstructArguments a, string? alt = null)
    {
        if (a.Name == "includeyoutube")
        {
            return YouTubeMedia(a);
        }

        // lamd: {file}{width}{class}; \includediagram and \includediagramclass also {style}; \includeimg's fourth is an alignment, which only centres.
        var cssClass = a.Source(2) is { Length: > 0 } given ? given : null;
        string? style = null;
        if (a.Source(3) is { Length: > 0 } fourth)
        {
            if (a.Name == "includeimg")
            {
                if (fourth != "center")
                {
                    return (null, $"its alignment '{fourth}' has no place in Image(…), which centres the image");
                }
            }
            else
            {
                style = fourth;
            }
        }

        var (path, refusal) = LamdValues.ImagePath(a.Source(0), ImageExtensions[a.Name]);
        if (path is null)
        {
            return (null, refusal);
        }

        var width = LamdValues.Width(a.Source(1));
        alt = string.IsNullOrWhiteSpace(alt) ? LamdValues.AltFromPath(path) : alt;
        if (Build(() => new ImageMedia(path, width, alt, cssClass, style), out var image) is { } invalid)
        {
            return (null, invalid);
        }

        var arguments = Arguments(CSharpLiteral.Line(image.Path), ("width", image.Width), ("alt", image.Alt), ("cssClass", image.CssClass), ("style", image.Style));
        return (new MediaValue(image, $"Media.Image({arguments})", $"Image({arguments})"), null);
    }

    private static (MediaValue? Value, string? Refusal) YouTubeMedia(ConstructArguments a)
    {
        // lamd passes the start time on in the player's URL; 0 (or nothing) is the beginning.
        if (a.Source(3) is { Length: > 0 } start && !(double.TryParse(start, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds == 0))
        {
            return (null, $"it starts at {start} s, and YouTube(…) plays from the beginning");
        }

        if (a.Source(4) is { Length: > 0 } end)
        {
            return (null, $"it stops at {end} s, and YouTube(…) plays to the end");
        }

        var width = LamdValues.Width(a.Source(1));
        if (Build(() => new YouTubeMedia(LamdValues.YouTubeId(a.Source(0)), width), out var video) is { } invalid)
        {
            return (null, invalid);
        }

        var arguments = Arguments(CSharpLiteral.String(video.VideoId), ("width", video.Width));
        return (new MediaValue(video, $"Media.YouTube({arguments})", $"YouTube({arguments})"), null);
    }

    /// <summary>A call on one line when it is short, else one argument a line (raw string literals included).</summary>
    private static string Call(string method, string indent, params string[] arguments) => "." + Invocation(method, indent, arguments);

    /// <summary>An invocation such as <c>Media.Group(…)</c> on one line when it is short, else one argument a line.</summary>
    private static string Invocation(string method, string indent, params string[] arguments)
    {
        var oneLine = $"{method}({string.Join(", ", arguments)})";
        return oneLine.Length <= 100 && !oneLine.Contains('\n', StringComparison.Ordinal)
            ? oneLine
            : $"{method}(\n{indent}{string.Join(",\n" + indent, arguments)})";
    }

    /// <summary>The indentation of the arguments of a media expression that is itself an argument, one level deeper than the call's.</summary>
    private static string Nested(ConstructArguments a) => a.Indent + "    ";

    /// <summary>The optional arguments that have a value, named: <c>cssClass: "x"</c>.</summary>
    private static string[] Optional(params (string Name, string? Value)[] optional) =>
        optional.Where(o => o.Value is not null).Select(o => $"{o.Name}: {CSharpLiteral.Line(o.Value!)}").ToArray();

    /// <summary>A first argument, then the optional ones that have a value, named.</summary>
    private static string Arguments(string first, params (string Name, string? Value)[] optional) =>
        string.Join(", ", optional.Where(o => o.Value is not null).Select(o => $"{o.Name}: {CSharpLiteral.Line(o.Value!)}").Prepend(first));

    private static string? Check(Func<object> build) => Build(build, out _);

    /// <summary>Builds a model record; its argument checks are the typed call's. Null when it passes, else why not.</summary>
    private static string? Build<T>(Func<T> build, out T value)
    {
        try
        {
            value = build();
            return null;
        }
        catch (ArgumentException exception)
        {
            value = default!;
            return LamdValues.Reason(exception);
        }
    }
}
