using TalkDsl.Rules;

namespace TalkDsl.Model;

/// <summary>
/// The argument checks of the model records. They run in the records' constructors, so a value that a
/// writer puts into an attribute or a style (a width, a label, a video id) is safe however the record was
/// made: by the authoring API, a generated renderer, or by hand. What each check accepts, and what it says
/// otherwise, is <see cref="ValueChecks"/>: shared with the analyzers, which report it as TALK014.
/// </summary>
internal static class ModelChecks
{
    /// <summary>A positive CSS length with a unit, e.g. <c>70%</c> or <c>400px</c>; trimmed.</summary>
    /// <param name="what">How the message names the value, e.g. "width" or "left column's width".</param>
    public static string Width(string width, string parameter, string what = "width")
    {
        ArgumentNullException.ThrowIfNull(width, parameter);
        return Accept(width.Trim(), ValueChecks.Width(width, what), parameter);
    }

    /// <summary>An optional width: null stays null.</summary>
    public static string? OptionalWidth(string? width, string parameter) => width is null ? null : Width(width, parameter);

    /// <summary>A file path or URL: not blank, on one line; trimmed.</summary>
    public static string Path(string path, string parameter)
    {
        ArgumentNullException.ThrowIfNull(path, parameter);
        return Accept(path.Trim(), ValueChecks.ImagePath(path), parameter);
    }

    /// <summary>An 11-character YouTube video id, as in <c>youtube.com/watch?v=ID</c>.</summary>
    public static string YouTubeId(string videoId, string parameter)
    {
        ArgumentNullException.ThrowIfNull(videoId, parameter);
        return Accept(videoId.Trim(), ValueChecks.YouTubeId(videoId), parameter);
    }

    /// <summary>An optional figure label, used in element ids: letters, digits, '-', '_', '.' or ':'.</summary>
    public static string? Label(string? label, string parameter) => label is null ? null : Accept(label.Trim(), ValueChecks.Label(label), parameter);

    /// <summary>A code language name as fenced code blocks write it, e.g. <c>python</c> or <c>c#</c>.</summary>
    public static string Language(string language, string parameter)
    {
        ArgumentNullException.ThrowIfNull(language, parameter);
        return Accept(language.Trim(), ValueChecks.Language(language), parameter);
    }

    /// <summary>An animation's frames: at least one, none null.</summary>
    public static ValueList<Media> Frames(ValueList<Media> frames, string parameter)
    {
        if (frames.Any(frame => frame is null))
        {
            throw new ArgumentNullException(parameter, "A frame is null.");
        }

        return ValueChecks.AnimationFrames(frames.Count) is { } error ? throw new ArgumentException(error, parameter) : frames;
    }

    /// <summary>Optional CSS class names (lamd's <c>{class}</c>): blank is none; trimmed.</summary>
    public static string? CssClass(string? cssClass, string parameter) =>
        string.IsNullOrWhiteSpace(cssClass) ? null : Accept(cssClass.Trim(), ValueChecks.CssClass(cssClass), parameter);

    /// <summary>An optional inline style (lamd's <c>{style}</c>): blank is none; trimmed; only a safe one passes.</summary>
    public static string? Style(string? style, string parameter) =>
        string.IsNullOrWhiteSpace(style) ? null : Accept(style.Trim(), ValueChecks.Style(style), parameter);

    /// <summary>The value when <paramref name="error"/> is null; otherwise the error, as an <see cref="ArgumentException"/>.</summary>
    public static string Accept(string value, string? error, string parameter) =>
        error is null ? value : throw new ArgumentException(error, parameter);
}
