using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Evaluation;

/// <summary>
/// lamd's own macro files (<c>talk-macros.gpp</c> and the files it includes), read once for each of lamd's
/// HTML builds (SLIDES and NOTES, with HTML defined), and its LaTeX notation (<c>talk-notation.tex</c>) when it
/// is beside them. A lamd construct with no typed call becomes what these definitions make of it in each
/// output: <see cref="Expand"/> is gpp's run for that output, on that construct alone.
/// </summary>
public sealed class LamdMacroLibrary
{
    public const string MacrosFileName = "talk-macros.gpp";
    public const string NotationFileName = "talk-notation.tex";

    private readonly LamdEvaluator _slides;
    private readonly LamdEvaluator _notes;
    private readonly LamdWorkspace _workspace;

    private LamdMacroLibrary(string macrosFile, string? notationFile, LamdWorkspace workspace, LamdEvaluator slides, LamdEvaluator notes)
    {
        MacrosFile = macrosFile;
        NotationFile = notationFile;
        _workspace = workspace;
        _slides = slides;
        _notes = notes;
        // Aliases count too: \tomBorchertPicture{15%} appends its argument to the definition.
        Names = slides.Defined.Concat(notes.Defined).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The <c>talk-macros.gpp</c> read.</summary>
    public string MacrosFile { get; }

    /// <summary>The <c>talk-notation.tex</c> beside it (or in an <c>includes</c> folder beside it), if there is one.</summary>
    public string? NotationFile { get; }

    /// <summary>The macros lamd's files define that take arguments: called in a talk, each is a construct lamd's expansion stands in for.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>
    /// The folder's <c>talk-macros.gpp</c> (in it or its <c>macros</c> folder), read for both outputs; null
    /// when there is none, or it does not read (the findings go to <paramref name="diagnostics"/>).
    /// </summary>
    /// <param name="snippetDirectories">Where an include inside an expansion is looked for after lamd's macro folder (the import's snippets).</param>
    public static LamdMacroLibrary? Load(string folder, IReadOnlyList<string> snippetDirectories, ICollection<LamdDiagnostic> diagnostics)
    {
        var macros = new[] { folder, Path.Combine(folder, "macros") }.Select(f => Path.Combine(f, MacrosFileName)).FirstOrDefault(File.Exists);
        if (macros is null)
        {
            return null;
        }

        var macrosFolder = Path.GetDirectoryName(macros)!;
        var notation = new[] { macrosFolder, Path.Combine(macrosFolder, "includes"), Path.Combine(folder, "includes"), Path.Combine(Path.GetDirectoryName(macrosFolder) ?? macrosFolder, "includes") }
            .Select(f => Path.Combine(f, NotationFileName)).FirstOrDefault(File.Exists);
        var workspace = new LamdWorkspace(new LamdReaderOptions { SnippetDirectories = [macrosFolder, .. snippetDirectories] });
        var scope = new FileScope(workspace);
        if (workspace.Parse(Path.GetFullPath(macros), scope) is not { } tree || scope.HasErrors)
        {
            foreach (var finding in workspace.Diagnostics)
            {
                diagnostics.Add(finding);
            }

            return null;
        }

        LamdEvaluator Primed(string output)
        {
            var evaluator = new LamdEvaluator(workspace, output);
            evaluator.EvaluateFile(tree, scope);
            return evaluator;
        }

        return new LamdMacroLibrary(macros, notation, workspace, Primed(LamdBuildFlags.Slides), Primed(LamdBuildFlags.Notes));
    }

    /// <summary>
    /// What lamd's build for <paramref name="output"/> makes of <paramref name="source"/> (lamd source, user
    /// macros already expanded), its work counted against <paramref name="budget"/>.
    /// </summary>
    /// <exception cref="LamdLimitException">The expansion went over the budget or nests too deep (LAMD019, LAMD020).</exception>
    public string Expand(string source, BranchTarget output, SourcePosition at, LamdExpansionBudget budget)
    {
        var evaluator = new LamdEvaluator(output == BranchTarget.Slides ? _slides : _notes, budget);
        var file = new LamdSourceFile(MacrosFile, at.File, source);
        try
        {
            return evaluator.EvaluateText(file, new FileScope(_workspace));
        }
        catch (LamdLimitException limit)
        {
            // Placed at the construct in the talk: the evaluator only knows the construct's own text.
            throw new LamdLimitException(limit.Diagnostic with { Position = at });
        }
        catch (InsufficientExecutionStackException)
        {
            throw new LamdLimitException(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.TooDeep, at,
                "lamd's expansion of this construct nests too deep to evaluate: simplify the nesting (the file is not imported)"));
        }
    }
}
