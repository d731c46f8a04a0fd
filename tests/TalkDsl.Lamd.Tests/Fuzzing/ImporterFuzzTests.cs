using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;
using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Reading;
using TalkDsl.Lamd.Tests.Hardening;
using TalkDsl.Testing;
using Xunit.Abstractions;

namespace TalkDsl.Lamd.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of the importer (CsCheck): lamd sources built from the constructs that broke it
/// (deep nesting, runaway macros, includes out of the library, NUL, Markdown nesting) and the corpus talks
/// with constructs spliced in, imported with lamd's own macro files beside them (as a lamd user has them). Whatever the input, the import returns: no exception, no hang over 10 s,
/// and every error names its file, line and column. CI runs <see cref="FuzzBudget"/>'s small budget; a
/// local run takes <c>TALKDSL_FUZZ_ITERATIONS=10000</c>.
/// </summary>
public sealed class ImporterFuzzTests(ITestOutputHelper log)
{
    private static readonly string[] Pieces =
    [
        "\\slides{", "\\notes{", "\\speakernotes{", "}", "{", "}{", "\\define{a}{", "\\define{b}{\\a\\a}", "\\define{a}{\\b\\b}", "\\a", "\\b",
        "\\ifdef{SLIDES}", "\\ifndef{X}", "\\ifeq{a}{b}", "\\else", "\\endif", "\\include{", "snip.md}", "../secret.md}", "/etc/hostname}",
        "#1", "#2", "\\subsection{", "\\section{", "text ", "\n", "\n\n", "[", "](javascript:alert(1))", "> ", "$", "$$", "\\newcommand{\\x}[1]{",
        "\\figure{", "\\includeimg{", "\\defeval{c}{", "\\undef{a}", "\0", "\\", "---\n", "title: x\n", "é", "\\includeyoutube{", "\\code{",
        "\\columns{", "\\aligncenter{", "\\editme", "\\thanks", "\\addatomic{", "\\newframe{", "\\fragmentdiv{", "\\displaycode{", "\\slidesincremental{", "<div>", "`", "```\n", "|a|b|\n|-|-|\n", "* ", "1. ", "\\(", "\\)", "{{ x }}", "{% y %}",
    ];

    private static readonly string[] CorpusTexts = Directory.EnumerateFiles(Path.Combine(Fixtures.Root, "corpus"), "*.md", SearchOption.AllDirectories)
        .Select(File.ReadAllText).ToArray();

    private static readonly Gen<string> Piece = Gen.OneOf<string>(Pieces);

    /// <summary>A run of constructs, a construct repeated thousands of times (nesting), or a corpus talk with constructs spliced in.</summary>
    private static readonly Gen<string> Body = Gen.OneOf(
        Piece.Array[0, 80].Select(string.Concat),
        Gen.Select(Piece, Gen.Int[1, 25_000], (p, n) => string.Concat(Enumerable.Repeat(p, n))),
        Gen.Select(Gen.Int[0, CorpusTexts.Length - 1], Gen.Select(Gen.Int[0, 100_000], Piece).Array[1, 6], (i, splices) => Splice(CorpusTexts[i], splices)));

