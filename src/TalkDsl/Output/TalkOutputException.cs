namespace TalkDsl.Output;

/// <summary>
/// Thrown by <see cref="TalkOutput.Write"/> when a talk could not be rendered or its files could not be
/// put in place. The message names the talk, says what went wrong and what to do; the output folder is
/// left exactly as it was, unless <see cref="Written"/> lists files: then only PDFs could not be printed,
/// and every other file was written.
/// </summary>
public sealed class TalkOutputException : Exception
{
    public TalkOutputException(string message, string? talkName, string outputDirectory, Exception? innerException = null)
        : base(message, innerException)
    {
        TalkName = talkName;
        OutputDirectory = outputDirectory;
    }

    /// <summary>The talk that failed (its <see cref="Rendering.IRenderableTalk.Name"/>), or null when the failure concerns no single talk.</summary>
    public string? TalkName { get; }

    /// <summary>The absolute path of the output folder, which was left unchanged unless <see cref="Written"/> lists files.</summary>
    public string OutputDirectory { get; }

    /// <summary>The files written in spite of the failure (only PDFs failed); empty when nothing was changed.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];
}
