using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using TalkDsl.Output;
using TalkDsl.Lamd.Mapping;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Evaluation;

/// <summary>
/// Evaluates parse trees the way gpp does for one lamd run (one talk): <c>\define</c>, <c>\defeval</c>,
/// <c>\undef</c>, the conditionals and <c>\include</c> act; user macros expand (positional <c>#n</c> and
/// named arguments, aliases, empty definitions that swallow their arguments); a macro nobody defined passes
/// through as text with its arguments evaluated. Three things stay structured instead of becoming text:
/// lamd's own constructs (<see cref="ConstructTable"/>), includes of Markdown snippets (future parts), and
/// SLIDES/NOTES conditionals (future Slides/Notes calls).
/// </summary>
/// <remarks>
/// With an <paramref name="output"/> (SLIDES or NOTES) it is a plain gpp run for that one lamd build instead:
/// SLIDES and NOTES are ordinary symbols, lamd's definitions of its constructs are used, and nothing stays
/// structured (see <see cref="LamdMacroLibrary"/>). <paramref name="lamdMacros"/> names lamd's own macros
/// that, called with arguments, stay structured for the mapper (which gives them lamd's expansion).
/// </remarks>
internal sealed class LamdEvaluator(LamdWorkspace workspace, string? output = null, IReadOnlySet<string>? lamdMacros = null)
{
    private const int MaxExpansionDepth = 64;

    /// <summary>The most bodies evaluated inside each other (arguments, branches, expansions, includes): the stack stays small.</summary>
    private const int MaxEvaluationDepth = 512;

    /// <summary>The symbol with which lamd's slide macros drop the title of each <c>\subsection</c>, <c>\subsubsection</c> and <c>\newslide</c>.</summary>
    private const string NoSlideTitle = "noSlideTitle";

    private readonly Dictionary<string, MacroDefinition> _macros = new(StringComparer.Ordinal);

    /// <summary>
    /// A plain run for one output that starts with the definitions <paramref name="primed"/> has made so far,
    /// counting its work against <paramref name="budget"/> (shared by the runs for one talk or part).
    /// </summary>
    public LamdEvaluator(LamdEvaluator primed, LamdExpansionBudget budget)
        : this(primed.Workspace, primed.Output)
    {
        _budget = budget;
        foreach (var (name, definition) in primed._macros)
        {
            _macros[name] = definition;
        }
    }

    private LamdWorkspace Workspace => workspace;

    private string? Output => output;

    private IReadOnlySet<string>? LamdMacros => lamdMacros;

    /// <summary>The names of the macros defined so far.</summary>
    public IEnumerable<(string Name, bool TakesArguments)> Defined => _macros.Values.Select(m => (m.Name, !m.Parameters.IsEmpty || m.UsesArguments));

    /// <summary>Evaluates a piece of lamd source as the text gpp would write (a plain run only).</summary>
    public string EvaluateText(LamdSourceFile file, FileScope scope) =>
        BodySource.Of(Evaluate(LamdParser.ParseFragment(file).Nodes, new Frame(file, scope, Site: null, Arguments: null, Named: null)));
    private readonly Stack<string> _includeStack = new();
    // The part this talk read of each snippet it included (a snippet may have several readings, see LamdWorkspace.RegisterPart).
    private readonly Dictionary<string, LamdPart> _includedParts = new(StringComparer.Ordinal);

    // Where each snippet was first read, when that was inside \notes{…} ("notes") or \slides{…}/\speakernotes{…}
    // ("slides"): gpp reads such content in that lamd build only, so the snippet's include guard is set there only.
    private readonly Dictionary<string, (string OnlyIn, LamdPart Part)> _includedInOneBuild = new(StringComparer.Ordinal);

    // The lamd build whose content is being evaluated ("notes", "slides"), or null for content both read.
    private string? _onlyIn;
    private int _expansionDepth;
    private int _evaluationDepth;
    private readonly LamdExpansionBudget _budget = new();
    private IReadOnlyList<string> _roots = [];

