namespace TalkDsl.Formats;

/// <summary>What a format's writer gets besides the output: the options, with the notes' slides link set for this talk.</summary>
internal sealed class FormatContext(TalkRenderOptions options)
{
    public TalkRenderOptions Options { get; } = options;

    /// <summary>The absolute media folder, or null when images are not taken from one.</summary>
    public string? MediaFolder { get; } = options.MediaFolder is null ? null : Path.GetFullPath(options.MediaFolder);

    /// <summary>The image file a Markdown or media path names inside <see cref="MediaFolder"/>, or null when there is none there.</summary>
    public string? ImageFile(string address) => MediaFolder is null ? null : Output.MediaFiles.FileIn(MediaFolder, address);
}
