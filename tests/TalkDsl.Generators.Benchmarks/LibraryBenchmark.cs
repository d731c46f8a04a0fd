// What compile-time checking costs on a real library (issue 10, scope 3): imports ../shared/lamd (its talks,
// with the whole snippets folder to include from) with `talk import`'s importer into a temporary project,
// then times, with Roslyn in process: the compiler alone (parse, bind, emit; no TalkDsl generator or
// analyzer), how many talks and parts the generator reads from their syntax alone, TalkDsl's generator (full
// run, and after a one-character edit of one part and of one talk),
// TalkDsl's analyzer (full, and the IDE's pass over the edited file), the compiler on the generated code,
// and the size of the generated code against the sources (built as the application it is, and as a library,
// whose parts carry manifests). Prints medians; no assertions.
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TalkDsl.Generators;
using TalkDsl.Generators.Analyzers;
using TalkDsl.Lamd.Import;

internal static class LibraryBenchmark
{
    private const int Warmups = 1;
    private const int Iterations = 7;

    public static void Run(string root, CSharpParseOptions parse, IReadOnlyList<MetadataReference> references, CSharpCompilationOptions options)
    {
        var lamd = Path.GetFullPath(Path.Combine(root, "..", "shared", "lamd"));
        if (!Directory.Exists(Path.Combine(lamd, "talks")))
        {
            Console.WriteLine($"No lamd library at {lamd}: lay shared/lamd beside the repository.");
            return;
        }

        // 1. The project `talk import talks --snippets snippets` writes, in a temporary folder.
        var project = Directory.CreateTempSubdirectory("talkdsl-library-").FullName;
        try
        {
            var watch = Stopwatch.StartNew();
            var result = new LamdImporter(new ImportOptions
            {
                SnippetDirectories = [Path.Combine(lamd, "snippets")],
                DisplayRoot = lamd,
                ProjectName = "Library",
            }).Import(LamdImporter.FindTalks(Path.Combine(lamd, "talks")), project);
            foreach (var file in result.Files)
            {
                var path = Path.Combine(project, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content);
            }

            Console.WriteLine($"library: {result.Summary.Talks.Length} talks and {result.Summary.Parts.Length} parts imported from {lamd} in {watch.ElapsedMilliseconds} ms"
                + (result.Summary.FailedFiles.IsEmpty ? string.Empty : $" ({result.Summary.FailedFiles.Length} files failed)"));
            Measure(project, parse, references, options);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    private static void Measure(string project, CSharpParseOptions parse, IReadOnlyList<MetadataReference> references, CSharpCompilationOptions options)
    {
        // The project is an application, as `talk import` writes it. Its host (Program.cs) names the generated
        // TalkCatalog, so every build here has an empty Main in its place.
        var sources = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != "Program.cs")
            .Order(StringComparer.Ordinal)
            .Select(p => (Path: p, Text: File.ReadAllText(p)))
            .Append((Path: Path.Combine(project, "BenchmarkHost.cs"), Text: "internal static class BenchmarkHost { private static void Main() { } }"))
            .ToList();
        var asLibrary = options;
        options = options.WithOutputKind(OutputKind.ConsoleApplication);
        var bibliographies = Directory.EnumerateFiles(project, "*.bib", SearchOption.AllDirectories)
            .Select(p => (AdditionalText)new InMemoryText(p, File.ReadAllText(p)))
            .ToImmutableArray();
        var sourceBytes = sources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text));
        List<SyntaxTree> Parse() => sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path)).ToList();
        var trees = Parse();
        CSharpCompilation Fresh(IEnumerable<SyntaxTree> t) => CSharpCompilation.Create("Library", t, references, options);

        var errors = Fresh(trees).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Console.WriteLine($"  {sources.Count} C# files, {sourceBytes / 1024.0:0} KiB; {errors.Count} compiler errors" + (errors.Count > 0 ? $" (first: {errors[0]})" : string.Empty));

        // How many [Talk]/[TalkPart] members are read from their syntax alone (a chain of literals), and how many are bound.
        var counted = Fresh(trees);
        var members = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>()
                .Where(m => m.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "Talk" or "TalkPart"))
                .Select(m => (Tree: t, Member: m)))
            .ToList();
        var literal = members.Count(m => TalkGenerator.Parser.LiteralChain.Read(m.Member, counted.GetSemanticModel(m.Tree), CancellationToken.None) is not null);
        Console.WriteLine($"  {members.Count} talks and parts: {literal} read from their syntax (chains of literals), {members.Count - literal} bound");

        // The compiler alone: parse, bind every body, emit IL, as csc does without TalkDsl attached.
        var compiler = Time(() => Emit(Fresh(Parse())));

        // The generator, full: a fresh compilation no one has bound, as in a build.
        GeneratorDriver Driver() => CSharpGeneratorDriver.Create([new TalkGenerator().AsSourceGenerator()], parseOptions: parse)
            .AddAdditionalTexts(bibliographies);
        var generator = Time(() => Driver().RunGenerators(Fresh(trees)));
        var warm = Driver().RunGenerators(Fresh(trees));
        if (warm.GetRunResult().Results.FirstOrDefault(r => r.Exception is not null) is { Exception: { } thrown })
        {
            // A debug build checks every chain read from syntax against the bound reading: run with -c Debug to check this library.
            throw new InvalidOperationException("The generator threw on the library: " + thrown.Message, thrown);
        }

        var generated = warm.GetRunResult().GeneratedTrees;
        var generatedBytes = generated.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t.ToString()));
        var largest = generated.OrderByDescending(t => t.Length).First();
        if (Environment.GetEnvironmentVariable("TALKDSL_BENCH_DUMP") is { } dump)
        {
            Directory.CreateDirectory(dump);
            foreach (var t in generated)
            {
                File.WriteAllText(Path.Combine(dump, Path.GetFileName(t.FilePath)), t.ToString());
            }

            foreach (var s in sources)
            {
                File.WriteAllText(Path.Combine(dump, "src." + Path.GetFileName(s.Path)), s.Text);
            }
        }

        var partBytes = generated.Where(t => t.ToString().Contains("ReplayContext replay)", StringComparison.Ordinal)).Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t.ToString()));

        // The same sources built as a library, whose parts also carry manifests for talks in other assemblies.
        var libraryBytes = Driver().RunGenerators(CSharpCompilation.Create("Library", trees, references, asLibrary)).GetRunResult().GeneratedTrees
            .Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t.ToString()));
        var talks = generated.Count(t => t.ToString().Contains("isPrecompiled:", StringComparison.Ordinal));
        var replayed = generated.Count(t => t.ToString().Contains("isPrecompiled: true", StringComparison.Ordinal));

        // The compiler on sources and generated code together (what a build with TalkDsl compiles).
        var withGenerated = Time(() => Emit(Fresh(Parse().Concat(generated))));

        // TalkDsl's analyzer on the whole compilation, beside the same run with an analyzer that does nothing: the
        // analyzer driver has the compiler bind every body for its events, work a build shares with compiling.
        void Analyze(DiagnosticAnalyzer analyzer) => Fresh(trees)
            .WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions(bibliographies), (e, _, _) => throw new InvalidOperationException("The analyzer threw on the library: " + e.Message, e), concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var analyzer = Time(() => Analyze(new TalkAnalyzer()));
        var driverAlone = Time(() => Analyze(new NothingAnalyzer()));

        Console.WriteLine($"  generated: {generated.Length} files, {generatedBytes / 1024.0:0} KiB = {generatedBytes / (double)sourceBytes:0.00}x the sources; {partBytes / 1024.0:0} KiB of them the parts' files; largest {Path.GetFileName(largest.FilePath)} {largest.Length / 1024.0:0} KiB; {replayed} of {talks} talks replayed from constants");
        Console.WriteLine($"  built as a library, with the parts' manifests: {libraryBytes / 1024.0:0} KiB = {libraryBytes / (double)sourceBytes:0.00}x the sources");
        Console.WriteLine($"  compiler alone (parse, bind, emit):      {compiler}");
        Console.WriteLine($"  compiler, sources + generated code:      {withGenerated}");
        Console.WriteLine($"  TalkDsl generator, full run:             {generator}");
        Console.WriteLine($"  TalkDsl analyzer, full compilation:      {analyzer}");
        Console.WriteLine($"  an analyzer that does nothing, the same: {driverAlone}");

        // A one-character edit of one part and of one talk: the IDE's case (warm driver, one tree changed),
        // and the analyzer's pass over the edited file.
        var partFile = trees.Where(t => t.ToString().Contains("[TalkPart]", StringComparison.Ordinal)).OrderByDescending(t => Includers(trees, t)).First();
        var talkFile = trees.Where(t => t.ToString().Contains("[Talk]", StringComparison.Ordinal)).OrderByDescending(t => t.Length).First();
        foreach (var (label, file) in new[] { ("a part", partFile), ("a talk", talkFile) })
        {
            var current = Fresh(trees);
            var driver = Driver().RunGenerators(current);
            var tree = current.SyntaxTrees.Single(t => t.FilePath == file.FilePath);
            var position = FirstMarkdownLetter(tree);
            var edits = 0;
            CSharpCompilation Edited()
            {
                var changed = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(position + edits++ % 5, 0), "x")));
                current = current.ReplaceSyntaxTree(tree, changed);
                tree = changed;
                return current;
            }

            var generatorEdit = Time(() => driver = driver.RunGenerators(Edited()));
            var before = Texts(driver);
            driver = driver.RunGenerators(Edited());
            var after = Texts(driver);
            var emitted = after.Count(pair => !before.TryGetValue(pair.Key, out var text) || text != pair.Value);
            var analyzerEdit = Time(() =>
            {
                var compilation = Edited();
                var analysis = compilation.WithAnalyzers([new TalkAnalyzer()], new AnalyzerOptions(bibliographies));
                analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None).GetAwaiter().GetResult();
            });
            Console.WriteLine($"  after a 1-char edit of {label} ({Path.GetFileName(file.FilePath)}):");
            Console.WriteLine($"    TalkDsl generator:                     {generatorEdit} ({emitted} generated files changed)");
            Console.WriteLine($"    TalkDsl analyzer, the edited file:     {analyzerEdit}");
        }
    }

    private static Dictionary<string, string> Texts(GeneratorDriver driver) =>
        driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>How many files include a part declared in <paramref name="part"/> (by its type's name).</summary>
    private static int Includers(List<SyntaxTree> trees, SyntaxTree part)
    {
        var type = Path.GetFileNameWithoutExtension(part.FilePath);
        return trees.Count(t => t != part && t.ToString().Contains("Include(" + type, StringComparison.Ordinal))
            + trees.Count(t => t != part && t.ToString().Contains("." + type + ".", StringComparison.Ordinal));
    }

    /// <summary>Just inside the first Markdown string of a file: where a typed letter changes content only.</summary>
    private static int FirstMarkdownLetter(SyntaxTree tree)
    {
        var text = tree.GetText().ToString();
        var call = text.IndexOf(".Markdown(", StringComparison.Ordinal);
        var quote = text.IndexOf('"', call < 0 ? 0 : call);
        var letter = quote;
        while (letter < text.Length && !char.IsLetter(text[letter]))
        {
            letter++;
        }

        return letter;
    }

    private static void Emit(Compilation compilation)
    {
        using var peStream = new MemoryStream();
        var result = compilation.Emit(peStream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The library does not compile: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
        }
    }

    private static string Time(Action action) => Timing.WallAndCpu(action, Warmups, Iterations);

    /// <summary>Registers for the syntax the TalkDsl analyzer reads and does nothing: the driver's cost without it.</summary>
#pragma warning disable RS1036, RS1041, RS2008 // the rules for shipped analyzers: this one is a benchmark's yardstick, never loaded by a compiler
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NothingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.MethodDeclaration, Microsoft.CodeAnalysis.CSharp.SyntaxKind.PropertyDeclaration);
        }
    }
}
#pragma warning restore RS1036, RS1041, RS2008
