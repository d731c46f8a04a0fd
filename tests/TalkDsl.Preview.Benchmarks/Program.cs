// Times the live preview: from a file written to the reload event received by a page's Server-Sent Events
// stream, over a series of edits of one talk, on a copy of the example and on a generated project of many
// talks; then, on the same edits, the loop a user has without it: `dotnet run` (build, then render).
//   dotnet run -c Release --project tests/TalkDsl.Preview.Benchmarks [-- --edits 30 --talks 300 --build-edits 30 --only example|many]
// A harness, not a test: it prints p50/p95 and the ratio, and asserts nothing.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TalkDsl.Preview;
using TalkDsl.Preview.Benchmarks;
using TalkDsl.Preview.Serving;
using TalkDsl.Testing;

var edits = Option("--edits", 30);
var talks = Option("--talks", 300);
var buildEdits = Option("--build-edits", 30);
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
const int Warmup = 3;

var root = Directory.CreateTempSubdirectory("talkdsl-preview-bench-");
try
{
    var example = ExampleCopy.Create(Path.Combine(root.FullName, "example"));
    var exampleFile = Path.Combine(Path.GetDirectoryName(example)!, "AccelerateSparkInformationSession.cs");
    var exampleSource = File.ReadAllText(exampleFile);
    if (only is null or "example")
    {
        await MeasureAsync("example (1 talk)", example, exampleFile, "AccelerateSparkInformationSession",
            i => exampleSource.Replace(".Subsection(\"Welcome\")", $".Subsection(\"Welcome {i}\")", StringComparison.Ordinal));
    }

    if (only is "example")
    {
        return;
    }

    var many = BenchProjects.Generate(Path.Combine(root.FullName, "many"), talks);
    var edited = talks / 2;
    await MeasureAsync($"generated ({talks} talks)", many, BenchProjects.TalkFile(Path.GetDirectoryName(many)!, edited), $"Talk{edited:000}",
        i => BenchProjects.TalkSource(edited, $"Opening {i}"));
}
finally
{
    root.Delete(recursive: true);
}

async Task MeasureAsync(string name, string project, string file, string talk, Func<int, string> edit)
{
    Console.WriteLine($"== {name}");
    // Release, so the generator the preview runs is the one the TalkDsl package ships (a debug build of it also
    // reads every literal talk a second time, bound, to check the two readings agree).
    var options = new PreviewOptions(project) { Port = 0, OpenBrowser = false, BuildArguments = ["-p:Configuration=Release"] };
    var start = Stopwatch.StartNew();
    var preview = new List<double>();
    await using (var session = new PreviewSession(options, TextWriter.Null))
    {
        await session.StartAsync(CancellationToken.None);
        Console.WriteLine($"first build and render: {start.Elapsed.TotalSeconds:F1} s");
        await using var server = await PreviewServer.StartAsync(session, CancellationToken.None);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        await using var stream = await http.GetStreamAsync(new Uri(server.Address, "_talkdsl/events?talk=" + Uri.EscapeDataString(talk)));
        using var events = new StreamReader(stream);
        var version = await NextPagesVersionAsync(events, -1);
        for (var i = 0; i < Warmup + edits; i++)
        {
            // The previous save fully followed (its analyzers too), as when a person types between saves.
            while (!session.IsIdle)
            {
                await Task.Delay(10);
            }

            var text = edit(i);
            var written = Stopwatch.GetTimestamp();
            await File.WriteAllTextAsync(file, text);
            version = await NextPagesVersionAsync(events, version);
            if (i >= Warmup)
            {
                preview.Add(Stopwatch.GetElapsedTime(written).TotalMilliseconds);
            }

            if (i == Warmup + edits - 1)
            {
                Console.WriteLine($"last edit: {session.LastTimings}");
            }
        }
    }

    Report("preview: write → reload event", preview);

    var output = Path.Combine(Path.GetDirectoryName(project)!, "bench-out");
    var build = new List<double>();
    for (var i = 0; i < buildEdits; i++)
    {
        await File.WriteAllTextAsync(file, edit(10_000 + i));
        var written = Stopwatch.GetTimestamp();
        var exit = Run("dotnet", "run", "--project", project, "--", "--out", output);
        build.Add(Stopwatch.GetElapsedTime(written).TotalMilliseconds);
        if (exit != 0)
        {
            throw new InvalidOperationException($"dotnet run failed on {project} (exit {exit}).");
        }
    }

    if (build.Count > 0)
    {
        Report("dotnet run (build + render)", build);
        Console.WriteLine($"ratio of medians: {Percentile(build, 50) / Percentile(preview, 50):F0}×");
    }
}

// Reads Server-Sent Events until one carries a pagesVersion other than `seen`; returns it.
static async Task<long> NextPagesVersionAsync(StreamReader events, long seen)
{
    while (await events.ReadLineAsync() is { } line)
    {
        if (line.StartsWith("data: ", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(line["data: ".Length..]);
            var version = json.RootElement.GetProperty("pagesVersion").GetInt64();
            if (version != seen)
            {
                return version;
            }
        }
    }

    throw new InvalidOperationException("The event stream ended.");
}

static void Report(string what, List<double> times) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: p50 {Percentile(times, 50):F0} ms, p95 {Percentile(times, 95):F0} ms, mean {times.Average():F0} ms over {times.Count} edits"));

static double Percentile(List<double> times, int percent)
{
    var sorted = times.Order().ToList();
    var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}

static int Run(string command, params string[] arguments)
{
    var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var stderr = process.StandardError.ReadToEndAsync();
    process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    stderr.Wait();
    return process.ExitCode;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
