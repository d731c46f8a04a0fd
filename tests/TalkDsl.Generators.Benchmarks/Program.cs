// Times the TalkDsl generator and analyzer on the example and on a synthetic project of 300 talks x 20
// sections, once with Markdown only and once with the typed calls (image, figure, columns, code) too: a full run (fresh driver, fresh compilation, nothing bound yet) and a run after a
// one-character edit (the IDE's case: warm driver, one tree changed), beside the floor under both: the
// compiler binding those members' bodies alone. Then a 5,000-entry generated .bib: its parse time, and the
// generator's and the analyzer's per-edit time with it attached (20 talks citing from it) against without.
// Prints medians; no assertions.
using System.Diagnostics;
using System.Globalization;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TalkDsl;
using TalkDsl.Generators;
using TalkDsl.Generators.Analyzers;

const int Warmups = 3;
const int Iterations = 10;
var parse = new CSharpParseOptions(LanguageVersion.Latest);
var references = new List<MetadataReference>(Net100.References.All) { MetadataReference.CreateFromFile(typeof(Talk).Assembly.Location) };
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

var root = FindRoot();
Console.WriteLine($"TalkDsl generator timings ({Iterations} runs after {Warmups} warm-ups; median, min) on {Environment.ProcessorCount} cores");
Console.WriteLine();

// `dotnet run -c Release -- library` times the imported lamd library alone (LibraryBenchmark.cs).
if (args.Contains("library"))
{
    LibraryBenchmark.Run(root, parse, references, options);
    return;
}

// `dotnet run -c Release -- bibliography` times the bibliography alone.
if (args.Contains("bibliography"))
{
    MeasureBibliography();
    return;
}

// The example: Snippets (parts) is compiled with the generator, so AccelerateSpark sees its manifests.
var snippetTrees = Parse(Directory.EnumerateFiles(Path.Combine(root, "examples", "Snippets"), "*.cs", SearchOption.AllDirectories));
var snippets = CSharpCompilation.Create("Snippets", snippetTrees, references, options);
Driver().RunGeneratorsAndUpdateCompilation(snippets, out var snippetsWithManifests, out _);
var snippetsReference = snippetsWithManifests.ToMetadataReference();
var exampleTrees = Parse(Directory.EnumerateFiles(Path.Combine(root, "examples", "AccelerateSpark"), "*.cs"));
Measure("example: Snippets (6 parts)", snippetTrees, [], "AccelerateProgramme.cs", "Accelerate");
Measure("example: AccelerateSpark (1 talk, 6 includes)", exampleTrees, [snippetsReference], "AccelerateSparkInformationSession.cs", "Welcome");

// 300 talks of 20 sections, each including two of 30 shared parts.
var synthetic = Enumerable.Range(0, 300).Select(n => SyntheticTalk(n, typed: false)).Append(SyntheticParts()).ToList();
Measure("synthetic: 300 talks x 20 sections", synthetic, [], "Talk150.cs", "Section 10 of talk 150");

// The same with an image, a figure, two columns and a code block on every slide, and a notation table.
var typed = Enumerable.Range(0, 300).Select(n => SyntheticTalk(n, typed: true)).Append(SyntheticParts()).ToList();
Measure("synthetic: 300 talks x 20 sections, typed calls", typed, [], "Talk150.cs", "Section 10 of talk 150");

MeasureBibliography();

