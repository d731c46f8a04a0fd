using TalkDsl.Lamd.Reading;
using TalkDsl.Lamd.Tests.Mapping;

namespace TalkDsl.Lamd.Tests.Import;

/// <summary>
/// A talk lamd found no bibliography for: pandoc showed its citations as text, and TalkDsl would refuse them
/// (TALK015), so the importer escapes their '@' and says where, and how to keep them citations (LAMD024).
/// </summary>
public class CitationWithoutBibliographyImportTests
{
    [Fact]
    public void Citations_become_text_and_each_is_reported_with_its_place_and_the_fix()
    {
        using var lecture = new LectureImport();
        var (code, summary) = lecture.Import("\\subsection{Cited}\n\nAs shown [see @Ahmed-cambridge13, p. 3].\nAnd @Turing:1950 says so; mail a@b.org.\n");

        Assert.Contains(@"As shown [see \@Ahmed-cambridge13, p. 3].", code, StringComparison.Ordinal);
        Assert.Contains(@"And \@Turing:1950 says so; mail a@b.org.", code, StringComparison.Ordinal);
        var warnings = summary.Diagnostics.Where(d => d.Id == LamdDiagnosticIds.CitationWithoutBibliography).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(LamdSeverity.Warning, w.Severity));
        Assert.Equal(("lecture.md", 7, 10), (warnings[0].Position.File, warnings[0].Position.Line, warnings[0].Position.Column));
        Assert.Equal(8, warnings[1].Position.Line);
        Assert.StartsWith("the citation [see @Ahmed-cambridge13, p. 3] (@Ahmed-cambridge13) has no bibliography to resolve it", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("name the .bib in the talk's front matter (bibliography: refs.bib) or give _lamd.yml a bibdir", warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_the_talk_includes_has_its_citations_escaped_and_its_code_left_alone()
    {
        using var lecture = new LectureImport();
        lecture.Files.Write("cited.md", "\\subsection{Snippet}\n\nA result [@Key2020].\n\n\\code{@property\ndef f(self): pass}\n");
        var result = lecture.Result("\\include{cited.md}\n");

        var snippet = Assert.Single(result.Files, f => f.RelativePath.EndsWith("Cited.cs", StringComparison.Ordinal)).Content;
        Assert.Contains(@"A result [\@Key2020].", snippet, StringComparison.Ordinal);
        Assert.Contains("@property", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\@property", snippet, StringComparison.Ordinal);
        var warning = Assert.Single(result.Summary.Diagnostics, d => d.Id == LamdDiagnosticIds.CitationWithoutBibliography);
        Assert.Equal(("cited.md", 3), (warning.Position.File, warning.Position.Line));
    }

    [Fact]
    public void With_a_bibliography_the_citations_stay_citations()
    {
        using var lecture = new LectureImport();
        lecture.Files.Write("refs.bib", "@book{Key2020, author = {Ada Lovelace}, title = {Notes}, year = 2020}\n");
        var (code, summary) = lecture.Import("\\subsection{Cited}\n\nA result [@Key2020].\n", "---\ntitle: T\ndate: 2020-01-02\nbibliography: refs.bib\n---\n");

        Assert.Contains("A result [@Key2020].", code, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Diagnostics, d => d.Id == LamdDiagnosticIds.CitationWithoutBibliography);
    }

    [Fact]
    public void A_key_missing_from_the_talks_bibliography_becomes_text_and_the_others_stay_citations()
    {
        using var lecture = new LectureImport();
        lecture.Files.Write("refs.bib", "@book{Key2020, author = {Ada Lovelace}, title = {Notes}, year = 2020}\n");
        var (code, summary) = lecture.Import("\\subsection{Cited}\n\nA result [@Key2020]. Another [@Missing:efficient10].\n", "---\ntitle: T\ndate: 2020-01-02\nbibliography: refs.bib\n---\n");

        Assert.Contains(@"A result [@Key2020]. Another [\@Missing:efficient10].", code, StringComparison.Ordinal);
        var warning = Assert.Single(summary.Diagnostics, d => d.Id == LamdDiagnosticIds.CitationWithoutBibliography);
        Assert.Contains("cites @Missing:efficient10, not in refs.bib (lamd's pandoc shows the key with '???')", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_in_the_suffix_of_another_citation_is_escaped_too()
    {
        // pandoc separates items with ';': in [@a,@b] "@b" is @a's suffix, which reads as a citation once @a is text.
        using var lecture = new LectureImport();
        var (code, _) = lecture.Import("\\subsection{Cited}\n\nFound [@Gauss-monatliche1801,@Gauss-astronomische02].\n");

        Assert.Contains(@"Found [\@Gauss-monatliche1801,\@Gauss-astronomische02].", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_included_in_the_notes_only_is_a_part_with_its_citations_escaped()
    {
        using var lecture = new LectureImport();
        lecture.Files.Write("trusts.md", "Data trusts [@Edwards:privacy04;@Lawrence:trusts16] help.\n");
        lecture.Files.Write("talk-macros.gpp", "\\define{\\addbook{page}}{p. \\page}\n");
        var result = lecture.Result("\\subsection{Trusts}\n\n\\notes{\\include{trusts.md}}\n");

        var talk = result.Files.First(f => f.RelativePath.StartsWith("Talks", StringComparison.Ordinal) && f.RelativePath.EndsWith(".cs", StringComparison.Ordinal)).Content;
        var part = result.Files.First(f => f.RelativePath.StartsWith(TalkDsl.Lamd.Mapping.ImportNames.SnippetsNamespace, StringComparison.Ordinal) && f.RelativePath.EndsWith(".cs", StringComparison.Ordinal)).Content;
        Assert.Contains("shownIn: ContentTarget.Notes)", talk, StringComparison.Ordinal);
        Assert.Contains(@"Data trusts [\@Edwards:privacy04;\@Lawrence:trusts16] help.", part, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_between_two_math_spans_split_by_a_macro_is_escaped()
    {
        // \\Kfu is a macro nobody defined: the text around it is read as separate pieces, one starting at a closing '$'.
        using var lecture = new LectureImport();
        var (code, _) = lecture.Import("\\subsection{Cited}\n\nSpecify $\\Kfu$ and $\\Kuu$ such that $y$ is related to $x$ through (see e.g. @Alvarez:efficient10), then $z$.\n");

        Assert.Contains(@"(see e.g. \@Alvarez:efficient10)", code, StringComparison.Ordinal);
    }
}
