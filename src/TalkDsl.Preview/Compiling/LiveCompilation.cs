using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using TalkDsl.Preview.Building;

namespace TalkDsl.Preview.Compiling;

/// <summary>
/// The talk project, compiled in this process and kept alive between saves: a <see cref="CSharpCompilation"/>
/// of its sources and a <see cref="GeneratorDriver"/> running its generators. On a save only the changed
/// files are parsed again and swapped in, the driver runs incrementally (TalkDsl's generator caches each
/// talk's steps), the result is emitted to memory, and TalkDsl's analyzers look at the changed files and
/// the talks they affect. Not thread-safe: the preview's one worker calls it.
/// </summary>
internal sealed class LiveCompilation
{
    /// <summary>No PDB: the preview never debugs the talks, and writing one costs a third of the emit.</summary>
    private static readonly EmitOptions Emit = new();

    private readonly CSharpParseOptions _parseOptions;
    private readonly Encoding _encoding;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly ProjectAnalyzerConfig _config;
    private readonly Dictionary<string, AdditionalText> _additional;
    private AnalyzerOptions _analyzerOptions;
    private readonly Dictionary<string, SyntaxTree> _trees;
    private readonly Dictionary<string, IReadOnlyList<TalkDeclaration>> _talks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<Diagnostic>> _analyzerDiagnostics = new(StringComparer.Ordinal);
    private Dictionary<string, SourceText> _generated = new(StringComparer.Ordinal);
    private CSharpCompilation _compilation;
    private GeneratorDriver _driver;
    private byte[]? _lastFull;
    private MetadataReference? _lastFullReference;
    private int _talkEmits;

    private LiveCompilation(ProjectBuild build)
    {
        var args = build.Arguments;
        _parseOptions = args.ParseOptions;
        _encoding = args.Encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        ProjectFolder = build.ProjectFolder;
        var config = _config = new ProjectAnalyzerConfig(args.AnalyzerConfigPaths);
        var additional = args.AdditionalFiles.Select(file => (AdditionalText)new AdditionalFile(file.Path)).ToImmutableArray();
        _additional = additional.GroupBy(file => file.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var (generators, analyzers) = AnalyzerLoader.Load(args.AnalyzerReferences.Select(r => Path.GetFullPath(r.FilePath, build.ProjectFolder)));
        _analyzers = [.. analyzers];
        _analyzerOptions = new AnalyzerOptions(additional, config.OptionsProvider);
        _driver = CSharpGeneratorDriver.Create(generators, additional, _parseOptions, config.OptionsProvider);

        _trees = args.SourceFiles.ToDictionary(file => file.Path, file => Parse(file.Path), StringComparer.Ordinal);
        foreach (var tree in _trees.Values)
        {
            _talks[tree.FilePath] = TalkDeclaration.In(tree);
        }

        var references = args.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(Path.GetFullPath(r.Reference, build.ProjectFolder), r.Properties));
        // The preview reports warnings as warnings: /warnaserror would turn every TALK warning into an overlay over the page.
        var options = args.CompilationOptions
            .WithGeneralDiagnosticOption(ReportDiagnostic.Default)
            .WithSyntaxTreeOptionsProvider(config.TreeOptions);
        _compilation = CSharpCompilation.Create(args.CompilationName, _trees.Values, references, options);
    }

    /// <summary>The talk project's folder.</summary>
    public string ProjectFolder { get; }

    /// <summary>The source files compiled, absolute.</summary>
    public IEnumerable<string> SourceFiles => _trees.Keys;

    public static LiveCompilation Create(ProjectBuild build) => new(build);

    /// <summary>Compiles everything: the first run after a full build.</summary>
    public CompileResult CompileAll() => Compile(_trees.Keys.ToList(), everything: true);

    /// <summary>Whether <paramref name="path"/> is one of the project's <c>AdditionalFiles</c> (a .bib, an image of the media folder).</summary>
    public bool IsAdditionalFile(string path) => _additional.ContainsKey(path);

    /// <summary>
    /// Swaps in the files at <paramref name="paths"/> (changed, added or deleted .cs files; changed additional
    /// files, such as a .bib) and compiles. An additional file is handed to the generator and the analyzers
    /// anew, so the generator re-emits only the talks it changes (those citing an entry edited in a .bib).
    /// </summary>
    public CompileResult Update(IReadOnlyCollection<string> paths)
    {
        var changed = new List<string>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (_additional.TryGetValue(path, out var before))
            {
                var after = new AdditionalFile(path);
                _driver = _driver.ReplaceAdditionalText(before, after);
                _additional[path] = after;
                _analyzerOptions = new AnalyzerOptions([.. _additional.Values], _config.OptionsProvider);
                continue;
            }

            var exists = File.Exists(path);
            if (_trees.TryGetValue(path, out var old))
            {
                if (exists)
                {
                    var tree = Parse(path);
                    if (tree.GetText().ContentEquals(old.GetText()))
                    {
                        continue;
                    }

                    _compilation = _compilation.ReplaceSyntaxTree(old, tree);
                    _trees[path] = tree;
                    _talks[path] = TalkDeclaration.In(tree);
                }
                else
                {
                    _compilation = _compilation.RemoveSyntaxTrees(old);
                    _trees.Remove(path);
                    _talks.Remove(path);
                    _analyzerDiagnostics.Remove(path);
                }
            }
            else if (exists)
            {
                var tree = Parse(path);
                _compilation = _compilation.AddSyntaxTrees(tree);
                _trees[path] = tree;
                _talks[path] = TalkDeclaration.In(tree);
            }
            else
            {
                continue;
            }

            changed.Add(path);
        }