// A generated .bib of 5,000 entries (articles, proceedings, books; @string macros, accents, braces) and 20
// talks of 20 sections, each citing 40 of its keys: parse time, then the per-edit cost with it attached.
void MeasureBibliography()
{
    const int entries = 5000;
    var bib = GeneratedBibliography(entries);
    var parseTime = Time(() => TalkDsl.Rules.Citations.BibTexReader.Read(bib));
    var parsed = TalkDsl.Rules.Citations.BibTexReader.Read(bib);
    Console.WriteLine($"bibliography: a generated .bib of {parsed.Records.Count} entries ({bib.Length / 1024} KiB, {parsed.Problems.Count} problems)");
    Console.WriteLine($"  BibTeX reader, whole file:       {parseTime}");

    var citing = Enumerable.Range(0, 20).Select(n => CitingTalk(n, cites: true)).ToList();
    var plain = Enumerable.Range(0, 20).Select(n => CitingTalk(n, cites: false)).ToList();
    var bibText = new InMemoryText("/synthetic/cite/refs.bib", bib);
    foreach (var (label, trees, files) in new (string, List<SyntaxTree>, AdditionalText[])[]
    {
        ("without a bibliography", plain, []),
        ("with the .bib attached", citing, [bibText]),
    })
    {
        // The generator: warm driver, one character typed into one talk.
        var current = CSharpCompilation.Create("Bench", trees, references, options);
        var driver = Driver().AddAdditionalTexts([.. files]).RunGenerators(current);
        var tree = current.SyntaxTrees.Single(t => t.FilePath.EndsWith("Cite10.cs", StringComparison.Ordinal));
        var position = tree.GetText().ToString().IndexOf("Section 10", StringComparison.Ordinal) + "Section 10".Length;
        var edits = 0;
        var generatorEdit = Time(() =>
        {
            var changed = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(position + edits++, 0), "x")));
            current = current.ReplaceSyntaxTree(tree, changed);
            tree = changed;
            driver = driver.RunGenerators(current);
        });

        // The analyzer after an edit: a new compilation, the same unchanged AdditionalText (read once, kept).
        var analyzerOptions = new AnalyzerOptions([.. files]);
        var analyzerEdit = Time(() =>
        {
            var changed = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(new TextSpan(position + edits++, 0), "x")));
            current = current.ReplaceSyntaxTree(tree, changed);
            tree = changed;
            current.WithAnalyzers([new TalkAnalyzer()], analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        });
        Console.WriteLine($"  20 talks {label}:");
        Console.WriteLine($"    generator, after a 1-char edit: {generatorEdit}");
        Console.WriteLine($"    analyzer, after a 1-char edit:  {analyzerEdit}");
    }

    // The .bib itself edited: a new AdditionalText, which the generator reads again (and re-emits the talks
    // citing what changed) and so does the analyzer.
    var generatorCurrent = CSharpCompilation.Create("Bench", citing, references, options);
    AdditionalText generatorBib = bibText;
    var bibDriver = Driver().AddAdditionalTexts([generatorBib]).RunGenerators(generatorCurrent);
    var precompiled = bibDriver.GetRunResult().GeneratedTrees.Count(t => t.ToString().Contains("isPrecompiled: true", StringComparison.Ordinal));
    var bibEdits = 0;
    var generatorBibEdit = Time(() =>
    {
        var edited = new InMemoryText("/synthetic/cite/refs.bib", bib + "\n% edited " + bibEdits++);
        bibDriver = bibDriver.ReplaceAdditionalText(generatorBib, edited).RunGenerators(generatorCurrent);
        generatorBib = edited;
    });
    Console.WriteLine($"  generator, after an edit of the .bib: {generatorBibEdit} ({precompiled} of 20 citing talks replayed from constants)");

    // The .bib itself edited: a new AdditionalText, so the analyzer reads it again.
    var coldOptions = () => new AnalyzerOptions([new InMemoryText("/synthetic/cite/refs.bib", bib + "\n% edited")]);
    var citingCompilation = CSharpCompilation.Create("Bench", citing, references, options);
    var bibEdit = Time(() => citingCompilation.WithAnalyzers([new TalkAnalyzer()], coldOptions()).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
    Console.WriteLine($"  analyzer, after an edit of the .bib: {bibEdit}");
}

