using System.Collections.Concurrent;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TalkDsl.Generators.Analyzers;
using TalkDsl.Generators.Tests.Infrastructure;
using TalkDsl.Testing;
using Xunit.Abstractions;

namespace TalkDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of the generator and the analyzers (CsCheck): the example talk and its parts with
/// tokens deleted, repeated, swapped or inserted (braces, attributes, strings with script URLs…), the edits
/// a user makes while typing. On one driver with step tracking on, as in the IDE, no run may throw: no
/// CS8785, no AD0001. CI runs <see cref="FuzzBudget"/>'s small budget; locally <c>TALKDSL_FUZZ_ITERATIONS=10000</c>.
/// </summary>
public sealed class GeneratorFuzzTests(ITestOutputHelper log)
{
    private static readonly Dictionary<string, string> Sources = Robustness.TruncationTests.ExampleSources();

    private static readonly string[] Files = [.. Sources.Keys.Order(StringComparer.Ordinal)];

    private static readonly string[] Inserted =
    [
        "{", "}", "(", ")", ";", ".", ",", "\"", "@\"", "\"\"\"", "[Talk]", "[TalkPart]", "null", "default", "partial", "static", "class", "namespace X;",
        "\"javascript:alert(1)\"", "\"[x](javascript:alert(1))\"", "\"$\"", "\"\"", "Include(", "Talk.Titled(", ".Subsection(\"\")", "=>", "#if X", "#endif",
        "\"<invalid-global-code>\"", "\u0000", "/*", "*/", "//", "public", "Talk", "TalkPart", "get;", "new()", "\"\\u0000\"", "async", "<T>",
    ];

    /// <summary>One edit: which file, where (a token index, taken modulo the count), what, and the token inserted.</summary>
    private static readonly Gen<(int File, int At, int Kind, string Token)> Edit =
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Int[0, 100_000], Gen.Int[0, 3], Gen.OneOf<string>(Inserted));

    [Fact]
    public void No_edit_of_the_example_makes_the_generator_or_the_analyzers_throw()
    {
        var problems = new ConcurrentBag<string>();
        using var drivers = new ThreadLocal<GeneratorDriver>(() => GeneratorHarness.CreateDriver());
        var count = 0;
        var generatedFiles = 0L;

        Edit.Array[1, 4].Sample(
            edits =>
            {
                var sources = Apply(edits);
                var compilation = TestCompilation.Create(sources.Select(s => (s.Key, s.Value)), "AccelerateSpark");

                // The same driver across edits (one per thread), as in the IDE: the incremental state must survive broken code too.
                drivers.Value = drivers.Value!.RunGenerators(compilation);
                var run = drivers.Value.GetRunResult();
                Interlocked.Increment(ref count);
                Interlocked.Add(ref generatedFiles, run.GeneratedTrees.Length);
                foreach (var result in run.Results.Where(r => r.Exception is not null))
                {
                    problems.Add($"generator: {result.Exception!.GetType().Name}: {result.Exception.Message} after {Describe(edits)}");
                }

                foreach (var diagnostic in run.Diagnostics.Where(d => d.Id == "CS8785"))
                {
                    problems.Add($"{diagnostic} after {Describe(edits)}");
                }

                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (e, _, _) => problems.Add($"analyzer: {e.GetType().Name}: {e.Message} after {Describe(edits)}"), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
                foreach (var diagnostic in compilation.WithAnalyzers([new TalkAnalyzer()], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Where(d => d.Id == "AD0001"))
                {
                    problems.Add($"{diagnostic} after {Describe(edits)}");
                }
            },
            iter: FuzzBudget.Iterations(ciDefault: 40),
            time: FuzzBudget.Seconds,
            threads: FuzzBudget.Threads,
            print: Describe);

        log.WriteLine($"generator fuzzing: {count} mutated compilations, {generatedFiles} generated files, {problems.Count} exceptions (CS8785/AD0001)");
        foreach (var problem in problems)
        {
            log.WriteLine(problem); // in full, with the edits that caused it: each becomes a regression test
        }

        Assert.Empty(problems);
    }

    /// <summary>The example's sources with <paramref name="edits"/> applied, each at a token boundary of its file.</summary>
    private static Dictionary<string, string> Apply((int File, int At, int Kind, string Token)[] edits)
    {
        var sources = new Dictionary<string, string>(Sources);
        foreach (var (file, at, kind, token) in edits)
        {
            var name = Files[file];
            var text = sources[name];
            var tokens = CSharpSyntaxTree.ParseText(text, TestCompilation.ParseOptions).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            if (tokens.Count < 2)
            {
                continue;
            }

            var chosen = tokens[at % tokens.Count];
            var next = tokens[(at % tokens.Count + 1) % tokens.Count];
            sources[name] = kind switch
            {
                0 => text.Remove(chosen.SpanStart, chosen.Span.Length),
                1 => text.Insert(chosen.SpanStart, chosen.Text + " "),
                2 when next.SpanStart > chosen.SpanStart => text[..chosen.SpanStart] + next.Text + text[chosen.Span.End..next.SpanStart] + chosen.Text + text[next.Span.End..],
                _ => text.Insert(chosen.SpanStart, token + " "),
            };
        }

        return sources;
    }

    private static string Describe((int File, int At, int Kind, string Token)[] edits) =>
        string.Join("; ", edits.Select(e => $"{Files[e.File]} token {e.At} {(e.Kind switch { 0 => "deleted", 1 => "repeated", 2 => "swapped", _ => "insert " + e.Token.Replace("\0", "\\0", StringComparison.Ordinal) })}"));
}
