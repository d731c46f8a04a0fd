using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Evaluation;

/// <summary>
/// The work one talk (or part) has spent on macro expansion: the expansions and the characters produced,
/// counted against <see cref="LamdReaderOptions.MaxExpansions"/> and <see cref="LamdReaderOptions.MaxOutputChars"/>.
/// One budget serves the talk's own evaluation and every expansion of lamd's macros made for it, so many
/// small expansions cannot add up to more work than one talk may take.
/// </summary>
public sealed class LamdExpansionBudget
{
    public int Steps { get; internal set; }

    public long Characters { get; internal set; }
}

/// <summary>A limit of <see cref="LamdReaderOptions"/> was reached: the evaluation stops with this error, at the construct that went over.</summary>
public sealed class LamdLimitException(LamdDiagnostic diagnostic) : Exception(diagnostic.Message)
{
    public LamdDiagnostic Diagnostic { get; } = diagnostic;
}