string GeneratedBibliography(int count)
{
    var text = new System.Text.StringBuilder("@string{jmlr = {Journal of Machine Learning Research}}\n@string{nips = {Advances in Neural Information Processing Systems}}\n");
    for (var i = 0; i < count; i++)
    {
        var type = (i % 3) switch { 0 => "article", 1 => "inproceedings", _ => "book" };
        text.Append(CultureInfo.InvariantCulture, $$"""
            @{{type}}{Author{{i}}:topic{{i % 97}},
              author = {Neil D. Lawrence and Andreas C. Damianou and Bernhard Sch{"o}lkopf and Jos'{e} Mart'inez and others},
              title = {A {G}aussian Process Study Number {{i}}: {\em Deep} Models with $\mathbf{x}$ -- and Kernels},
              {{(i % 3 == 0 ? "journal = jmlr" : "booktitle = nips # { " + i + "}")}},
              volume = {{{i % 40}}}, pages = {{{i}}--{{i + 12}}}, year = {{1990 + i % 35}}, month = jun,
              doi = {10.1000/test.{{i}}},
              publisher = {MIT Press}
            }

            """);
    }

    return text.ToString();
}

SyntaxTree CitingTalk(int n, bool cites)
{
    var sections = string.Concat(Enumerable.Range(0, 20).Select(s => $$""""

                .Subsection("Section {{s}} of talk {{n}}")
                    .Markdown("""
                        * A first point {{(cites ? $"[@Author{n * 200 + s}:topic{(n * 200 + s) % 97}]" : "with no citation")}}
                        * A second point, {{(cites ? $"@Author{n * 200 + s + 100}:topic{(n * 200 + s + 100) % 97} [p. 3]" : "still none")}}
                        """)
        """"));
    var text = $$"""
        using TalkDsl;

        namespace Synthetic;

        public static partial class Cite{{n}}
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Citing talk {{n}}")
                .Author(given: "Ada", family: "Lovelace"){{(cites ? "\n            .Bibliography(\"refs.bib\")" : string.Empty)}}{{sections}}
                .References();
        }
        """;
    return CSharpSyntaxTree.ParseText(text, parse, $"/synthetic/cite/Cite{n}.cs");
}

void Measure(string name, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<MetadataReference> extra, string editFile, string editNear)
{
    var all = references.Concat(extra).ToList();
    var full = Time(() =>
    {
        var compilation = CSharpCompilation.Create("Bench", trees, all, options);
        Driver().RunGenerators(compilation);
    });

    // Warm driver, then one character typed into one talk, again and again.
    var current = CSharpCompilation.Create("Bench", trees, all, options);
    var driver = Driver().RunGenerators(current);
    var sources = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();
    var talks = sources.Count(s => s.Contains("isPrecompiled:", StringComparison.Ordinal));
    var replayed = sources.Count(s => s.Contains("isPrecompiled: true", StringComparison.Ordinal));
    var tree = current.SyntaxTrees.Single(t => t.FilePath.EndsWith(editFile, StringComparison.Ordinal));
    var position = tree.GetText().ToString().IndexOf(editNear, StringComparison.Ordinal) + editNear.Length;
    var edits = 0;
    var edit = Time(() =>
    {
        var text = tree.GetText();
        var changed = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(position + edits, 0), "x")));
        edits++;
        current = current.ReplaceSyntaxTree(tree, changed);
        tree = changed;
        driver = driver.RunGenerators(current);
    });

    // The floor under any semantic transform: binding every [Talk]/[TalkPart] member's body once, in a
    // compilation no one has bound yet (what each edit costs the generator, since Roslyn rebinds per edit).
    var members = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()
        .Where(m => m.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "Talk" or "TalkPart"))).ToList();
    var binding = Time(() =>
    {
        var compilation = CSharpCompilation.Create("Bench", trees, all, options);
        foreach (var member in members)
        {
            var body = member switch
            {
                MethodDeclarationSyntax method => (SyntaxNode?)method.ExpressionBody ?? method.Body,
                PropertyDeclarationSyntax property => property.ExpressionBody,
                _ => null,
            };
            if (body is not null)
            {
                compilation.GetSemanticModel(member.SyntaxTree).GetOperation(body);
            }
        }
    });

    var analyzers = Time(() =>
    {
        var compilation = CSharpCompilation.Create("Bench", trees, all, options);
        compilation.WithAnalyzers([new TalkAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    });

    Console.WriteLine($"{name} ({replayed} of {talks} talks replayed from constants)");
    Console.WriteLine($"  generator, full run:             {full}");
    Console.WriteLine($"  generator, after a 1-char edit:  {edit}");
    Console.WriteLine($"  binding alone, {members.Count} members:".PadRight(35) + binding);
    Console.WriteLine($"  analyzer, full compilation:      {analyzers}");
}

GeneratorDriver Driver() => CSharpGeneratorDriver.Create([new TalkGenerator().AsSourceGenerator()], parseOptions: parse);

string Time(Action action) => Timing.Wall(action, Warmups, Iterations);

List<SyntaxTree> Parse(IEnumerable<string> paths) => paths
    .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
    .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), parse, p))
    .ToList();

