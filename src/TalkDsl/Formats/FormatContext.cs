namespace TalkDsl.Formats;

/// <summary>What a format's writer gets besides the output: the options, with the notes' slides link set for this talk.</summary>
internal sealed class FormatContext(TalkRenderOptions options)
{
    public TalkRenderOptions Options { get; } = options;

    /// <summary>The absolute media folder, or null when images are not taken from one.</summary>
    public string? MediaFolder { get; } = options.MediaFolder is null ? null : Path.GetFullPath(options.MediaFolder);

    /// <summary>The chromium the PDF formats print with and the Office formats draw SVGs with, shared by the talks of a run (started when first used); null when there is none.</summary>
    public Rendering.Pdf.PdfBrowser? Browser { get; init; }

    /// <summary>Where the PDF formats save the page they print: a folder where its images (and local scripts) are reachable by relative path; null: a temporary folder.</summary>
    public string? PrintFolder { get; init; }

    /// <summary>The output folder the print folder stands for: a file the printed page asks for that is not staged (an unchanged runtime file) is read from there.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>The image file a Markdown or media path names inside <see cref="MediaFolder"/>, or null when there is none there.</summary>
    public string? ImageFile(string address) => MediaFolder is null ? null : Output.MediaFiles.FileIn(MediaFolder, address);
}
