using System.Runtime.CompilerServices;
using AccelerateSpark;
using TalkDsl.Layout;
using TalkDsl.Rendering;
using TalkDsl.Rules;

namespace TalkDsl.Browser.Tests;

/// <summary>One chromium for the class: the layout check starts it on the first talk and keeps it for the rest.</summary>
public sealed class SlideLayoutFixture : IDisposable
{
    public SlideLayoutCheck Check { get; } = new();

    public void Dispose() => Check.Dispose();
}

/// <summary>TALK018: the slides are measured in chromium at the slide size, and each that does not fit is reported at its heading call.</summary>
public sealed class SlideLayoutTests(SlideLayoutFixture fixture) : IClassFixture<SlideLayoutFixture>
{
    private const string LongQuote = """
        > When John Lennard-Jones moved from Bristol to Cambridge in 1932 to take up the new
        > Plummer Chair of Theoretical Chemistry, he brought with him a research programme that
        > applied quantum mechanics to chemistry. The equations his group met could not be solved
        > on paper: they needed numerical methods, and so machines to carry them out. Calculating
        > machines were improving, while human computers were getting scarce, and scientists in many
        > departments wanted to use machines for their numerical work.
        >
        > After *Cambridge Computing: The First 75 Years* (Ahmed, 2013), p. 21
        """;

    private static Talk Overlong() => Talk
        .Titled("Layout")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, 2)
        .Subsection("Fits")
            .Markdown("A short slide.")
        .Subsection("Far too long")
            .Markdown(LongQuote)
        .Subsection("Too wide")
            .Markdown("<div style=\"width: 1200px\">A block wider than the slide.</div>", allowHtml: true)
        .Thanks();

    [Fact]
    public void An_overlong_slide_is_reported_at_its_heading_call_with_how_much_taller_it_is()
    {
        var found = fixture.Check.Check(new RenderableTalk("Layout", Overlong()));

        var tall = Assert.Single(found, d => d.Message.Contains("'Far too long'", StringComparison.Ordinal));
        Assert.Equal("TALK018", tall.Id);
        Assert.Equal(TalkDiagnosticSeverity.Warning, tall.Severity);
        Assert.Equal(Where(".Subsection(\"Far too long\")"), tall.Location);
        Assert.Matches(@"^The slide 'Far too long' is \d+ % taller than the slide: shorten it, split it with NewSlide\(\.\.\.\) or move text to Notes\(\.\.\.\)$", tall.Message);
        var wide = Assert.Single(found, d => d.Message.Contains("'Too wide'", StringComparison.Ordinal));
        Assert.Matches(@"is 25 % wider than the slide", wide.Message);
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void The_hosts_layout_command_prints_each_slide_that_does_not_fit_as_a_compiler_would()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = TalkDsl.Hosting.TalkApp.Run(["layout"], [new RenderableTalk("Layout", Overlong())], stdout, stderr);

        Assert.Equal(TalkDsl.Hosting.TalkApp.Success, exit);
        Assert.Contains($"{Where(".Subsection(\"Far too long\")")}: warning TALK018: The slide 'Far too long' is ", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("Measured the slides of 1 of 1 talk(s): 2 slide(s) do not fit.", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr.ToString());
    }

    [Fact]
    public void The_example_fits_its_slides()
    {
        Assert.Empty(ExampleTalks.All.SelectMany(fixture.Check.Check));
    }

    /// <summary>Where the call <paramref name="call"/> is in this file, as <c>File.cs(line,column)</c> of its name.</summary>
    private static string Where(string call, [CallerFilePath] string file = "")
    {
        var lines = File.ReadAllLines(file);
        var line = Array.FindIndex(lines, l => l.Contains(call, StringComparison.Ordinal));
        return $"{file}({line + 1},{lines[line].IndexOf(call, StringComparison.Ordinal) + 2})";
    }
}
