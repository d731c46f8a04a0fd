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
/// with constructs spliced in. Whatever the input, the import returns: no exception, no hang over 10 s,
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
        "\\columns{", "\\aligncenter{", "\\editme", "\\thanks", "<div>", "`", "```\n", "|a|b|\n|-|-|\n", "* ", "1. ", "\\(", "\\)", "{{ x }}", "{% y %}",
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
        var iterations = FuzzBudget.Iterations(ciDefault: 150);
        var slowest = TimeSpan.Zero;
        var slowestInput = string.Empty;
        var withErrors = 0;
        var count = 0;
        var problems = new ConcurrentBag<string>();
        using var files = new TempLibrary();
        files.Write("talks/secret.md", "secret");

        Gen.Select(Body, Body).Sample(
            input =>
            {
                var (talk, snippet) = input;
                var clock = Stopwatch.StartNew();
                var (result, failure) = ImportWithin(files, "---\ntitle: Fuzz\n---\n" + talk, snippet, TimeSpan.FromSeconds(10));
                if (clock.Elapsed > slowest)
                {
                    (slowest, slowestInput) = (clock.Elapsed, Shorten(talk));
                }

                count++;
                if (failure is not null)
                {
                    problems.Add(failure);
                    return;
                }

                withErrors += result!.Summary.Errors.Any() ? 1 : 0;
                foreach (var error in result.Summary.Diagnostics.Where(d => d.Severity == LamdSeverity.Error))
                {
                    if (error.Position.Line < 1 || error.Position.Column < 1 || string.IsNullOrEmpty(error.Position.File) || error.Id == LamdDiagnosticIds.InternalError)
                    {
                        problems.Add($"{error} (from {Shorten(talk)})");
                    }
                }
            },
            iter: iterations,
            threads: 1,
            print: input => Shorten(input.Item1) + " | " + Shorten(input.Item2));

        log.WriteLine($"importer fuzzing: {count} inputs, {withErrors} with LAMD errors, slowest {slowest.TotalSeconds:F1} s ({slowestInput}), {problems.Count} crashes/hangs/unplaced errors");
        Assert.Empty(problems);
    }

    /// <summary>Imports talks/talk.md (with snippets/snip.md) on a thread of its own; a run over <paramref name="limit"/> is a hang.</summary>
    private static (ImportResult? Result, string? Failure) ImportWithin(TempLibrary files, string talk, string snippet, TimeSpan limit)
    {
        var path = files.Write("talks/talk.md", talk);
        files.Write("snippets/snip.md", snippet);
        var import = Task.Run(() => files.Import(path));
        try
        {
            return import.Wait(limit) ? (import.Result, null) : (null, $"hang over {limit.TotalSeconds} s: {Shorten(talk)}");
        }
        catch (AggregateException e)
        {
            return (null, $"{e.InnerException!.GetType().Name}: {e.InnerException.Message} on {Shorten(talk)}");
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
