using TalkDsl.Formats;

namespace TalkDsl.Output;

/// <summary>Where <see cref="TalkOutput.Write"/> puts the files, which formats it writes and how it renders them.</summary>
/// <param name="OutputDirectory">The folder to fill; created when missing. A relative path is taken from the current directory.</param>
public sealed record TalkOutputOptions(string OutputDirectory) : TalkRenderOptions
{
    /// <summary>The formats to write for every talk, in this order. Default: <see cref="TalkFormats.Default"/> (slides, notes, post).</summary>
    public IReadOnlyList<TalkFormat> Formats { get; init; } = TalkFormats.Default;
}
