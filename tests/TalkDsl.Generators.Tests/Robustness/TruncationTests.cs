using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TalkDsl.Generators.Analyzers;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Robustness;

/// <summary>
/// What the IDE sees while a user types: the example's sources cut at every token boundary. The generator
/// and the analyzers must never throw (no CS8785, no AD0001) on any prefix.
/// </summary>
public class TruncationTests
{
    public static TheoryData<string> Files => new(
        "examples/AccelerateSpark/AccelerateSparkInformationSession.cs",
        "examples/Snippets/Compsci/ComputerLaboratory.cs");

    [Theory]
    [MemberData(nameof(Files))]
    public Task Every_prefix_of_the_example_is_handled_without_an_exception(string file) =>
        EveryPrefixIsHandled(ExampleSources(), file, "AccelerateSpark");

    /// <summary>
    /// Issue 12: deleting the <c>{</c> after <c>public static partial class Accelerate</c> put the parts in
    /// <c>&lt;invalid-global-code&gt;</c>, whose name made the hint name invalid: CS8785, and every generated
    /// member vanished from the IDE. Now the generator skips them (the compiler reports the missing brace).
    /// </summary>
    [Theory]
    [InlineData("examples/Snippets/Accelerate/AccelerateProgramme.cs")]
    [InlineData("examples/Snippets/Accelerate/AiForScience.cs")]
    public async Task Deleting_the_brace_after_the_class_of_a_part_is_handled_without_an_exception(string file)
    {
        var sources = ExampleSources();
        var text = sources[file];
        var brace = text.IndexOf('{', text.IndexOf("public static partial class Accelerate", StringComparison.Ordinal));
        sources[file] = text.Remove(brace, 1);

        Assert.Empty(await Exceptions(sources, "AccelerateSpark"));
    }

    /// <summary>
    /// Issue 12, found by <c>GeneratorFuzzTests</c> at 10,000 edits: two members of one type under one name (the
    /// compiler reports the duplicate) gave two generated files one hint name, which Roslyn refuses across
    /// outputs: CS8785. Names that differ only in case collide too (hint names ignore case).
    /// </summary>
    [Theory]
    [InlineData("[TalkPart] public static TalkPart AiForScience() => TalkPart.Create().Subsection(\"Twice\").Markdown(\"x\");")]
    [InlineData("[TalkPart] public static TalkPart aiforscience => TalkPart.Create().Subsection(\"Case\").Markdown(\"x\");")]
    public async Task Two_parts_under_one_hint_name_are_handled_without_an_exception(string member)
    {
        var sources = ExampleSources();
        const string file = "examples/Snippets/Accelerate/AiForScience.cs";
        var text = sources[file];
        var brace = text.IndexOf('{', text.IndexOf("public static partial class Accelerate", StringComparison.Ordinal));
        sources[file] = text.Insert(brace + 1, "\n    " + member + "\n");

        Assert.Empty(await Exceptions(sources, "AccelerateSpark"));
    }

    /// <summary>The typed calls half-typed: a media factory without its arguments, a caption cut mid-string, a notation without its definition.</summary>
    [Theory]
    [InlineData("/src/Typed.cs")]
    [InlineData("/src/Figures.cs")]
    public Task Every_prefix_of_the_typed_talk_and_its_part_is_handled_without_an_exception(string file) =>
        EveryPrefixIsHandled(new() { ["/src/Typed.cs"] = TestTalks.Typed, ["/src/Figures.cs"] = TestTalks.TypedPartsFile }, file, "TalkTests");

    /// <summary>What the generator and the analyzers threw on <paramref name="sources"/>, run twice on one driver (cached and fresh).</summary>
    private static async Task<List<string>> Exceptions(Dictionary<string, string> sources, string assemblyName)
    {
        var exceptions = new List<string>();
        var compilation = TestCompilation.Create(sources.Select(s => (s.Key, s.Value)), assemblyName);
        var driver = GeneratorHarness.CreateDriver();
        for (var run = 0; run < 2; run++)
        {
            driver = driver.RunGenerators(compilation);
            var result = driver.GetRunResult();
            exceptions.AddRange(result.Results.Where(r => r.Exception is not null).Select(r => $"generator: {r.Exception}"));
            exceptions.AddRange(result.Diagnostics.Where(d => d.Id is "CS8785").Select(d => d.ToString()));
        }

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (exception, _, _) => exceptions.Add($"analyzer: {exception}"), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([new TalkAnalyzer()], options).GetAllDiagnosticsAsync();
        exceptions.AddRange(diagnostics.Where(d => d.Id is "AD0001").Select(d => d.ToString()));
        return exceptions;
    }

    private static async Task EveryPrefixIsHandled(Dictionary<string, string> sources, string file, string assemblyName)
    {
        var text = sources[file];
        var boundaries = CSharpSyntaxTree.ParseText(text, TestCompilation.ParseOptions).GetRoot()
            .DescendantTokens(descendIntoTrivia: false)
            .Select(t => t.FullSpan.End)
            .Prepend(0)
            .Distinct()
            .ToList();
        Assert.True(boundaries.Count > 50, $"{file} has only {boundaries.Count} tokens");

        var exceptions = new ConcurrentBag<string>();
        var driver = GeneratorHarness.CreateDriver();
        foreach (var end in boundaries)
        {
            var files = sources.Select(s => (s.Key, s.Key == file ? text[..end] : s.Value));
            var compilation = TestCompilation.Create(files, assemblyName);

            // The same driver across prefixes, as in the IDE: the incremental state must survive broken code too.
            driver = driver.RunGenerators(compilation);
            var run = driver.GetRunResult();
            if (run.Results.Single().Exception is { } generatorException)
            {
                exceptions.Add($"generator at {end}: {generatorException}");
            }

            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                (exception, analyzer, _) => exceptions.Add($"analyzer at {end}: {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers([new TalkAnalyzer()], options).GetAllDiagnosticsAsync();
            foreach (var diagnostic in run.Diagnostics.Concat(diagnostics).Where(d => d.Id is "CS8785" or "AD0001"))
            {
                exceptions.Add($"{diagnostic.Id} at {end}: {diagnostic}");
            }
        }

        Assert.Empty(exceptions);
    }

    /// <summary>The example talk and all its parts, by repository path.</summary>
    internal static Dictionary<string, string> ExampleSources() =>
        new[] { "examples/AccelerateSpark", "examples/Snippets" }
            .SelectMany(folder => Directory.EnumerateFiles(Repository.PathTo(folder), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .Where(path => File.ReadAllText(path).Contains("TalkPart", StringComparison.Ordinal) || path.EndsWith("AccelerateSparkInformationSession.cs", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'), File.ReadAllText);
}
