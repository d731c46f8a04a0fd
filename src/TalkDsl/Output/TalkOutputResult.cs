namespace TalkDsl.Output;

/// <summary>What <see cref="TalkOutput.WriteEach"/> did: the talks written, their files, and the talks that failed.</summary>
/// <param name="OutputDirectory">The absolute path of the output folder.</param>
/// <param name="RenderedTalks">The name of each talk written, in the order given.</param>
/// <param name="Files">The absolute path of every file written: each talk's slides, notes and post, then the images and the stylesheet.</param>
/// <param name="Failures">One per talk that was not written (its <see cref="TalkOutputException.TalkName"/>), with every error in its message.</param>
public sealed record TalkOutputResult(
    string OutputDirectory,
    IReadOnlyList<string> RenderedTalks,
    IReadOnlyList<string> Files,
    IReadOnlyList<TalkOutputException> Failures)
{
    /// <summary>What was written differently from what was asked, and what to do: e.g. a talk without a date has no post.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
