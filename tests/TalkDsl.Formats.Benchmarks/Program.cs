// Times every output format with a Stopwatch: per talk, on the example and on a generated project; and
// the PDFs with one shared chromium (TalkOutput's way) against a chromium started per talk.
// Not a test: numbers depend on the machine. Run in Release (chromium needed; reveal.js and MathJax are the bundled ones):
//   dotnet run -c Release --project tests/TalkDsl.Formats.Benchmarks [talks] [pdf-talks]
using System.Diagnostics;
using System.Globalization;
using TalkDsl;
using TalkDsl.Formats;
using TalkDsl.Formats.Benchmarks;
using TalkDsl.Output;
using TalkDsl.Rendering;

var talkCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var pdfTalks = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;

var root = Directory.CreateTempSubdirectory("talkdsl-formats-bench-").FullName;
try
{
    var media = Directory.CreateDirectory(Path.Combine(root, "media", "diagrams")).Parent!.FullName;
    File.WriteAllBytes(Path.Combine(media, "diagrams", "pixel.png"), Convert.FromBase64String(SyntheticTalks.OnePixelPng));
    var options = new TalkRenderOptions
    {
        MediaFolder = media,
    };
    var textAndOffice = TalkFormats.All.Where(f => !f.NeedsBrowser).ToList();

    Console.WriteLine("Per format, ms per talk (median of the runs; rendered to memory):");
    PerFormat("example (AccelerateSpark)", [AccelerateSpark.AccelerateSparkInformationSession.Renderable], textAndOffice, options, runs: 20);
    var generated = SyntheticTalks.Create(talkCount);
    PerFormat($"generated project ({talkCount} talks)", generated, textAndOffice, options, runs: 3);

    Console.WriteLine();
    Console.WriteLine($"PDF, {pdfTalks} generated talks (slides PDF and notes PDF each), ms per talk:");
    var sample = generated.Take(pdfTalks).ToList();
    var shared = Time(() => TalkOutput.Write(sample, new TalkOutputOptions(Path.Combine(root, "out-shared"))
    {
        Formats = [TalkFormats.Pdf, TalkFormats.NotesPdf],
        MediaFolder = media,
    }));
    Report("one shared chromium (TalkOutput.Write)", shared, sample.Count);
    var perTalk = Time(() =>
    {
        foreach (var talk in sample)
        {
            foreach (var format in new[] { TalkFormats.Pdf, TalkFormats.NotesPdf })
            {
                using var output = new MemoryStream();
                talk.Render(format, output, options);
            }
        }
    });
    Report("a chromium per PDF (Render(format, Stream))", perTalk, sample.Count);
    PerFormat("example (AccelerateSpark), PDFs with a chromium each", [AccelerateSpark.AccelerateSparkInformationSession.Renderable], [TalkFormats.Pdf, TalkFormats.NotesPdf], options, runs: 3);
}
finally
{
    Directory.Delete(root, recursive: true);
}

static void PerFormat(string name, IReadOnlyList<IRenderableTalk> talks, IReadOnlyList<TalkFormat> formats, TalkRenderOptions options, int runs)
{
    Console.WriteLine($"  {name}:");
    foreach (var format in formats)
    {
        long bytes = 0;
        var times = new List<double>();
        for (var run = -1; run < runs; run++)
        {
            bytes = 0;
            var elapsed = Time(() =>
            {
                foreach (var talk in talks)
                {
                    using var output = new MemoryStream();
                    talk.Render(format, output, options);
                    bytes += output.Length;
                }
            });
            if (run >= 0)
            {
                times.Add(elapsed / talks.Count); // the first run warms up and is not counted
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {format.Name,-13} {times[times.Count / 2],9:F2} ms/talk (min {times[0]:F2}, max {times[^1]:F2}), {bytes / talks.Count / 1024.0,7:F1} KiB/talk"));
    }
}

static double Time(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed.TotalMilliseconds;
}

static void Report(string name, double milliseconds, int talks) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-45} {milliseconds / talks,9:F0} ms/talk ({milliseconds / 1000:F1} s in all)"));
