using TalkDsl.Lamd.Reading;
using TalkDsl.Rules;

namespace TalkDsl.Lamd.Import;

/// <summary>
/// LAMD030: raw HTML the importer writes with <c>allowHtml: true</c> that the pages will leave out — a snippet's
/// <c>&lt;script&gt;</c>, an <c>onclick</c>, an iframe of another site — said at import time, at the lamd line,
/// so an interactive demo that becomes static is no surprise. The finding is the one <c>Talk.Validate()</c>
/// gives (TALK025), from the same cleaning the writers do.
/// </summary>
internal static class RawHtmlCheck
{
    private const string Lead = "allows raw HTML, but ";

    public static void Check(GeneratedChain chain, ICollection<LamdDiagnostic> diagnostics)
    {
        foreach (var step in chain.Steps)
        {
            if (step is not { Call: { } call, Rule: { Kind: RuleItemKind.Content, Text: { } text } rule } || !call.Contains("allowHtml: true", StringComparison.Ordinal))
            {
                continue;
            }

            var found = Talk.Titled("Check").Author(given: "Check").Subsection("Check").Markdown(text, allowHtml: true)
                .Validate().FirstOrDefault(d => d.Id == RuleIds.RawHtmlRemoved);
            if (found is null)
            {
                continue;
            }

            var at = found.Message.IndexOf(Lead, StringComparison.Ordinal);
            var what = at < 0 ? found.Message : found.Message[(at + Lead.Length)..];
            var position = step.Origin ?? (rule.Tag is SourcePosition tagged ? tagged : new SourcePosition(chain.LamdPath, 1, 1));
            diagnostics.Add(new LamdDiagnostic(
                LamdSeverity.Warning,
                LamdDiagnosticIds.RawHtmlRemoved,
                position,
                $"this raw HTML is imported, {what}; the talk shows the rest ({RuleIds.RawHtmlRemoved} at run time)"));
        }
    }
}
