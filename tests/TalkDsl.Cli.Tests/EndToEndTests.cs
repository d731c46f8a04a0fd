using TalkDsl.Testing.Packages;

namespace TalkDsl.Cli.Tests;

/// <summary>
/// `talk import --feed`, then `dotnet build` and `dotnet run` of the generated project in a folder outside the
/// repository, against the packed TalkDsl (its generator and analyzers included): the fixture corpus and the seed
/// lamd talk. Slow (they build), so one test each.
/// </summary>
public sealed class EndToEndTests : IDisposable
{
    // The user's folder names no local feed: the import's own NuGet.config (--feed) must bring TalkDsl.
    private readonly UserFolder _user = new(withLocalFeed: false);

    private string Work => _user.Work;

    public void Dispose() => _user.Dispose();

    [Fact]
    public void The_imported_corpus_builds_with_no_TALK_errors_and_renders_slides_and_notes()
    {
        var output = Path.Combine(Work, "corpus");
        Assert.Equal(0, CliRun.Talk("import", Path.Combine(CliRun.Fixtures, "corpus"), "--snippets", Path.Combine(CliRun.Fixtures, "corpus", "snippets"), "--out", output, "--feed", PackedFeed.Folder).ExitCode);
        Assert.DoesNotContain(PackedFeed.RepositoryRoot.TrimEnd('/'), File.ReadAllText(Path.Combine(output, "Corpus.csproj")), StringComparison.Ordinal);

        BuildWithTheGenerator(output);

        var run = _user.Run("dotnet", ["run", "--no-build"], output);
        Assert.True(run.ExitCode == 0, run.Output);
        var slides = File.ReadAllText(Path.Combine(output, "out", "full-talk.slides.html"));
        var notes = File.ReadAllText(Path.Combine(output, "out", "full-talk.notes.html"));
        Assert.Contains("SLIDES-ONLY-MARKER", slides, StringComparison.Ordinal);
        Assert.DoesNotContain("SLIDES-ONLY-MARKER", notes, StringComparison.Ordinal);
        Assert.Contains("NOTES-ONLY-MARKER", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("NOTES-ONLY-MARKER", slides, StringComparison.Ordinal);

        // The typed calls: a figure's caption in the speaker notes of its slide and as "Figure: …" in the notes,
        // code in the notes only, the notation in MathJax's configuration of both.
        Assert.Matches(@"<aside class=""notes"">\s*<p>FIGURE-CAPTION-MARKER", slides);
        Assert.Contains("Figure: FIGURE-CAPTION-MARKER", notes, StringComparison.Ordinal);
        Assert.Contains("CODE-MARKER", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("CODE-MARKER", slides, StringComparison.Ordinal);
        const string Macros = """macros: { "dataMatrix": "\\mathbf{Y}", "R": "\\mathbb{R}", "pointCloud": "\\mathbf{P}", "inner": ["\\langle #1, #2 \\rangle", 2] }""";
        Assert.Contains(Macros, slides, StringComparison.Ordinal);
        Assert.Contains(Macros, notes, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "out", "second-talk.slides.html")));
        Assert.True(File.Exists(Path.Combine(output, "out", "2022-01-02-second-talk.md")));
    }

