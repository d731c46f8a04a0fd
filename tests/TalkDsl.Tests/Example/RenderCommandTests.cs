using AccelerateSpark;
using TalkDsl.Rendering;
using TalkDsl.Output;
using TalkDsl.Tests.Output;

namespace TalkDsl.Tests.Example;

/// <summary>The example's command line: <c>dotnet run --project examples/AccelerateSpark [--out DIR] [--reveal-url URL] [--mathjax-url URL]</c>.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Renders_the_example_into_out_and_prints_each_absolute_path()
    {
        var exit = Run(["--out", _temp.Out], () => ExampleTalks.All);

        Assert.Equal(0, exit);
        Assert.Empty(_stderr.ToString());
        string[] expected =
        [
            Path.Combine(_temp.Out, "accelerate-spark-information-session.slides.html"),
            Path.Combine(_temp.Out, "accelerate-spark-information-session.notes.html"),
            Path.Combine(_temp.Out, "2020-12-04-accelerate-spark-information-session.md"),
        ];
        var printed = _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var runtime = BundledAssets.Paths.Select(path => Path.Combine(_temp.Out, BundledAssets.FolderName, path));
        Assert.Equal($"Wrote {3 + BundledAssets.Paths.Count} files into {_temp.Out}:", printed[0]);
        Assert.Equal([.. expected, .. runtime], printed[1..]);
        Assert.All(expected, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void Reveal_and_mathjax_urls_reach_the_pages()
    {
        var exit = Run(["--out", _temp.Out, "--reveal-url", "lib/reveal.js", "--mathjax-url", "lib/mathjax/tex-chtml.js"], () => ExampleTalks.All);

        Assert.Equal(0, exit);
        var slides = File.ReadAllText(Path.Combine(_temp.Out, "accelerate-spark-information-session.slides.html"));
        var notes = File.ReadAllText(Path.Combine(_temp.Out, "accelerate-spark-information-session.notes.html"));
        Assert.Contains("lib/reveal.js/dist/reveal.js", slides, StringComparison.Ordinal);
        Assert.DoesNotContain(SlidesOptions.DefaultRevealUrl, slides, StringComparison.Ordinal);
        Assert.Contains("lib/mathjax/tex-chtml.js", slides, StringComparison.Ordinal);
        Assert.Contains("lib/mathjax/tex-chtml.js", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_talk_prints_its_errors_on_stderr_writes_nothing_and_exits_with_1()
    {
        var invalid = Talk.Titled("").Author("Ada").Date(2024, 1, 9).Subsection("Costs").Markdown("It costs $5.");

        var exit = Run(["--out", _temp.Out], () => [new RenderableTalk("Invalid", invalid)]);

        Assert.Equal(1, exit);
        Assert.Empty(_stdout.ToString());
        var errors = _stderr.ToString();
        Assert.Contains("TALK001", errors, StringComparison.Ordinal);
        Assert.Contains("TALK011", errors, StringComparison.Ordinal);
        Assert.Contains(nameof(RenderCommandTests) + ".cs", errors, StringComparison.Ordinal);
        Assert.Contains("Nothing in " + _temp.Out + " was changed.", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void An_output_failure_is_reported_on_stderr_with_exit_code_1()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Out, "accelerate-spark-information-session.slides.html"));

        var exit = Run(["--out", _temp.Out], () => ExampleTalks.All);

        Assert.Equal(1, exit);
        Assert.Contains("could not be moved into " + _temp.Out, _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Media_copies_the_images_and_a_missing_one_is_reported_with_its_line_and_exit_code_1()
    {
        var media = Path.Combine(_temp.Root, "media");
        Directory.CreateDirectory(Path.Combine(media, "diagrams"));
        var talk = new RenderableTalk("Pictured", Talk.Titled("Pictured").Author(given: "Ada").Date(2024, 1, 9)
            .Subsection("One").Image("diagrams/one.png"));

        Assert.Equal(1, Run(["--out", _temp.Out, "--media", media], () => [talk]));
        Assert.Contains($"{nameof(RenderCommandTests)}.cs({LineOfThisCall() - 3}): the image 'diagrams/one.png' is not in the media folder", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));

        File.WriteAllText(Path.Combine(media, "diagrams", "one.png"), "png");
        Assert.Equal(0, Run(["--out", _temp.Out, "--media", media], () => [talk]));
        Assert.Contains(Path.Combine(_temp.Out, "diagrams", "one.png"), _stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal("png", File.ReadAllText(Path.Combine(_temp.Out, "diagrams", "one.png")));
    }

    [Fact]
    public void An_unknown_option_is_refused()
    {
        var exit = Run(["--outt", _temp.Out], () => ExampleTalks.All);

        Assert.NotEqual(0, exit);
        Assert.Contains("--outt", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void Without_out_it_renders_into_out_at_the_repository_root()
    {
        Assert.Equal(Path.Combine(Repository.Root, "out"), Path.TrimEndingDirectorySeparator(RenderCommand.DefaultOutputDirectory));
    }

    private int Run(string[] args, Func<IReadOnlyList<IRenderableTalk>> talks) => RenderCommand.Run(args, talks, _stdout, _stderr);

    private static int LineOfThisCall([System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;

}
