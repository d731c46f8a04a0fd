using System.Globalization;
using System.Text.RegularExpressions;

namespace TalkDsl.Model;

/// <summary>
/// The argument checks of the model records. They run in the records' constructors, so a value that a
/// writer puts into an attribute or a style (a width, a label, a video id) is safe however the record was
/// made: by the authoring API, a generated renderer, or by hand.
/// </summary>
internal static partial class ModelChecks
{
    /// <summary>The CSS units a width may use.</summary>
    private const string Units = "%, px, em, rem, vw or vh";

    /// <summary>A positive CSS length with a unit, e.g. <c>70%</c> or <c>400px</c>; trimmed.</summary>
    /// <param name="what">How the message names the value, e.g. "width" or "left column's width".</param>
    public static string Width(string width, string parameter, string what = "width")
    {
        ArgumentNullException.ThrowIfNull(width, parameter);
        var text = width.Trim();
        var match = LengthPattern().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            var hint = double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? $", e.g. \"{text}px\"" : ", e.g. \"70%\" or \"400px\"";
            throw new ArgumentException($"The {what} '{width}' is not a CSS length: write a positive number and a unit ({Units}){hint}.", parameter);
        }

        return text;
    }

    /// <summary>An optional width: null stays null.</summary>
    public static string? OptionalWidth(string? width, string parameter) => width is null ? null : Width(width, parameter);

    /// <summary>A file path or URL: not blank, on one line; trimmed.</summary>
    public static string Path(string path, string parameter)
    {
        ArgumentNullException.ThrowIfNull(path, parameter);
        var text = path.Trim();
        if (text.Length == 0)
        {
            throw new ArgumentException("The image path is empty: give the file, e.g. \"diagrams/ml/gp-prior.png\", or a URL.", parameter);
        }

        if (text.Any(char.IsControl))
        {
            throw new ArgumentException($"The image path '{path.ReplaceLineEndings(" ")}' contains a line break or control character: write it on one line.", parameter);
        }

        return text;
    }

    /// <summary>An 11-character YouTube video id, as in <c>youtube.com/watch?v=ID</c>.</summary>
    public static string YouTubeId(string videoId, string parameter)
    {
        ArgumentNullException.ThrowIfNull(videoId, parameter);
        var text = videoId.Trim();
        if (!YouTubeIdPattern().IsMatch(text))
        {
            throw new ArgumentException(
                $"'{videoId}' is not a YouTube video id: give the 11 letters, digits, '-' or '_' after 'watch?v=' in the video's URL, e.g. \"dQw4w9WgXcQ\".",
                parameter);
        }

        return text;
    }

    /// <summary>An optional figure label, used in element ids: letters, digits, '-', '_', '.' or ':'.</summary>
    public static string? Label(string? label, string parameter)
    {
        if (label is null)
        {
            return null;
        }

        var text = label.Trim();
        if (!LabelPattern().IsMatch(text))
        {
            throw new ArgumentException(
                $"The label '{label}' cannot name a figure: start with a letter or digit and use only letters, digits, '-', '_', '.' or ':', e.g. \"gp-prior\".",
                parameter);
        }

        return text;
    }

    /// <summary>A code language name as fenced code blocks write it, e.g. <c>python</c> or <c>c#</c>.</summary>
    public static string Language(string language, string parameter)
    {
        ArgumentNullException.ThrowIfNull(language, parameter);
        var text = language.Trim();
        if (!LanguagePattern().IsMatch(text))
        {
            throw new ArgumentException(
                $"'{language}' is not a language name: use letters, digits, '+', '#', '.', '-' or '_', e.g. \"python\".",
                parameter);
        }

        return text;
    }

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?|\.[0-9]+)(%|px|em|rem|vw|vh)$", RegexOptions.CultureInvariant)]
    private static partial Regex LengthPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$", RegexOptions.CultureInvariant)]
    private static partial Regex YouTubeIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_+#.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