    /// <summary>
    /// Evaluates a talk. Work is bounded: nesting (LAMD019), expansions and output size (LAMD020) end the
    /// evaluation with an error at the construct that went over, never with a stack overflow or a hang.
    /// </summary>
    public ImmutableArray<BodyNode> EvaluateFile(LamdSyntaxTree tree, FileScope scope)
    {
        _includeStack.Push(tree.File.FullPath);
        var options = workspace.Options;
        _roots = [.. (options.Roots.Count == 0 ? SearchFolders(tree.File).Take(2) : options.Roots).Concat(options.SnippetDirectories).Select(ContainedFiles.RealPath)];
        try
        {
            return Evaluate(tree.Body, new Frame(tree.File, scope, Site: null, Arguments: null, Named: null));
        }
        catch (LamdLimitException limit)
        {
            scope.Report(limit.Diagnostic);
            return [];
        }
        catch (InsufficientExecutionStackException)
        {
            scope.Report(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.TooDeep, tree.File.PositionAt(0),
                "the file's macros, includes and arguments nest too deep to evaluate: simplify the nesting (the file is not imported)"));
            return [];
        }
        finally
        {
            _includeStack.Pop();
        }
    }

    private ImmutableArray<BodyNode> Evaluate(ImmutableArray<LamdNode> nodes, Frame frame)
    {
        if (++_evaluationDepth > MaxEvaluationDepth)
        {
            var at = nodes.IsEmpty ? frame.File.PositionAt(0) : frame.Site ?? nodes[0].Position;
            throw new LamdLimitException(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.TooDeep, at,
                $"macros, includes and arguments nest more than {MaxEvaluationDepth} deep here: simplify the nesting (the file is not imported)"));
        }

        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var output = ImmutableArray.CreateBuilder<BodyNode>();
            foreach (var node in nodes)
            {
                Evaluate(node, frame, output);
            }

            return output.ToImmutable();
        }
        finally
        {
            _evaluationDepth--;
        }
    }

    /// <summary>Counts one expansion or include at <paramref name="site"/> against the talk's budget.</summary>
    private void Step(SourcePosition site)
    {
        if (++_budget.Steps > workspace.Options.MaxExpansions)
        {
            throw new LamdLimitException(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.ExpansionBudget, site,
                $"the talk takes more than {workspace.Options.MaxExpansions:N0} macro expansions (the one here included): a macro expands without end, e.g. one that calls another that calls it back; change the \\define so the expansion ends"));
        }
    }

    /// <summary>Counts <paramref name="characters"/> of output against the talk's budget.</summary>
    private void Produce(long characters, SourcePosition site)
    {
        _budget.Characters += characters;
        if (_budget.Characters > workspace.Options.MaxOutputChars)
        {
            throw new LamdLimitException(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.ExpansionBudget, site,
                $"the talk's macros expand into more than {workspace.Options.MaxOutputChars:N0} characters (the expansion here included): a macro grows without end, e.g. \\define{{a}}{{\\a\\a}}; change the \\define so the expansion ends"));
        }
    }

    private static long LengthOf(ImmutableArray<BodyNode> nodes) => nodes.Sum(n => n is BodyText text ? (long)text.Text.Length : 1);


    private void Evaluate(LamdNode node, Frame frame, ImmutableArray<BodyNode>.Builder output)
    {
        switch (node)
        {
            case LamdText text:
                Produce(text.Text.Length, frame.Site ?? text.Position);
                output.Add(new BodyText(text.Text, frame.Site ?? text.Position));
                break;
            case LamdArgumentReference reference when frame.Arguments is { } arguments:
                if (reference.Number <= arguments.Length)
                {
                    Produce(LengthOf(arguments[reference.Number - 1]), frame.Site ?? reference.Position);
                    output.AddRange(arguments[reference.Number - 1]);
                }

                break;
            case LamdArgumentReference reference:
                // Outside a macro body gpp leaves #n alone ("issue #1" is text).
                output.Add(new BodyText("#" + reference.Number, frame.Site ?? reference.Position));
                break;
            case LamdConditional conditional:
                EvaluateConditional(conditional, frame, output);
                break;
            case LamdMacroCall call:
                EvaluateCall(call, frame, output);
                break;
        }
    }

    private void EvaluateCall(LamdMacroCall call, Frame frame, ImmutableArray<BodyNode>.Builder output)
    {
        var position = frame.Site ?? call.Position;
        if (call.Arguments.IsEmpty && frame.Named is { } named && named.TryGetValue(call.Name, out var argument))
        {
            Produce(LengthOf(argument), position);
            output.AddRange(argument);
            return;
        }

        switch (call.Name)
        {
            case "define":
                Define(call, frame, evaluateNow: false);
                return;
            case "defeval":
                Define(call, frame, evaluateNow: true);
                return;
            case "undef":
                if (call.Arguments.Length > 0)
                {
                    _macros.Remove(NameOf(call.Arguments[0], frame));
                }

                return;
            case "include":
                Include(call, frame, output);
                return;
        }

        if (_macros.TryGetValue(call.Name, out var definition))
        {
            Expand(definition, call, frame, output);
            return;
        }

        var outer = _onlyIn;
        _onlyIn = call.Name switch { "notes" => "notes", "slides" or "speakernotes" => "slides", _ => _onlyIn };
        ImmutableArray<ImmutableArray<BodyNode>> arguments;
        try
        {
            arguments = call.Arguments.Select(a => Evaluate(a.Nodes, frame)).ToImmutableArray();
        }
        finally
        {
            _onlyIn = outer;
        }

        if (Output is null && (ConstructTable.Contains(call.Name) || (!arguments.IsEmpty && LamdMacros?.Contains(call.Name) == true)))
        {
            output.Add(new BodyConstruct(call.Name, arguments, position)
            {
                ParameterCount = call.ParameterCount,
                NoSlideTitle = call.Name is "subsection" or "subsubsection" or "newslide" && _macros.ContainsKey(NoSlideTitle),
            });
            return;
        }

        // Nobody defined it: gpp writes it out as it stands and goes on evaluating inside its braces.
        output.Add(new BodyText("\\" + call.Name, position));
        foreach (var evaluated in arguments)
        {
            output.Add(new BodyText("{", position));
            output.AddRange(evaluated);
            output.Add(new BodyText("}", position));
        }
    }

    private void Define(LamdMacroCall call, Frame frame, bool evaluateNow)
    {
        if (call.Arguments.Length == 0)
        {
            return;
        }

        var head = call.Arguments[0];
        var significant = head.Nodes.Where(n => n is not LamdText t || !string.IsNullOrWhiteSpace(t.Text)).ToList();
        string name;
        var parameters = ImmutableArray<string>.Empty;
        if (significant is [LamdMacroCall { } signature])
        {
            // Named arguments: \define{\foo{x}{y}}{… \x … \y …}
            name = signature.Name;
            parameters = signature.Arguments.Select(a => LamdParser.PlainText(a) ?? string.Empty).ToImmutableArray();
        }
        else
        {
            name = NameOf(head, frame);
        }

        if (Output is null && ConstructTable.Contains(name))
        {
            frame.Scope.Report(new LamdDiagnostic(LamdSeverity.Info, LamdDiagnosticIds.IgnoredDefinition, frame.Site ?? call.Position,
                $"lamd's own definition of \\{name} is not used: the importer maps \\{name} itself"));
            return;
        }

        MacroDefinition definition;
        if (call.Arguments.Length < 2)
        {
            definition = new MacroDefinition(name, parameters, [], string.Empty, frame.File);
        }
        else if (evaluateNow)
        {
            // \defeval: evaluated now, and again (as text) at each call.
            var text = BodySource.Of(Evaluate(call.Arguments[1].Nodes, frame));
            var (nodes, file) = Reparse(text, frame);
            definition = new MacroDefinition(name, parameters, nodes, text, file);
        }
        else
        {
            var body = call.Arguments[1];
            definition = new MacroDefinition(name, parameters, body.Nodes, frame.File.Text[body.Start..body.End], frame.File);
        }

        _macros[name] = definition;
    }

    private void Expand(MacroDefinition definition, LamdMacroCall call, Frame frame, ImmutableArray<BodyNode>.Builder output)
    {
        var site = frame.Site ?? call.Position;
        if (definition.Body.IsEmpty)
        {
            return; // gpp: an empty definition swallows its arguments unevaluated
        }

        if (_expansionDepth >= MaxExpansionDepth)
        {
            // The talk's evaluation ends here: going on would take every other branch of the recursion to the same depth.
            throw new LamdLimitException(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.RecursiveMacro, site,
                $"\\{definition.Name} expands into itself more than {MaxExpansionDepth} times: change its \\define so the expansion ends"));
        }

        Step(site);
        var arguments = call.Arguments.Select(a => Evaluate(a.Nodes, frame)).ToImmutableArray();
        _expansionDepth++;
        try
        {
            if (definition.Parameters.IsEmpty && !definition.UsesArguments && !arguments.IsEmpty)
            {
                // An alias: the arguments are appended to the definition and the result evaluated again.
                var text = definition.BodySource + string.Concat(arguments.Select(a => "{" + BodySource.Of(a) + "}"));
                var (nodes, file) = Reparse(text, frame);
                output.AddRange(Evaluate(nodes, frame with { File = file, Site = site, Arguments = null, Named = null }));
                return;
            }

            var named = definition.Parameters
                .Select((p, i) => (p, Value: i < arguments.Length ? arguments[i] : []))
                .GroupBy(x => x.p, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            // The body's offsets are into the file that defined it.
            output.AddRange(Evaluate(definition.Body, frame with { File = definition.File, Site = site, Arguments = arguments, Named = named }));
        }
        finally
        {
            _expansionDepth--;
        }
    }

    private void EvaluateConditional(LamdConditional conditional, Frame frame, ImmutableArray<BodyNode>.Builder output)
    {
        var position = frame.Site ?? conditional.Position;
        if (conditional.Kind is LamdConditionKind.IfEqual or LamdConditionKind.IfNotEqual)
        {
            var left = conditional.Condition.Length > 0 ? BodySource.Of(Evaluate(conditional.Condition[0].Nodes, frame)).Trim() : string.Empty;
            var right = conditional.Condition.Length > 1 ? BodySource.Of(Evaluate(conditional.Condition[1].Nodes, frame)).Trim() : string.Empty;
            var equal = string.Equals(left, right, StringComparison.Ordinal);
            output.AddRange(Evaluate(equal == (conditional.Kind == LamdConditionKind.IfEqual) ? conditional.Then : conditional.Else, frame));
            return;
        }

        var symbol = conditional.Condition.Length > 0 ? NameOf(conditional.Condition[0], frame) : string.Empty;
        var negated = conditional.Kind == LamdConditionKind.IfNotDefined;
        if (Output is null && symbol is LamdBuildFlags.Slides or LamdBuildFlags.Notes)
        {
            var thenTarget = (symbol == LamdBuildFlags.Slides) != negated ? BranchTarget.Slides : BranchTarget.Notes;
            var elseTarget = thenTarget == BranchTarget.Slides ? BranchTarget.Notes : BranchTarget.Slides;
            var condition = $"{conditional.MacroName}{{{symbol}}}";
            AddBranch(thenTarget, condition, conditional.Then, frame, position, output);
            AddBranch(elseTarget, condition + "\\else", conditional.Else, frame, position, output);
            return;
        }

        bool defined;
        var buildFlag = false;
        if (Output is not null && symbol is LamdBuildFlags.Slides or LamdBuildFlags.Notes)
        {
            defined = symbol == Output;
        }
        else if (_macros.ContainsKey(symbol))
        {
            defined = true;
        }
        else if (LamdBuildFlags.AlwaysDefined.Contains(symbol) || LamdBuildFlags.NeverDefined.Contains(symbol))
        {
            defined = LamdBuildFlags.AlwaysDefined.Contains(symbol);
            buildFlag = true;
        }
        else
        {
            defined = false;
        }

        var taken = defined != negated;
        output.AddRange(Evaluate(taken ? conditional.Then : conditional.Else, frame));
        var skipped = taken ? conditional.Else : conditional.Then;
        if (buildFlag && Output is null && skipped.Any(n => n is not LamdText t || !string.IsNullOrWhiteSpace(t.Text)))
        {
            var branch = taken ? "\\else branch" : "branch";
            var source = frame.File.Text[skipped[0].Start..skipped[^1].End];
            output.Add(new BodySetAside($"\\{conditional.MacroName}{{{symbol}}}",
                $"the {branch} of \\{conditional.MacroName}{{{symbol}}}: lamd's HTML slides and notes build with {symbol} {(defined ? "defined" : "undefined")}, so they never show it",
                source, position));
        }
    }

    private void AddBranch(BranchTarget target, string condition, ImmutableArray<LamdNode> nodes, Frame frame, SourcePosition position, ImmutableArray<BodyNode>.Builder output)
    {
        if (nodes.IsEmpty)
        {
            return;
        }

        output.Add(new BodyBranch(target, condition, Evaluate(nodes, frame), position));
    }

    private void Include(LamdMacroCall call, Frame frame, ImmutableArray<BodyNode>.Builder output)
    {
        var position = frame.Site ?? call.Position;
        Step(position);
        var requested = call.Arguments.Length > 0 ? BodySource.Of(Evaluate(call.Arguments[0].Nodes, frame)).Trim().Trim('"', '<', '>') : string.Empty;
        if (Output is null && LamdMacros is not null && Path.GetFileName(requested) == LamdMacroLibrary.MacrosFileName)
        {
            return; // lamd's own macros: the importer applies them to each construct, output by output
        }

        if (requested.Any(char.IsControl) || requested.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            frame.Scope.Report(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.IncludeOutsideLibrary, position,
                $"\\include{{{Printable(requested)}}} names a file with a control character (such as NUL) in its name, which no snippet has: correct the name"));
            return;
        }

        if (Path.IsPathRooted(requested))
        {
            frame.Scope.Report(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.IncludeOutsideLibrary, position,
                $"\\include{{{requested}}} is an absolute path: an include is read only from the talk's library ({LibraryDisplay()}); write the path relative to one of them"));
            return;
        }

        // Only the folders of the library are searched: the including file's folder and its parent when inside it, then --snippets.
        var searched = SearchFolders(frame.File).Where(d => _roots.Any(r => ContainedFiles.IsInside(ContainedFiles.RealPath(d), r))).Distinct(StringComparer.Ordinal).ToList();
        var candidate = requested.Length == 0 ? null : searched.Select(d => Path.GetFullPath(Path.Combine(d, requested))).FirstOrDefault(File.Exists);
        var isSnippet = requested.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || requested.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        if (candidate is null && Output is not null)
        {
            return; // a plain run for one output: the structured reading has reported it; lamd-render reads it as empty
        }

        if (candidate is null)
        {
            frame.Scope.Report(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.MissingInclude, position,
                $"\\include{{{requested}}} was not found in {string.Join(", ", searched.Select(FolderDisplay).Distinct())}: the import goes on without it; add the file, or pass the folder that holds it with --snippets"));
            output.Add(new BodyInclude(requested, IncludeOutcome.Missing, null, "not found", position));
            return;
        }

        var refusal = ContainedFiles.Check(candidate, _roots, out var found);
        if (refusal != FileRefusal.None)
        {
            var id = refusal switch
            {
                FileRefusal.Outside => LamdDiagnosticIds.IncludeOutsideLibrary,
                FileRefusal.NotRegular => LamdDiagnosticIds.NotRegularFile,
                _ => LamdDiagnosticIds.FileTooLarge,
            };
            frame.Scope.Report(new LamdDiagnostic(LamdSeverity.Error, id, position,
                "\\include{" + requested + "}: " + ContainedFiles.Explain(refusal, "the file it names", "the talk's library (" + LibraryDisplay() + ")")));
            return;
        }

        if (_includeStack.Contains(found))
        {
            var chain = string.Join(" → ", _includeStack.Reverse().Append(found).Select(workspace.Options.DisplayPath));
            frame.Scope.Report(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.RecursiveInclude, position,
                $"recursive include: \\include{{{requested}}} includes a file that is already being included ({chain}); remove one of the includes"));
            return;
        }

        var scope = new FileScope(workspace);
        var tree = workspace.Parse(found, scope);
        if (tree is null || scope.HasErrors)
        {
            IncludeFailed(requested, found, frame, position, output);
            return;
        }

        if (isSnippet && (tree.Guard is { } guard && _macros.ContainsKey(guard.Symbol) || _includedParts.ContainsKey(found)))
        {
            if (Output is null && _onlyIn is null && _includedInOneBuild.Remove(found, out var first))
            {
                // Read so far in one lamd build only: the other build has not set its guard, and includes it here.
                var other = first.OnlyIn == "notes" ? "slides" : "notes";
                var detail = $"{tree.File.DisplayPath} (already included in {first.OnlyIn}-only content, which lamd's {other} build does not read)";
                output.Add(new BodyConstruct(other, [[new BodyInclude(requested, IncludeOutcome.Included, first.Part, detail, position)]], position));
                return;
            }

            if (Output is null && _includeStack.Count > 1 && (_includedParts.GetValueOrDefault(found) ?? workspace.FirstReading(found)) is { } earlier)
            {
                // Inside a snippet, which becomes one part for every talk: whether lamd's guard is set here depends on
                // the talk that includes it. The part includes it; TalkDsl skips a part the talk already has (TALK007), as the guard does.
                output.Add(new BodyInclude(requested, IncludeOutcome.Included, earlier, $"{tree.File.DisplayPath} (a part a talk includes once)", position));
                return;
            }

            output.Add(new BodyInclude(requested, IncludeOutcome.Repeated, null,
                tree.Guard is null ? "included again; lamd would repeat it, a TalkDsl part is included once" : $"already included (include guard {tree.Guard.Symbol})", position));
            return;
        }

        _includeStack.Push(found);
        ImmutableArray<BodyNode> body;
        try
        {
            body = Evaluate(tree.Body, new Frame(tree.File, scope, Site: null, Arguments: null, Named: null));
        }
        finally
        {
            _includeStack.Pop();
        }

        if (scope.HasErrors)
        {
            IncludeFailed(requested, found, frame, position, output);
            return;
        }

        if (!isSnippet || Output is not null)
        {
            output.AddRange(body); // a macro file (.gpp, .tex, …): its definitions matter, its text goes in place
            return;
        }

        var part = workspace.RegisterPart(new LamdPart(found, tree.File.DisplayPath, body, tree.Guard), position);
        _includedParts[found] = part;
        if (_onlyIn is not null)
        {
            _includedInOneBuild[found] = (_onlyIn, part);
        }

        output.Add(new BodyInclude(requested, IncludeOutcome.Included, part, tree.File.DisplayPath, position));
    }

    private void IncludeFailed(string requested, string found, Frame frame, SourcePosition position, ImmutableArray<BodyNode>.Builder output)
    {
        var display = workspace.Options.DisplayPath(found);
        frame.Scope.Report(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.IncludeFailed, position,
            $"\\include{{{requested}}} is left out: {display} has an error (reported above); fix it and import again"));
        output.Add(new BodyInclude(requested, IncludeOutcome.Failed, null, $"{display} has an error", position));
    }

    private IEnumerable<string> SearchFolders(LamdSourceFile file)
    {
        yield return file.Directory;
        if (Path.GetDirectoryName(file.Directory) is { } parent)
        {
            yield return parent;
        }

        foreach (var folder in workspace.Options.SnippetDirectories)
        {
            yield return Path.GetFullPath(folder);
        }
    }

    private string LibraryDisplay() => string.Join(", ", _roots.Select(FolderDisplay).Distinct());

    /// <summary>A name with its control characters shown as <c>\uXXXX</c>, so a message stays on one line.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    private string FolderDisplay(string folder) => workspace.Options.DisplayPath(folder) is "." ? "./" : workspace.Options.DisplayPath(folder) + "/";

    private string NameOf(LamdArgument argument, Frame frame) =>
        LamdParser.PlainText(argument) ?? BodySource.Of(Evaluate(argument.Nodes, frame)).Trim();

    /// <summary>Parses text made during evaluation as a file of its own (same path, so includes resolve alike).</summary>
    private (ImmutableArray<LamdNode> Nodes, LamdSourceFile File) Reparse(string text, Frame frame)
    {
        var file = new LamdSourceFile(frame.File.FullPath, frame.File.DisplayPath, text);
        var (nodes, diagnostics) = LamdParser.ParseFragment(file);
        if (diagnostics.FirstOrDefault(d => d.Id == LamdDiagnosticIds.TooDeep) is { } deep)
        {
            throw new LamdLimitException(deep with { Position = frame.Site ?? deep.Position });
        }

        return (nodes, file);
    }

    /// <summary>What a body is evaluated with: its file, its scope, the call site of the expansion, the macro's arguments.</summary>
    private sealed record Frame(
        LamdSourceFile File,
        FileScope Scope,
        SourcePosition? Site,
        ImmutableArray<ImmutableArray<BodyNode>>? Arguments,
        IReadOnlyDictionary<string, ImmutableArray<BodyNode>>? Named);

    /// <summary>A user macro; <paramref name="File"/> is the text its body's offsets point into.</summary>
    private sealed record MacroDefinition(string Name, ImmutableArray<string> Parameters, ImmutableArray<LamdNode> Body, string BodySource, LamdSourceFile File)
    {
        public bool UsesArguments { get; } = Uses(Body);

        private static bool Uses(IEnumerable<LamdNode> nodes) => nodes.Any(n => n switch
        {
            LamdArgumentReference => true,
            LamdMacroCall call => call.Arguments.Any(a => Uses(a.Nodes)),
            LamdConditional c => Uses(c.Then) || Uses(c.Else) || c.Condition.Any(a => Uses(a.Nodes)),
            _ => false,
        });
    }
}
