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

    /// <summary>The typed calls half-typed: a media factory without its arguments, a caption cut mid-string, a notation without its definition.</summary>
    [Theory]
    [InlineData("/src/Typed.cs")]
    [InlineData("/src/Figures.cs")]
    public Task Every_prefix_of_the_typed_talk_and_its_part_is_handled_without_an_exception(string file) =>
        EveryPrefixIsHandled(new() { ["/src/Typed.cs"] = TestTalks.Typed, ["/src/Figures.cs"] = TestTalks.TypedPartsFile }, file, "TalkTests");

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
    private static Dictionary<string, string> ExampleSources() =>
        new[] { "examples/AccelerateSpark", "examples/Snippets" }
            .SelectMany(folder => Directory.EnumerateFiles(Repository.PathTo(folder), "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .Where(path => File.ReadAllText(path).Contains("TalkPart", StringComparison.Ordinal) || path.EndsWith("AccelerateSparkInformationSession.cs", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'), File.ReadAllText);
}
