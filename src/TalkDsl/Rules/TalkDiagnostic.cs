using TalkDsl.Authoring;

namespace TalkDsl.Rules;

/// <summary>How serious a finding is, as the analyzers report it.</summary>
public enum TalkDiagnosticSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}

/// <summary>
/// A finding of <see cref="Talk.Validate()"/>: the same id and message the compile-time analyzer gives,
/// and where the offending call was written (file and line, from caller information).
/// </summary>
public sealed record TalkDiagnostic(string Id, TalkDiagnosticSeverity Severity, string Message, string Location)
{
    /// <summary>The page that explains the rule, with a wrong and a fixed example.</summary>
    public string HelpLink => $"docs/diagnostics/{Id}.md";

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";

    internal static TalkDiagnostic From(RuleViolation violation) => new(
        violation.Descriptor.Id,
        (TalkDiagnosticSeverity)violation.Descriptor.Severity,
        violation.Message,
        violation.Tag switch
        {
            SourceSpot spot => spot.ToString(),
            BodyStep step => step.Spot.ToString(),
            RuleFileLine line => line.ToString(),
            _ => "(talk)",
        });

    /// <summary>How a message names a call's place: "line 12 of Talk.cs", the words compile time uses too.</summary>
    internal static string? Describe(SourceSpot spot) =>
        spot.File.Length == 0 ? null : "line " + spot.Line + " of " + Path.GetFileName(spot.File);
}