SyntaxTree SyntheticTalk(int n, bool typed)
{
    var calls = typed ? """

                    .Image("diagrams/slide.png", "60%", "A diagram")
                    .Figure(Media.Image("diagrams/figure.svg", "50%"), "What the figure shows, with $k(x, x')$.", "figure")
                    .Columns(Media.Markdown("* left"), Media.YouTube("dQw4w9WgXcQ"), "40%", "60%")
                    .Code("import numpy as np", CodeKind.Setup)
        """ : string.Empty;
    var notation = typed ? """

                .Notation(@"\mappingFunction", @"\mathbf{f}")
                .Notation(@"\kernelScalar", @"k\left(#1, #2\right)", 2)
        """ : string.Empty;
    var sections = string.Concat(Enumerable.Range(0, 20).Select(s => $$""""

                .{{(s % 5 == 0 ? "Section" : "Subsection")}}("Section {{s}} of talk {{n}}")
                    .Markdown("""
                        * A first point about topic {{s}}
                        * A second point, with $x_{{s}}$ in it
                        """)
                    .SpeakerNotes("""
                        What to say on slide {{s}} of talk {{n}}: a paragraph of speaker notes
                        long enough to count words for the estimate of the talk's length.
                        """){{calls}}
        """"));
    var text = $$"""
        using System;
        using TalkDsl;

        namespace Synthetic;

        public static partial class Talk{{n}}
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Synthetic talk {{n}}")
                .Author(given: "Ada", family: "Lovelace", url: "https://example.org")
                .Date(2024, 1, 1 + {{n % 28}})
                .Duration(TimeSpan.FromMinutes(60)){{notation}}{{sections}}
                .Include(Parts.Part{{n % 30}})
                .Include(Parts.Part{{(n + 7) % 30}})
                .Thanks()
                .References();
        }
        """;
    return CSharpSyntaxTree.ParseText(text, parse, $"/synthetic/{(typed ? "typed/" : string.Empty)}Talk{n}.cs");
}

SyntaxTree SyntheticParts()
{
    var parts = string.Concat(Enumerable.Range(0, 30).Select(p => $$"""

            [TalkPart]
            public static TalkPart Part{{p}} => TalkPart.Create()
                .Subsection("Shared part {{p}}")
                .Markdown("Content of shared part {{p}}.")
                .Notes("Notes of shared part {{p}}.");
        """));
    return CSharpSyntaxTree.ParseText("using TalkDsl;\nnamespace Synthetic;\npublic static partial class Parts\n{" + parts + "\n}\n", parse, "/synthetic/Parts.cs");
}

static string FindRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "TalkDsl.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}

/// <summary>An additional file (the .bib) as the compiler is given it.</summary>
internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
