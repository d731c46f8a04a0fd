namespace TalkDsl.Output;

/// <summary>What <see cref="TalkOutput.WriteEach"/> did: the talks written, their files, and the talks that failed.</summary>
/// <param name="OutputDirectory">The absolute path of the output folder.</param>
/// <param name="RenderedTalks">The name of each talk written, in the order given.</param>
/// <param name="Files">The absolute path of every file written: each talk's files in the order of the formats, then the images and the
/// stylesheet, then the files of the bundled slides runtime that were missing or changed (<see cref="RuntimeFiles"/>).</param>
/// <param name="Failures">One per talk that was not written (its <see cref="TalkOutputException.TalkName"/>), with every error in its message.</param>
public sealed record TalkOutputResult(
    string OutputDirectory,
    IReadOnlyList<string> RenderedTalks,
    IReadOnlyList<string> Files,
    IReadOnlyList<TalkOutputException> Failures)
{
    /// <summary>What was written differently from what was asked, and what to do: e.g. a talk without a date has no post.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// The PDFs that could not be printed, each with why and what to do (no chromium on this machine, or
    /// chromium failing on a talk); their talks' other files were written. Empty when every PDF asked for was written.
    /// </summary>
    public IReadOnlyList<string> PdfsNotWritten { get; init; } = [];

    /// <summary>The files of <see cref="Files"/> that are the bundled slides runtime, in <c>_talkdsl/</c>.</summary>
    public IReadOnlyList<string> RuntimeFiles => [.. Files.Where(IsRuntime)];

    /// <summary>The files of <see cref="Files"/> that are the talks' own: pages, images, stylesheet.</summary>
    public IReadOnlyList<string> TalkFiles => [.. Files.Where(file => !IsRuntime(file))];

    private bool IsRuntime(string file) =>
        file.StartsWith(Path.Combine(OutputDirectory, BundledAssets.FolderName) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