    [Fact]
    public void The_seed_talk_imports_with_the_parts_it_finds_reports_the_rest_and_renders()
    {
        var output = Path.Combine(Work, "seed");
        var (exit, console) = CliRun.Talk("import", Path.Combine(CliRun.Seed, "accelerate-overview.original.md"), "--snippets", Path.Combine(CliRun.Seed, "includes"), "--out", output, "--feed", PackedFeed.Folder);

        Assert.Equal(0, exit);
        Assert.Matches(@"parts\s+│\s+2", console);
        foreach (var missing in new[] { "_accelerate/includes/ai-for-science.md", "_accelerate/includes/rs-turing-ai-science.md", "_accelerate/includes/ai-changing-science.md", "_compsci/includes/j-j-thomson.md", "../talk-macros.gpp" })
        {
            Assert.Contains($"\\include{{{missing}}} was not found", console, StringComparison.Ordinal);
        }

        var talk = File.ReadAllText(Path.Combine(output, "Talks", "AccelerateOverviewOriginal.cs"));
        Assert.Contains(".Include(Snippets.Compsci.ComputerLaboratory)", talk, StringComparison.Ordinal);
        Assert.Contains(".Include(Snippets.Accelerate.AccelerateProgramme)", talk, StringComparison.Ordinal);

        Assert.Matches(@"constructs not mapped\s+│\s+0", console);
        Assert.Contains("""
                    .Figure(
                        Media.Image("diagrams/compsci/human-computers-at-work.png", width: "40%", alt: "A typical accounting office in a large commercial organisation
            """, File.ReadAllText(Path.Combine(output, "Snippets", "Compsci", "ComputerLaboratory.cs")), StringComparison.Ordinal);

        // The seed's snippet cites @Ahmed-cambridge13 and the talk names no bibliography (lamd's came from a bibdir):
        // as in lamd, the citation is text (its '@' escaped, LAMD024 says where), and the project builds as imported.
        var snippetFile = Path.Combine(output, "Snippets", "Compsci", "ComputerLaboratory.cs");
        Assert.Matches(@"computer-laboratory\.md:18:\d+: warning LAMD024: the citation @Ahmed-cambridge13", console);
        Assert.Contains(@"(\@Ahmed-cambridge13, pg 21)", File.ReadAllText(snippetFile), StringComparison.Ordinal);
        BuildWithTheGenerator(output);
        var asImported = _user.Run("dotnet", ["run", "--no-build"], output);
        Assert.True(asImported.ExitCode == 0, asImported.Output);
        var textNotes = File.ReadAllText(Path.Combine(output, "out", "accelerate-overview.original.notes.html"));
        Assert.Contains("Cambridge Computing (@Ahmed-cambridge13, pg 21)", textNotes, StringComparison.Ordinal);
        Assert.DoesNotContain("doc-biblioref", textNotes, StringComparison.Ordinal);

        // Following the warning's advice (a .bib, .Bibliography(...), the '\' removed), the citation renders.
        var talkFile = Path.Combine(output, "Talks", "AccelerateOverviewOriginal.cs");
        var header = File.ReadAllText(talkFile);
        var titled = header.IndexOf('\n', header.IndexOf("global::TalkDsl.Talk.Titled(", StringComparison.Ordinal));
        File.WriteAllText(talkFile, header[..titled] + "\n        .Bibliography(\"refs.bib\")" + header[titled..]);
        File.WriteAllText(Path.Combine(output, "Talks", "refs.bib"), "@book{Ahmed-cambridge13, author = {Haroon Ahmed}, title = {Cambridge Computing: The First 75 Years}, publisher = {Third Millennium}, year = 2013}\n");
        File.WriteAllText(snippetFile, File.ReadAllText(snippetFile).Replace(@"\@Ahmed", "@Ahmed", StringComparison.Ordinal));

        BuildWithTheGenerator(output);
        var run = _user.Run("dotnet", ["run", "--no-build"], output);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("accelerate-overview.original.slides.html", run.Output, StringComparison.Ordinal);
        var notes = File.ReadAllText(Path.Combine(output, "out", "accelerate-overview.original.notes.html"));
        var slides = File.ReadAllText(Path.Combine(output, "out", "accelerate-overview.original.slides.html"));
        Assert.Contains("id=\"a-university-computing-laboratory\"", notes, StringComparison.Ordinal);
        Assert.Contains("The Accelerate Programme", notes, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#ref-Ahmed-cambridge13\" role=\"doc-biblioref\">Ahmed (2013)</a>", notes, StringComparison.Ordinal);

        // As lamd's notes show it (seed/lamd-notes-output.html): the image, then "Figure: caption".
        Assert.Contains("src=\"diagrams/compsci/human-computers-at-work.png\"", notes, StringComparison.Ordinal);
        Assert.Contains("<p>Figure: A typical accounting office in a large commercial organisation", notes, StringComparison.Ordinal);
        Assert.Matches(@"<aside class=""notes"">\s*<p>A typical accounting office in a large commercial organisation", slides);
        Assert.Contains("id=\"accelerate-website-figure\"", slides, StringComparison.Ordinal);

        // With the images' folder as second argument, a missing image is named by the generated file and line
        // of its figure, and nothing is written; once the images are there, they are copied beside the pages.
        var media = Path.Combine(Work, "media");
        Directory.CreateDirectory(media);
        var refused = _user.Run("dotnet", ["run", "--no-build", "--", "--out", "out-media", "--media", media], output);
        Assert.Equal(1, refused.ExitCode);
        var figure = FigureLine(Path.Combine(output, "Snippets", "Compsci", "ComputerLaboratory.cs"), "diagrams/compsci/human-computers-at-work.png");
        Assert.Contains($"ComputerLaboratory.cs({figure}): the image 'diagrams/compsci/human-computers-at-work.png' is not in the media folder", refused.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "out-media")));

        string[] images = ["diagrams/compsci/human-computers-at-work.png", "diagrams/accelerate/accelerate-website.png"];
        foreach (var image in images)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(media, image))!);
            File.WriteAllText(Path.Combine(media, image), image);
        }

        var copied = _user.Run("dotnet", ["run", "--no-build", "--", "--out", "out-media", "--media", media], output);
        Assert.True(copied.ExitCode == 0, copied.Output);
        Assert.All(images, image => Assert.Equal(image, File.ReadAllText(Path.Combine(output, "out-media", image))));
    }

    /// <summary>The line of the <c>.Figure(</c> call that shows <paramref name="image"/> (the line above the image's).</summary>
    private static int FigureLine(string file, string image)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Contains($"Media.Image(\"{image}\"", StringComparison.Ordinal));
        Assert.Equal(".Figure(", lines[index - 1].Trim());
        return index;
    }

    /// <summary>
    /// Builds an imported project with the package's generator attached as an analyzer: no errors, no TALK errors, and no
    /// generator failure (CS8785: a generator threw; AD0001: an analyzer threw).
    /// </summary>
    private void BuildWithTheGenerator(string project)
    {
        var build = _user.Run("dotnet", ["build", "-nologo", "-v", "q"], project);
        Assert.True(build.ExitCode == 0, build.Output);
        foreach (var failure in new[] { "error TALK", "CS8785", "AD0001" })
        {
            Assert.DoesNotContain(failure, build.Output, StringComparison.Ordinal);
        }
    }
}
