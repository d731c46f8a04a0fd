using System.Collections.Immutable;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Evaluation;

/// <summary>A talk read and evaluated: front matter merged over <c>_lamd.yml</c>, and its body.</summary>
public sealed record LamdTalk(string FullPath, string DisplayPath, LamdFrontMatter FrontMatter, ImmutableArray<BodyNode> Body);

/// <summary>
/// Reads talks and the snippets they include, for one import. Each file is parsed once; each snippet
/// becomes one <see cref="LamdPart"/>, from its first evaluation. Every finding, in any file, is collected
/// in <see cref="Diagnostics"/> once.
/// </summary>
public sealed class LamdWorkspace
{
    private readonly Dictionary<string, LamdSyntaxTree?> _trees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LamdPart> _parts = new(StringComparer.Ordinal);
    private readonly List<LamdDiagnostic> _diagnostics = [];
    private readonly HashSet<LamdDiagnostic> _reported = [];

    public LamdWorkspace(LamdReaderOptions? options = null)
    {
        Options = options ?? new LamdReaderOptions();
    }

    public LamdReaderOptions Options { get; }

    /// <summary>Everything found so far, in the order found.</summary>
    public IReadOnlyList<LamdDiagnostic> Diagnostics => _diagnostics;

    /// <summary>The snippets evaluated so far, by full path.</summary>
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

    /// <summary>Keeps the first evaluation of a snippet; warns when a later talk evaluates it differently.</summary>
    internal LamdPart RegisterPart(LamdPart part, SourcePosition includedAt)
    {
        if (!_parts.TryGetValue(part.FullPath, out var first))
        {
            _parts[part.FullPath] = part;
            return part;
        }

        if (BodySource.Of(first.Body) != BodySource.Of(part.Body))
        {
            Report(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.SnippetDiffers, includedAt,
                $"{part.DisplayPath} reads differently here than where it was first included (the macros defined before the include differ); the part keeps its first reading: check it, or define the macros it depends on inside the snippet"));
        }

        return first;
    }

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