        return Compile(changed, everything: false);
    }

    private CompileResult Compile(List<string> changedFiles, bool everything)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out var withGenerated, out var generatorDiagnostics);
        var driving = watch.ElapsedMilliseconds;

        // The talks whose generated renderer changed (a part they include, a constant they use), and those declared in a changed file.
        var sources = _driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToList();
        var generated = sources.ToDictionary(s => s.HintName, s => s.SourceText, StringComparer.Ordinal);
        var changedHints = generated.Where(g => !_generated.TryGetValue(g.Key, out var before) || !before.ContentEquals(g.Value)).Select(g => g.Key)
            .Concat(_generated.Keys.Where(hint => !generated.ContainsKey(hint)))
            .ToList();
        _generated = generated;
        var declarations = _talks.Values.SelectMany(d => d).ToList();
        var talkNames = declarations.Select(d => d.TalkName).ToHashSet(StringComparer.Ordinal);
        var affected = everything || changedHints.Any(hint => hint.StartsWith("TalkCatalog", StringComparison.Ordinal))
            ? null
            : changedHints.Select(TalkNameOf).Where(talkNames.Contains)
                .Concat(changedFiles.SelectMany(path => _talks.GetValueOrDefault(path, [])).Select(d => d.TalkName))
                .ToHashSet(StringComparer.Ordinal);
        var generating = watch.ElapsedMilliseconds;

        // TalkDsl's analyzers look at the changed files and the affected talks' files once the talks are rendered (AnalyzedAsync):
        // on a busy machine the reload is not kept waiting for them.
        var analyzed = affected is null ? _trees.Keys.ToList() : changedFiles.Concat(declarations.Where(d => affected.Contains(d.TalkName)).Select(d => d.FilePath)).Distinct().ToList();

        var image = TalksOnly(changedFiles, changedHints, affected) is { } talkFiles ? EmitTalks(talkFiles, sources) : null;
        ImmutableArray<Diagnostic> emitDiagnostics = [];
        if (image is null)
        {
            using var peStream = new MemoryStream();
            var emitted = withGenerated.Emit(peStream, options: Emit);
            emitDiagnostics = emitted.Diagnostics;
            _lastFull = emitted.Success ? peStream.ToArray() : null;
            _lastFullReference = null;
            image = _lastFull is null ? null : new EmittedTalks(_lastFull, null);
        }

        var emitting = watch.ElapsedMilliseconds - generating;
        foreach (var path in analyzed)
        {
            // Until the analyzers are done with them, these files' TALK diagnostics are unknown (rendering still checks the rules).
            _analyzerDiagnostics.Remove(path);
        }

        var known = Shown(emitDiagnostics.Concat(generatorDiagnostics));
        var how = image?.ProjectAssembly is null ? "emit" : "emit of the changed talks";
        var timings = $"generators {driving} ms (+{generating - driving} ms comparing outputs), {how} {emitting} ms";
        var analysis = new Lazy<Task<(Dictionary<string, ImmutableArray<Diagnostic>> Found, long Milliseconds)>>(() => Task.Run(() =>
        {
            var found = _analyzers.Length > 0 && analyzed.Count > 0 ? Analyze(withGenerated, analyzed) : [];
            return (found, watch.ElapsedMilliseconds);
        }));
        return new CompileResult(image, known, affected, [.. declarations], timings, analysis);
    }

    /// <summary>
    /// Waits for the analyzers of <paramref name="result"/>'s compilation and returns all its diagnostics:
    /// the compiler's and generators' with every file's TALK diagnostics. Called by the preview's worker.
    /// </summary>
    public async Task<(ImmutableArray<Diagnostic> Diagnostics, string Timing)> AnalyzedAsync(CompileResult result)
    {
        var (found, milliseconds) = await result.Analysis.Value.ConfigureAwait(false);
        foreach (var (path, diagnostics) in found)
        {
            if (_trees.ContainsKey(path))
            {
                _analyzerDiagnostics[path] = diagnostics;
            }
        }

        return (Shown(result.Diagnostics.Concat(_analyzerDiagnostics.Values.SelectMany(d => d))), $"analyzers done at {milliseconds} ms");
    }

    private static ImmutableArray<Diagnostic> Shown(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed).Distinct()];

    /// <summary>
    /// The changed files when each holds talks and nothing else (every member of its types is a <c>[Talk]</c>),
    /// no other talk's renderer changed and no talk came or went: then only those talks need compiling.
    /// </summary>
    private List<string>? TalksOnly(List<string> changedFiles, List<string> changedHints, IReadOnlySet<string>? affected)
    {
        if (_lastFull is null || affected is null || changedFiles.Count == 0 || changedFiles.Any(path => !_trees.ContainsKey(path)))
        {
            return null;
        }

        var inFiles = changedFiles.SelectMany(path => _talks[path]).Select(d => d.TalkName).ToHashSet(StringComparer.Ordinal);
        if (!affected.All(inFiles.Contains) || changedHints.Any(hint => !inFiles.Contains(TalkNameOf(hint))))
        {
            return null;
        }

        return changedFiles.All(path => TalkDeclaration.HoldsOnlyTalks(_trees[path])) ? changedFiles : null;
    }

    /// <summary>
    /// Compiles only <paramref name="talkFiles"/>, their generated renderers and the project's global usings,
    /// against the last full assembly (their types there are shadowed, CS0436): an emit the size of the
    /// change, not of the project. Null when that does not compile; the full emit then reports why.
    /// </summary>
    private EmittedTalks? EmitTalks(List<string> talkFiles, List<GeneratedSourceResult> sources)
    {
        var names = talkFiles.SelectMany(path => _talks[path]).Select(d => d.TalkName).ToHashSet(StringComparer.Ordinal);
        var trees = talkFiles.Select(path => _trees[path])
            .Concat(_trees.Values.Where(TalkDeclaration.DeclaresNoType))
            .Concat(sources.Where(s => names.Contains(TalkNameOf(s.HintName))).Select(s => s.SyntaxTree));
        _talkEmits++;
        var options = _compilation.Options
            .WithOutputKind(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(_compilation.Options.SpecificDiagnosticOptions.SetItem("CS0436", ReportDiagnostic.Suppress));
        var compilation = CSharpCompilation.Create(
            $"{_compilation.AssemblyName}.Preview{_talkEmits}",
            trees,
            _compilation.References.Append(_lastFullReference ??= MetadataReference.CreateFromImage(_lastFull!)),
            options);
        using var peStream = new MemoryStream();
        return compilation.Emit(peStream, options: Emit).Success ? new EmittedTalks(peStream.ToArray(), (_compilation.AssemblyName!, _lastFull!)) : null;
    }

    private Dictionary<string, ImmutableArray<Diagnostic>> Analyze(Compilation compilation, List<string> paths)
    {
        var found = new Dictionary<string, ImmutableArray<Diagnostic>>(StringComparer.Ordinal);
        var withAnalyzers = compilation.WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(_analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        foreach (var path in paths)
        {
            if (!_trees.TryGetValue(path, out var tree))
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            var syntax = withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).GetAwaiter().GetResult();
            var semantic = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).GetAwaiter().GetResult();
            found[path] = syntax.AddRange(semantic);
        }

        return found;
    }

    /// <summary><c>Demo.Talks.MyTalk.Define.g.cs</c> is the renderer of the talk <c>MyTalk</c> (its declaring type).</summary>
    private static string TalkNameOf(string hintName)
    {
        var withoutSuffix = hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName[..^".g.cs".Length] : hintName;
        var type = withoutSuffix.LastIndexOf('.') is var member and > 0 ? withoutSuffix[..member] : withoutSuffix;
        return type.LastIndexOf('.') is var dot and >= 0 ? type[(dot + 1)..] : type;
    }

    private SyntaxTree Parse(string path)
    {
        using var stream = File.Open(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var text = SourceText.From(stream, _encoding, checksumAlgorithm: SourceHashAlgorithm.Sha256);
        return CSharpSyntaxTree.ParseText(text, _parseOptions, path);
    }
}

