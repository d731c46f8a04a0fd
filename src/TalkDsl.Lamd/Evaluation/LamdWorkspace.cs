using System.Collections.Immutable;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Evaluation;

/// <summary>A talk read and evaluated: front matter merged over <c>_lamd.yml</c>, and its body.</summary>
public sealed record LamdTalk(string FullPath, string DisplayPath, LamdFrontMatter FrontMatter, ImmutableArray<BodyNode> Body);

/// <summary>
/// Reads talks and the snippets they include, for one import. Each file is parsed once; each snippet
/// becomes one <see cref="LamdPart"/> for each different evaluation of it (most have one). Every finding, in any file, is collected
/// in <see cref="Diagnostics"/> once.
/// </summary>
public sealed class LamdWorkspace
{
    private readonly Dictionary<string, LamdSyntaxTree?> _trees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LamdPart> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LamdPart>> _readings = new(StringComparer.Ordinal);
    private readonly List<LamdDiagnostic> _diagnostics = [];
    private readonly HashSet<LamdDiagnostic> _reported = [];

    public LamdWorkspace(LamdReaderOptions? options = null)
    {
        Options = options ?? new LamdReaderOptions();
    }

    public LamdReaderOptions Options { get; }

    /// <summary>Everything found so far, in the order found.</summary>
    public IReadOnlyList<LamdDiagnostic> Diagnostics => _diagnostics;

    /// <summary>The parts made so far, by <see cref="LamdPart.Key"/>: one per snippet and reading.</summary>
    public IReadOnlyDictionary<string, LamdPart> Parts => _parts;

    /// <summary>
    /// Reads and evaluates the talk at <paramref name="path"/>. Returns null when the talk file itself has
    /// an error (see <see cref="Diagnostics"/>); a snippet with an error is left out of the talk instead.
    /// </summary>
    public LamdTalk? ReadTalk(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var scope = new FileScope(this);
        if (Parse(fullPath, scope) is not { } tree || scope.HasErrors)
        {
            return null;
        }

        var defaults = ReadDefaults(fullPath, scope);
        var evaluator = new LamdEvaluator(this, output: null, Options.LamdMacros);
        var body = evaluator.EvaluateFile(tree, scope);
        if (scope.HasErrors)
        {
            return null;
        }

        var frontMatter = (tree.FrontMatter ?? LamdFrontMatter.Empty).Over(defaults ?? LamdFrontMatter.Empty);
        return new LamdTalk(fullPath, tree.File.DisplayPath, frontMatter, body);
    }

    /// <summary>The parse tree of a file, read once; null when it cannot be read. Its own diagnostics go to <paramref name="scope"/> the first time.</summary>
    internal LamdSyntaxTree? Parse(string fullPath, FileScope scope)
    {
        if (_trees.TryGetValue(fullPath, out var cached))
        {
            if (cached is null || cached.HasErrors)
            {
                scope.MarkFailed();
            }

            return cached;
        }

        var loadDiagnostics = new List<LamdDiagnostic>();
        var file = LamdSourceFile.Load(fullPath, Options.DisplayPath(fullPath), loadDiagnostics);
        var tree = file is null ? null : LamdParser.Parse(file);
        _trees[fullPath] = tree;
        foreach (var diagnostic in loadDiagnostics.Concat(tree?.Diagnostics ?? []))
        {
            scope.Report(diagnostic);
        }

        return tree;
    }

    internal void Report(LamdDiagnostic diagnostic)
    {
        if (_reported.Add(diagnostic))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    /// <summary>
    /// The part for this evaluation of a snippet: the one an earlier talk made when it read the snippet the same
    /// way (same text, same parts included), so a snippet most talks read alike stays one part; otherwise a new
    /// reading of it, as gpp evaluates the snippet afresh in each talk (an <c>\ifndef</c> or a macro inside it
    /// depends on what the talk defined before the include).
    /// </summary>
    internal LamdPart RegisterPart(LamdPart part, SourcePosition includedAt)
    {
        if (!_readings.TryGetValue(part.FullPath, out var readings))
        {
            _readings[part.FullPath] = [part];
            _parts[part.Key] = part;
            return part;
        }

        var reading = BodySource.Reading(part.Body);
        if (readings.FirstOrDefault(r => BodySource.Reading(r.Body) == reading) is { } same)
        {
            return same;
        }

        var added = part with { Reading = readings.Count + 1 };
        readings.Add(added);
        _parts[added.Key] = added;
        Report(new LamdDiagnostic(LamdSeverity.Info, LamdDiagnosticIds.SnippetDiffers, includedAt,
            $"{part.DisplayPath} reads differently here than in the talks read before (the macros defined before the include differ, and gpp evaluates a snippet afresh in each talk): this reading becomes a part of its own (reading {added.Reading})"));
        return added;
    }

    /// <summary>The part an earlier talk made of the snippet at <paramref name="fullPath"/> first, if any.</summary>
    internal LamdPart? FirstReading(string fullPath) => _readings.TryGetValue(fullPath, out var readings) ? readings[0] : null;

    private LamdFrontMatter? ReadDefaults(string talkPath, FileScope scope)
    {
        var defaultsPath = Path.Combine(Path.GetDirectoryName(talkPath) ?? ".", "_lamd.yml");
        if (!File.Exists(defaultsPath))
        {
            return null;
        }

        var diagnostics = new List<LamdDiagnostic>();
        var file = LamdSourceFile.Load(defaultsPath, Options.DisplayPath(defaultsPath), diagnostics);
        var defaults = file is null ? null : LamdFrontMatter.Parse(file, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            // A broken _lamd.yml costs the talk its defaults, not the talk itself.
            scope.Report(diagnostic with { Severity = LamdSeverity.Warning, Message = diagnostic.Message + "; the talk is imported without these defaults" });
        }

        return defaults;
    }
}

/// <summary>The findings of one file's evaluation: an error anywhere in the file fails it.</summary>
internal sealed class FileScope(LamdWorkspace workspace)
{
    public bool HasErrors { get; private set; }

    public void Report(LamdDiagnostic diagnostic)
    {
        workspace.Report(diagnostic);
        if (diagnostic.Severity == LamdSeverity.Error)
        {
            HasErrors = true;
        }
    }

    public void MarkFailed() => HasErrors = true;
}
