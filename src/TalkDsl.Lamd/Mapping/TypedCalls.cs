using System.Globalization;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Model;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// The emitters of <see cref="ConstructTable"/>'s typed rows: lamd's arguments → a call of the authoring API
/// (<c>Image</c>, <c>YouTube</c>, <c>Figure</c>, <c>Columns</c>, <c>Fragment</c>, <c>Code</c>, <c>EditMe</c>).
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
    };

    /// <summary>
    /// <c>\includepng{file}{width}{class}</c> and its kin → <c>.Image(path, width:, alt:)</c>;
    /// <c>\includeyoutube{id}{width}{height}{start}{end}</c> → <c>.YouTube(id, width:)</c>.
    /// </summary>
    public static TypedCall Media(ConstructArguments a)
    {
        var (media, refusal) = MediaOf(a);
        return media is null ? TypedCall.Refused(refusal!) : TypedCall.Mapped("." + media.Call);
    }

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

        string[] arguments = [media.Expression, CSharpLiteral.Text(caption, a.Indent), .. label is null ? Array.Empty<string>() : [$"label: {CSharpLiteral.Line(label)}"]];
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
        return TypedCall.Mapped(Call("Columns", a.Indent, first, second, CSharpLiteral.String(leftWidth), CSharpLiteral.String(rightWidth)));
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

    /// <summary>What a figure or column holds: one image or video construct, or Markdown with no construct in it.</summary>
    // alt: an image's alternative text, when the caller knows a better one than its file name.
    private static (MediaValue? Value, string? Refusal) ContentsOf(ConstructArguments a, int index, string what, bool allowEmpty = false, string? alt = null)
    {
        var significant = a.Nodes(index).Where(n => n is not BodyText { Text: var t } || !string.IsNullOrWhiteSpace(t)).ToList();
        if (significant is [BodyConstruct single] && (ImageExtensions.ContainsKey(single.Name) || single.Name == "includeyoutube"))
        {
            var (media, refusal) = MediaOf(a.Inner(single), alt);
            return media is null ? (null, $"{what}, \\{single.Name}: {refusal}") : (media, null);
        }

        if (a.ConstructInside(index) is { } inner)
        {
            return (null, $"{what}: {inner} is not one image or video, and Markdown holding it would show the lamd source");
        }

        var text = CSharpLiteral.Block(a.Source(index));
        if (text.Length == 0 && !allowEmpty)
        {
            return (null, "it has nothing to show: its contents are empty");
        }

        var allowHtml = LamdValues.ContainsHtml(text);
        var expression = $"Media.Markdown({CSharpLiteral.Text(text, a.Indent)}{(allowHtml ? ", allowHtml: true" : string.Empty)})";
        return (new MediaValue(TalkDsl.Media.Markdown(text, allowHtml), expression, string.Empty), null);
    }

    /// <summary>An image or YouTube construct as media, or why it cannot be one.</summary>
    private static (MediaValue? Value, string? Refusal) MediaOf(ConstructArguments a, string? alt = null)
    {
        if (a.Name == "includeyoutube")
        {
            return YouTubeMedia(a);
        }

        // lamd: {file}{width}{class} (\includediagram also {style}; \includeimg may be given an alignment).
        for (var i = 2; i < a.Count; i++)
        {
            if (a.Source(i) is { Length: > 0 } extra && !(a.Name == "includeimg" && i == 3 && extra == "center"))
            {
                return (null, $"its {(i == 2 ? "class" : "style")} '{extra}' has no place in Image(…): style the image in CSS, or keep it raw");
            }
        }

        var (path, refusal) = LamdValues.ImagePath(a.Source(0), ImageExtensions[a.Name]);
        if (path is null)
        {
            return (null, refusal);
        }

        var width = LamdValues.Width(a.Source(1));
        alt = string.IsNullOrWhiteSpace(alt) ? LamdValues.AltFromPath(path) : alt;
        if (Build(() => new ImageMedia(path, width, alt), out var image) is { } invalid)
        {
            return (null, invalid);
        }

        var arguments = Arguments(CSharpLiteral.Line(image.Path), ("width", image.Width), ("alt", image.Alt));
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
    private static string Call(string method, string indent, params string[] arguments)
    {
        var oneLine = $".{method}({string.Join(", ", arguments)})";
        return oneLine.Length <= 100 && !oneLine.Contains('\n', StringComparison.Ordinal)
            ? oneLine
            : $".{method}(\n{indent}{string.Join(",\n" + indent, arguments)})";
    }

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
