namespace TalkDsl.Rules;

/// <summary>Thrown when a talk with errors is rendered; the message lists every error.</summary>
public sealed class TalkValidationException : Exception
{
    public TalkValidationException(string? title, IReadOnlyList<TalkDiagnostic> errors)
        : base(FormatMessage(title, errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in source order.</summary>
    public IReadOnlyList<TalkDiagnostic> Errors { get; }

    private static string FormatMessage(string? title, IReadOnlyList<TalkDiagnostic> errors)
    {
        var name = string.IsNullOrWhiteSpace(title) ? "The talk" : $"The talk '{title}'";
        var plural = errors.Count == 1 ? "error" : "errors";
        return $"{name} has {errors.Count} {plural} and was not rendered:{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
