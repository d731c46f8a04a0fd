// Times the lamd import (read + evaluate + map, in memory) with a Stopwatch: the fixture corpus, and a
// generated library the size our users report (hundreds of talks, over a thousand snippets).
// Not a test: numbers depend on the machine. Run in Release:
//   dotnet run -c Release --project tests/TalkDsl.Lamd.Benchmarks [talks snippets]
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using TalkDsl.Lamd.Benchmarks;
using TalkDsl.Lamd.Import;

var repository = typeof(SyntheticLibrary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
var corpus = Path.Combine(repository, "tests", "TalkDsl.Lamd.Tests", "Fixtures", "corpus");
var talks = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var snippets = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1200;

Measure("fixture corpus", corpus, Path.Combine(corpus, "snippets"), LamdImporter.FindTalks(corpus), iterations: 30);

var root = Directory.CreateTempSubdirectory("lamd-bench-").FullName;
try
{
    var (talksFolder, snippetsFolder) = SyntheticLibrary.Write(root, talks, snippets, subjects: 24, includesPerTalk: 25);
    Measure($"generated library ({talks} talks, {snippets} snippets)", talksFolder, snippetsFolder, LamdImporter.FindTalks(talksFolder), iterations: 5);
}
finally
{
    Directory.Delete(root, recursive: true);
}

void Measure(string name, string folder, string snippetsFolder, IReadOnlyList<string> talkFiles, int iterations)
{
    var importer = new LamdImporter(new ImportOptions { SnippetDirectories = [snippetsFolder], DisplayRoot = folder });
    var warmup = importer.Import(talkFiles, Path.Combine(folder, "out"));
    var times = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        var watch = Stopwatch.StartNew();
        importer.Import(talkFiles, Path.Combine(folder, "out"));
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    var summary = warmup.Summary;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {summary.Talks.Length} talks, {summary.Parts.Length} parts, {summary.MappedCount} mapped, {summary.NotMapped.Count()} not mapped, {warmup.Files.Length} files, {warmup.Files.Sum(f => f.Content.Length) / 1024} KiB of C#"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  import: median {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms over {iterations} runs"));
}
