using Microsoft.CodeAnalysis;

namespace TalkDsl.Preview.Site;

/// <summary>A diagnostic as the preview shows it: where (file, line, column), what, and its docs page.</summary>
/// <param name="Id">E.g. <c>TALK003</c> or <c>CS1002</c>; <c>render</c> for a talk that failed while rendering.</param>
/// <param name="IsError">An error (the talk is not shown) rather than a warning.</param>
/// <param name="File">The source file, absolute; empty when not known.</param>
/// <param name="Line">1-based.</param>
/// <param name="Column">1-based.</param>
/// <param name="HelpLink">The diagnostic's docs page (TALK diagnostics: docs/diagnostics/TALKnnn.md), or null.</param>
internal sealed partial record PreviewDiagnostic(string Id, bool IsError, string File, int Line, int Column, string Message, string? HelpLink)
{
    /// <summary><c>File.cs(41,10)</c>, as the compiler writes it; the file name alone, the folder is the project's.</summary>
    public string Location => File.Length == 0 ? "" : $"{Path.GetFileName(File)}({Line},{Column})";

    /// <summary><c>File.cs(41,10): error TALK003: message</c>.</summary>
    public override string ToString() => $"{(Location.Length == 0 ? "" : Location + ": ")}{(IsError ? "error" : "warning")} {Id}: {Message}";

    /// <summary>Where TalkDsl's docs pages are: the help links of the analyzers' diagnostics point there too.</summary>
    private const string DocsBase = "https://github.com/talkdsl/talkdsl/blob/main/";

    /// <summary>An error the run-time rules found while rendering, located as <c>File.cs(41,10)</c>.</summary>
    public static PreviewDiagnostic From(TalkDsl.Rules.TalkDiagnostic diagnostic)
    {
        var at = Spot().Match(diagnostic.Location);
        var isError = diagnostic.Severity == TalkDsl.Rules.TalkDiagnosticSeverity.Error;
        return at.Success
            ? new PreviewDiagnostic(diagnostic.Id, isError, at.Groups["file"].Value, Number(at.Groups["line"].Value), Number(at.Groups["column"].Value), diagnostic.Message, DocsBase + diagnostic.HelpLink)
            : new PreviewDiagnostic(diagnostic.Id, isError, "", 0, 0, $"{diagnostic.Location}: {diagnostic.Message}", DocsBase + diagnostic.HelpLink);

        static int Number(string text) => text.Length == 0 ? 1 : int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static PreviewDiagnostic From(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var help = diagnostic.Descriptor.HelpLinkUri;
        return new PreviewDiagnostic(
            diagnostic.Id,
            diagnostic.Severity == DiagnosticSeverity.Error,
            span.IsValid ? span.Path : "",
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(help) ? null : help);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+)(,(?<column>\d+))?\)$")]
    private static partial System.Text.RegularExpressions.Regex Spot();
}
