using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Hardening;

/// <summary>LAMD030: raw HTML the importer writes that the pages will leave out is said at import time, at its lamd line.</summary>
public sealed class RawHtmlImportTests : IDisposable
{
    private readonly TempLibrary _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_script_and_an_event_handler_are_LAMD030_at_their_line_and_clean_html_is_not_reported()
    {
        var talk = _files.Write(
            "talks/talk.md",
            "---\ntitle: Dice\nauthor:\n- given: Ada\n---\n\n\\subsection{Clean}\n\n<div class=\"dice\" style=\"color:red\">A die</div>\n\n\\subsection{Interactive}\n\n<button onclick=\"roll()\">Roll</button>\n\n<script src=\"dice.js\"></script>\n");

        var result = _files.Import(talk);

        var found = Assert.Single(result.Summary.Diagnostics, d => d.Id == LamdDiagnosticIds.RawHtmlRemoved);
        Assert.Equal(LamdSeverity.Warning, found.Severity);
        Assert.Equal("talk.md", found.Position.File);
        Assert.InRange(found.Position.Line, 13, 15);
        Assert.Contains("<script>", found.Message, StringComparison.Ordinal);
        Assert.Contains("onclick=\"roll()\"", found.Message, StringComparison.Ordinal);
        Assert.Contains("TALK025", found.Message, StringComparison.Ordinal);
        Assert.Empty(result.Summary.Errors);
    }

    [Fact]
    public void A_snippet_with_a_script_is_LAMD030_in_the_snippet()
    {
        _files.Write("snippets/dieroll-js.md", "\\ifndef{dierollJs}\n\\define{dierollJs}\n\n<script src=\"\\scriptsDir/dieroll/dieroll.js\"></script>\n\n\\endif\n");
        var talk = _files.Write("talks/talk.md", "---\ntitle: Dice\nauthor:\n- given: Ada\n---\n\n\\subsection{Dice}\n\nText.\n\n\\include{dieroll-js.md}\n");

        var result = _files.Import(talk);

        var found = Assert.Single(result.Summary.Diagnostics, d => d.Id == LamdDiagnosticIds.RawHtmlRemoved);
        Assert.EndsWith("dieroll-js.md", found.Position.File, StringComparison.Ordinal);
        Assert.Contains("<script>", found.Message, StringComparison.Ordinal);
    }
}