    [Fact]
    public void No_input_crashes_or_hangs_the_importer_and_every_error_has_a_position()
    {
        var slowest = 0L;
        var mostCpu = TimeSpan.Zero;
        var slowestInput = string.Empty;
        var withErrors = 0;
        var count = 0;
        var problems = new ConcurrentBag<string>();
        var libraries = new ConcurrentBag<TempLibrary>();
        using var library = new ThreadLocal<TempLibrary>(() =>
        {
            var files = new TempLibrary();
            files.Write("talks/secret.md", "secret");
            CopyLamdMacros(files);
            libraries.Add(files);
            return files;
        });

        try
        {
            Gen.Select(Body, Body).Sample(
                input =>
                {
                    var (talk, snippet) = input;
                    var clock = Stopwatch.StartNew();
                    var (result, failure, cpu) = ImportWithin(library.Value!, "---\ntitle: Fuzz\n---\n" + talk, snippet, TimeSpan.FromSeconds(10));
                    lock (problems)
                    {
                        count++;
                        mostCpu = cpu > mostCpu ? cpu : mostCpu;
                        if (clock.ElapsedMilliseconds > slowest)
                        {
                            (slowest, slowestInput) = (clock.ElapsedMilliseconds, Shorten(talk));
                        }
                    }

                    if (failure is not null)
                    {
                        problems.Add(failure);
                        return;
                    }

                    if (result!.Summary.Errors.Any())
                    {
                        Interlocked.Increment(ref withErrors);
                    }

                    foreach (var error in result.Summary.Diagnostics.Where(d => d.Severity == LamdSeverity.Error))
                    {
                        if (error.Position.Line < 1 || error.Position.Column < 1 || string.IsNullOrEmpty(error.Position.File) || error.Id == LamdDiagnosticIds.InternalError)
                        {
                            problems.Add($"{error} (from {Shorten(talk)})");
                        }
                    }
                },
                iter: FuzzBudget.Iterations(ciDefault: 150),
                time: FuzzBudget.Seconds,
                threads: FuzzBudget.Threads,
                print: input => Shorten(input.Item1) + " | " + Shorten(input.Item2));
        }
        finally
        {
            foreach (var files in libraries)
            {
                files.Dispose();
            }
        }

        log.WriteLine($"importer fuzzing: {count} inputs, {withErrors} with LAMD errors, slowest {slowest / 1000.0:F1} s wall time ({slowestInput}), most CPU for one input {mostCpu.TotalSeconds:F1} s, {problems.Count} crashes/hangs/unplaced errors");
        Assert.Empty(problems);
    }

    /// <summary>
    /// Imports talks/talk.md (with snippets/snip.md) on a thread of its own. A hang is over 10 s of that
    /// thread's CPU time (wall time on a loaded machine says little), or no end within a minute and a half.
    /// </summary>
    private static (ImportResult? Result, string? Failure, TimeSpan Cpu) ImportWithin(TempLibrary files, string talk, string snippet, TimeSpan limit)
    {
        var path = files.Write("talks/talk.md", talk);
        files.Write("snippets/snip.md", snippet);
        var import = Task.Factory.StartNew(
            () =>
            {
                var start = ThreadCpu();
                var result = files.Import(path);
                return (result, ThreadCpu() - start);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            if (!import.Wait(TimeSpan.FromSeconds(90)))
            {
                return (null, $"no end in 90 s: {Shorten(talk)}", TimeSpan.Zero);
            }

            var (result, cpu) = import.Result;
            return cpu > limit ? (null, $"hang: {cpu.TotalSeconds:F1} s of CPU on {Shorten(talk)}", cpu) : (result, null, cpu);
        }
        catch (AggregateException e)
        {
            return (null, $"{e.InnerException!.GetType().Name}: {e.InnerException.Message} on {Shorten(talk)}", TimeSpan.Zero);
        }
    }

    /// <summary>The CPU time of the calling thread (Linux: /proc/thread-self/stat, utime + stime in 1/100 s); zero elsewhere.</summary>
    private static TimeSpan ThreadCpu()
    {
        if (!File.Exists("/proc/thread-self/stat"))
        {
            return TimeSpan.Zero;
        }

        var fields = File.ReadAllText("/proc/thread-self/stat");
        var rest = fields[(fields.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds((long.Parse(rest[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(rest[12], System.Globalization.CultureInfo.InvariantCulture)) * 10);
    }

    /// <summary>lamd's own macro files beside the talks, where the importer finds them: constructs without a typed call then go through lamd's expansion too.</summary>
    private static void CopyLamdMacros(TempLibrary files)
    {
        var macros = Path.Combine(Fixtures.RepositoryRoot, "..", "shared", "lamd", "macros");
        foreach (var file in Directory.EnumerateFiles(macros))
        {
            files.Write(Path.Combine("macros", Path.GetFileName(file)), File.ReadAllText(file));
        }
    }

    private static string Splice(string text, (int At, string Piece)[] splices)
    {
        foreach (var (at, piece) in splices.OrderByDescending(s => s.At))
        {
            text = text.Insert(at % (text.Length + 1), piece);
        }

        return text;
    }

    private static string Shorten(string text) => (text.Length > 120 ? text[..120] + $"… ({text.Length} chars)" : text).Replace("\0", "\\0", StringComparison.Ordinal);
}