/// <summary>An emitted assembly of talks.</summary>
/// <param name="Image">The assembly.</param>
/// <param name="ProjectAssembly">For an emit of only the changed talks: the name and image of the full assembly it references.</param>
internal sealed record EmittedTalks(byte[] Image, (string Name, byte[] Image)? ProjectAssembly);

/// <summary>One compilation of the talk project.</summary>
/// <param name="Assembly">The emitted talks, or null when the compiler reported errors.</param>
/// <param name="Diagnostics">The errors and warnings known once emitted: the compiler's, the generators', and TalkDsl's analyzers' on the files not analyzed again.</param>
/// <param name="AffectedTalks">The names of the talks this change may have changed; null for every talk.</param>
/// <param name="Talks">Where each <c>[Talk]</c> member is declared.</param>
/// <param name="Timings">Where the time went, for the log.</param>
/// <param name="Analysis">TalkDsl's analyzers on the changed files, started by <see cref="LiveCompilation.AnalyzedAsync"/>, which adds what they find.</param>
internal sealed record CompileResult(
    EmittedTalks? Assembly,
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlySet<string>? AffectedTalks,
    ImmutableArray<TalkDeclaration> Talks,
    string Timings,
    Lazy<Task<(Dictionary<string, ImmutableArray<Diagnostic>> Found, long Milliseconds)>> Analysis);
