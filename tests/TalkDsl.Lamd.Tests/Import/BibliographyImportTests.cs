using TalkDsl.Lamd.Reading;
using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Tests.Mapping;

namespace TalkDsl.Lamd.Tests.Import;

/// <summary>lamd's bibliographies carry over: the real deepgp talk's bibliography: is copied beside its C# and named with .Bibliography(...).</summary>
public class BibliographyImportTests
{
    private static readonly string DeepGp = Path.GetFullPath(Path.Combine(Fixtures.RepositoryRoot, "..", "shared", "lamd", "talks", "_deepgp"));

    private static ImportResult ImportDeepGp() =>
        new LamdImporter(new ImportOptions { DisplayRoot = DeepGp })
            .Import(LamdImporter.FindTalks(DeepGp), "/imported/deepgp");

    [Fact]
    public void The_bibliography_is_copied_beside_the_talk_and_named_in_its_header()
    {
        var result = ImportDeepGp();
        const string name = "deep-probabilistic-modelling-with-gaussian-processes.bib";

        var copy = Assert.Single(result.Files, f => f.RelativePath.EndsWith(".bib", StringComparison.Ordinal));
        Assert.Equal(Path.Combine("Talks", name), copy.RelativePath);
        Assert.Equal(File.ReadAllText(Path.Combine(DeepGp, name)), copy.Content);

        var talk = Assert.Single(result.Files, f => f.RelativePath.StartsWith("Talks", StringComparison.Ordinal) && f.RelativePath.EndsWith(".cs", StringComparison.Ordinal));
        Assert.Contains($".Bibliography(\"{name}\")", talk.Content, StringComparison.Ordinal);

        // The talk cites keys its .bib does not hold (lamd's pandoc shows them with '???'): they carry over as
        // text, so the project builds, each reported; a key the .bib holds stays a citation (CitationWithoutBibliographyImportTests).
        Assert.Contains(@"\@Thang:unifying17", talk.Content, StringComparison.Ordinal);
        Assert.Contains(result.Summary.Diagnostics, d => d.Id == LamdDiagnosticIds.CitationWithoutBibliography && d.Message.Contains($"not in {name}", StringComparison.Ordinal));
        Assert.DoesNotContain("bibliography:", talk.Content, StringComparison.Ordinal);

        // The TalkDsl package's props give the project's .bib files to the compiler: nothing to add for them.
        var project = Assert.Single(result.Files, f => f.RelativePath.EndsWith(".csproj", StringComparison.Ordinal));
        Assert.DoesNotContain("AdditionalFiles", project.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bibdir_that_is_not_on_this_machine_is_reported_with_what_follows()
    {
        var lamd = Path.GetFullPath(Path.Combine(DeepGp, ".."));
        var talk = Path.Combine(lamd, "_ai", "natural-and-artificial-intelligence.md");
        var result = new LamdImporter(new ImportOptions { DisplayRoot = lamd }).Import([talk], "/imported/ai");

        var warning = Assert.Single(result.Summary.Diagnostics, d => d.Message.Contains("bibdir", StringComparison.Ordinal));
        Assert.Contains("'$HOME/lawrennd/bibliography/' is not a folder on this machine", warning.Message, StringComparison.Ordinal);
        Assert.Contains("its citations are imported as text, as lamd shows them (LAMD024)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_image_takes_its_caption_as_alt_text()
    {
        using var lecture = new LectureImport();
        var (code, _) = lecture.Import("\\subsection{A}\n\\figure{\\includepng{diagrams/gp-prior}{50%}}{Samples from a *Gaussian process* prior, $f(x)$.}{gp-prior}\n");

        Assert.Contains("alt: \"Samples from a Gaussian process prior, f(x).\"", code, StringComparison.Ordinal);
    }
}
