namespace TalkDsl.Cli.Tests;

/// <summary>
/// `talk import`, then `dotnet build` and `dotnet run` of the generated project, with the generator attached
/// as an analyzer: the fixture corpus and the seed lamd talk. Slow (they build), so one test each.
/// </summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("talk-e2e-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_imported_corpus_builds_with_no_TALK_errors_and_renders_slides_and_notes()
    {
        var output = Path.Combine(_temp, "corpus");
        Assert.Equal(0, CliRun.Talk("import", Path.Combine(CliRun.Fixtures, "corpus"), "--snippets", Path.Combine(CliRun.Fixtures, "corpus", "snippets"), "--out", output).ExitCode);

        var build = CliRun.Process(output, "dotnet", "build", "-nologo", "-v", "q");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("error TALK", build.Output, StringComparison.Ordinal);

        var run = CliRun.Process(output, "dotnet", "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        var slides = File.ReadAllText(Path.Combine(output, "out", "every-construct-quoted.slides.html"));
        var notes = File.ReadAllText(Path.Combine(output, "out", "every-construct-quoted.notes.html"));
        Assert.Contains("SLIDES-ONLY-MARKER", slides, StringComparison.Ordinal);
        Assert.DoesNotContain("SLIDES-ONLY-MARKER", notes, StringComparison.Ordinal);
        Assert.Contains("NOTES-ONLY-MARKER", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("NOTES-ONLY-MARKER", slides, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "out", "second-talk.slides.html")));
        Assert.True(File.Exists(Path.Combine(output, "out", "2022-01-02-second-talk.md")));
    }

    [Fact]
    public void The_seed_talk_imports_with_the_parts_it_finds_reports_the_rest_and_renders()
    {
        var output = Path.Combine(_temp, "seed");
        var (exit, console) = CliRun.Talk("import", Path.Combine(CliRun.Seed, "accelerate-overview.original.md"), "--snippets", Path.Combine(CliRun.Seed, "includes"), "--out", output);

        Assert.Equal(0, exit);
        Assert.Matches(@"parts\s+│\s+2", console);
        foreach (var missing in new[] { "_accelerate/includes/ai-for-science.md", "_accelerate/includes/rs-turing-ai-science.md", "_accelerate/includes/ai-changing-science.md", "_compsci/includes/j-j-thomson.md", "../talk-macros.gpp" })
        {
            Assert.Contains($"\\include{{{missing}}} was not found", console, StringComparison.Ordinal);
        }

        var talk = File.ReadAllText(Path.Combine(output, "Talks", "AccelerateOverviewOriginal.cs"));
        Assert.Contains(".Include(Snippets.Compsci.ComputerLaboratory)", talk, StringComparison.Ordinal);
        Assert.Contains(".Include(Snippets.Accelerate.AccelerateProgramme)", talk, StringComparison.Ordinal);

        var build = CliRun.Process(output, "dotnet", "build", "-nologo", "-v", "q");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = CliRun.Process(output, "dotnet", "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("accelerate-spark-information-session.slides.html", run.Output, StringComparison.Ordinal);
        var notes = File.ReadAllText(Path.Combine(output, "out", "accelerate-spark-information-session.notes.html"));
        Assert.Contains("id=\"a-university-computing-laboratory\"", notes, StringComparison.Ordinal);
        Assert.Contains("The Accelerate Programme", notes, StringComparison.Ordinal);
    }
}
