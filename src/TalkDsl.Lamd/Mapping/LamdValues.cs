using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// lamd's argument values made into what the typed calls accept: widths, image paths, YouTube ids. What
/// cannot be made valid is refused with a reason, and the construct stays raw. The final word is always
/// the model's own check (the typed call's record is built once while mapping), so a value the mapper lets
/// through never throws when the imported talk runs.
/// </summary>
internal static partial class LamdValues
{
    /// <summary>The folder lamd's <c>\diagramsDir</c> stands for, relative to the rendered pages.</summary>
    public const string DiagramsFolder = "diagrams";

    /// <summary>
    /// A lamd width as a CSS length, or null for "none given" (an empty argument, or <c>auto</c>). A bare number
    /// is pixels, as in the HTML <c>width</c> attribute lamd writes it into (<c>800</c> → <c>800px</c>); a
    /// space between number and unit goes (<c>50 %</c> → <c>50%</c>). Anything else is passed on for the model
    /// to accept or refuse.
    /// </summary>
    public static string? Width(string source)
    {
        var text = WhiteSpace().Replace(source, string.Empty).ToLowerInvariant();
        if (text.Length == 0 || text == "auto")
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? text + "px" : text;
    }

    /// <summary>
    /// The path an image macro points at: lamd's <c>\diagramsDir</c> becomes <see cref="DiagramsFolder"/>, and
    /// <paramref name="extension"/> (the one the macro appends, e.g. <c>.png</c> for <c>\includepng</c>) is
    /// added unless the path already ends with it. Refused when another macro is left in the path: nothing
    /// defined it, so the import cannot know the folder it names.
    /// </summary>
    public static (string? Path, string? Refusal) ImagePath(string source, string? extension)
    {
        var path = DiagramsDir().Replace(source.Trim(), DiagramsFolder, 1);
        if (Macro().Match(path) is { Success: true } macro)
        {
            return (null, $"its path '{CSharpLiteral.OneLine(source)}' holds {macro.Value}, a macro no file defined, so the import cannot tell the folder it names: \\define it in the talk (or write the path out) and import again");
        }

        if (extension is not null && !path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            path += extension;
        }

        return (path, null);
    }

    /// <summary>Alternative text for an image lamd gave none: its file name in words (<c>human-computers-at-work.png</c> → "human computers at work").</summary>
    /// <summary>The plain text of Markdown (a caption) on one line: what a screen reader should say, without markup or math delimiters.</summary>
    public static string? PlainText(string markdown)
    {
        var text = CSharpLiteral.OneLine(Markdig.Markdown.ToPlainText(markdown).Replace("$", string.Empty, StringComparison.Ordinal));
        return text.Length == 0 ? null : text;
    }

    public static string? AltFromPath(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path.TrimEnd('/'));
        var words = CSharpLiteral.OneLine(name.Replace('-', ' ').Replace('_', ' '));
        return words.Length == 0 ? null : words;
    }

    /// <summary>The video id in what lamd's <c>\includeyoutube</c> was given: an id, or a watch, short or embed URL.</summary>
    public static string YouTubeId(string source)
    {
        var text = source.Trim();
        if (YouTubeUrl().Match(text) is { Success: true } url)
        {
            return url.Groups["id"].Value;
        }

        return text;
    }

    /// <summary>Whether Markdown holds raw HTML (Markdig finds it: an autolink such as <c>&lt;https://…&gt;</c> is not HTML).</summary>
    public static bool ContainsHtml(string markdown) =>
        Markdown.Parse(markdown).Descendants().Any(node => node is HtmlBlock or HtmlInline);

    /// <summary>
    /// What an <see cref="ArgumentException"/> from a model check says, to follow a colon in a comment: without
    /// .NET's "(Parameter 'x')" suffix and the closing full stop, starting in lower case.
    /// </summary>
    public static string Reason(ArgumentException exception)
    {
        var message = exception.ParamName is { } parameter
            ? exception.Message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal)
            : exception.Message;
        message = message.TrimEnd().TrimEnd('.');
        return message.Length == 0 ? message : char.ToLowerInvariant(message[0]) + message[1..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^\\diagramsDir(?![A-Za-z0-9_])")]
    private static partial Regex DiagramsDir();

    [GeneratedRegex(@"\\[A-Za-z0-9_]+")]
    private static partial Regex Macro();

    [GeneratedRegex(@"^(?:https?://)?(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/)|youtu\.be/)(?<id>[A-Za-z0-9_-]+)")]
    private static partial Regex YouTubeUrl();
}
