namespace TalkDsl.Rendering;

/// <summary>How the PDF formats print: through Debian's chromium, never a downloaded browser.</summary>
public sealed record PdfOptions
{
    /// <summary>The environment variable that says where chromium is when <see cref="ChromiumPath"/> is not set.</summary>
    public const string ChromiumVariable = "TALKDSL_CHROMIUM";

    /// <summary>Where Debian's <c>apt-get install chromium</c> puts it.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>The slides PDF gets each slide's speaker notes on a page of their own after it (reveal.js's <c>showNotes: 'separate-page'</c>; <c>--pdf-notes</c>). Default: false.</summary>
    public bool SpeakerNotes { get; init; }

    /// <summary>The chromium executable; null (the default) for <see cref="ChromiumVariable"/>, else <see cref="DefaultChromium"/>.</summary>
    public string? ChromiumPath { get; init; }

    /// <summary>The chromium this machine would run.</summary>
    public string Chromium => ChromiumPath
        ?? (Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultChromium);
}
