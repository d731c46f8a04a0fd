using TalkDsl.Output;
using TalkDsl.Rendering;
using Xunit.Abstractions;

namespace TalkDsl.Tests.Output;

/// <summary>
/// Outputs survive kills (issue 12): a render killed at any step, then the next run's recovery, leaves every
/// talk's files all old or all new and no staging folder behind. The kill is simulated through the staging
/// folder's fault-injection seam, which stops the run without undoing or deleting anything, as a kill would.
/// </summary>
[Collection(nameof(StagingSeam))]
public sealed class KillSafetyTests(ITestOutputHelper log) : IDisposable
{
    private static readonly string[] Titles = ["First Talk", "Second Talk"];

    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        StagingFolder.BeforeStep = null;
        _temp.Dispose();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_kill_at_any_step_leaves_each_talk_all_old_or_all_new_and_no_staging_folder(bool earlierOutput)
    {
        var media = Directory.CreateDirectory(Path.Combine(_temp.Root, "media")).FullName;
        File.WriteAllText(Path.Combine(media, "picture.png"), "png");
        var steps = StepsOf(media, earlierOutput);
        Assert.True(steps.Count >= 12, string.Join(", ", steps));

        var outcomes = new List<string>();
        for (var kill = 0; kill < steps.Count; kill++)
        {
            Reset(media, earlierOutput);
            var seen = 0;
            var at = kill;
            StagingFolder.BeforeStep = step =>
            {
                if (seen++ == at)
                {
                    throw new StagingFolder.SimulatedKill(step);
                }
            };
            var killed = Record.Exception(() => TalkOutput.Write(Talks("B"), Options(media)));
            StagingFolder.BeforeStep = null;
            Assert.True(killed is StagingFolder.SimulatedKill || killed?.InnerException is StagingFolder.SimulatedKill, $"step {steps[kill]}: {killed}");

            StagingFolder.Recover(_temp.Out); // what the next run does first

            Assert.DoesNotContain(_temp.Leftovers, l => l != "media");
            foreach (var title in Titles)
            {
                var versions = VersionsOf(title);
                Assert.True(versions.Distinct().Count() == 1, $"killed before '{steps[kill]}': {title} has {string.Join(", ", versions)}");
                Assert.True(earlierOutput || versions[0] is "B" or "missing", $"killed before '{steps[kill]}': {title} is {versions[0]}");
                Assert.True(!earlierOutput || versions[0] is "A" or "B", $"killed before '{steps[kill]}': {title} is {versions[0]}");
            }

            outcomes.Add($"{steps[kill]} → {VersionsOf(Titles[0])[0]}");
        }

        log.WriteLine($"{steps.Count} kills ({(earlierOutput ? "over an earlier output" : "into a new folder")}), 0 mixed or missing: {string.Join("; ", outcomes)}");
    }

    [Fact]
    public void The_next_run_removes_staging_folders_that_dead_processes_left_and_keeps_live_ones()
    {
        var dead = Directory.CreateDirectory(Path.Combine(_temp.Root, $".out.staging-{int.MaxValue}-0123")).FullName;
        var older = Directory.CreateDirectory(Path.Combine(_temp.Root, $".out.staging-{Guid.NewGuid():N}")).FullName;
        var live = Directory.CreateDirectory(Path.Combine(_temp.Root, ".out.staging-1-4567")).FullName; // process 1 is always running
        File.WriteAllText(Path.Combine(dead, "x.slides.html"), "half");

        TalkOutput.Write([OutputTestTalks.Renderable("A Talk")], new TalkOutputOptions(_temp.Out));

        Assert.False(Directory.Exists(dead));
        Assert.False(Directory.Exists(older));
        Assert.True(Directory.Exists(live));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData(" ", "is only spaces")]
    [InlineData("out\0put", "holds a control character")]
    [InlineData("out\n", "holds a control character")]
    [InlineData(" out", "begins or ends with a space")]
    public void An_output_folder_that_is_empty_blank_or_holds_a_NUL_is_a_clear_error(string path, string problem)
    {
        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.Write([OutputTestTalks.Renderable("A Talk")], new TalkOutputOptions(path)));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void A_link_in_the_media_folder_that_leads_out_of_it_is_refused_and_never_copied()
    {
        var media = Directory.CreateDirectory(Path.Combine(_temp.Root, "media")).FullName;
        File.CreateSymbolicLink(Path.Combine(media, "passwd.png"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(media, "etc"), "/etc");
        var talk = new RenderableTalk("Leak", Body("Leak").Image("passwd.png").Markdown("![x](etc/hostname)"));

        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.Write([talk], new TalkOutputOptions(_temp.Out) { MediaFolder = media }));

        Assert.Contains("the image 'passwd.png' is outside the media folder", error.Message, StringComparison.Ordinal);
        Assert.Contains("the image 'etc/hostname' is outside the media folder", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    /// <summary>The steps of a whole run, in order, as the seam sees them.</summary>
    private List<string> StepsOf(string media, bool earlierOutput)
    {
        Reset(media, earlierOutput);
        var steps = new List<string>();
        StagingFolder.BeforeStep = steps.Add;
        TalkOutput.Write(Talks("B"), Options(media));
        StagingFolder.BeforeStep = null;
        return steps;
    }

    private void Reset(string media, bool earlierOutput)
    {
        if (Directory.Exists(_temp.Out))
        {
            Directory.Delete(_temp.Out, recursive: true);
        }

        if (earlierOutput)
        {
            TalkOutput.Write(Talks("A"), Options(media));
        }
    }

    private TalkOutputOptions Options(string media) => new(_temp.Out) { MediaFolder = media };

    private static IRenderableTalk[] Talks(string version) =>
        [.. Titles.Select(title => new RenderableTalk(title.Replace(" ", "", StringComparison.Ordinal), Body(title).Markdown($"Version {version}.").Image("picture.png")))];

    private static TalkBody Body(string title) =>
        Talk.Titled(title).Author(given: "Ada", family: "Lovelace").Date(2024, 1, 9).Subsection("Only slide").Slides("Shown on the slide.");

    /// <summary>Which run each of a talk's pages is from: A, B, or missing.</summary>
    private List<string> VersionsOf(string title)
    {
        var slug = TalkFileNames.For(Body(title).Build().Metadata);
        return [.. slug.All.Select(name => Path.Combine(_temp.Out, name)).Select(path =>
            !File.Exists(path) ? "missing" : File.ReadAllText(path).Contains("Version A", StringComparison.Ordinal) ? "A" : "B")];
    }
}

/// <summary>The staging seam is per thread, but its tests share the output code: they run one at a time.</summary>
[CollectionDefinition(nameof(StagingSeam))]
public sealed class StagingSeam;
