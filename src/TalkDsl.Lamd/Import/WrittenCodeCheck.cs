using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TalkDsl.Lamd.Mapping;
using TalkDsl.Lamd.Reading;
using TalkDsl.Rules;

namespace TalkDsl.Lamd.Import;

/// <summary>The chain of one generated file (a talk or a part), which the checks may change.</summary>
internal sealed class GeneratedChain(string lamdPath, List<ChainStep> steps)
{
    /// <summary>The lamd file it comes from, as shown in messages.</summary>
    public string LamdPath { get; } = lamdPath;

    public List<ChainStep> Steps { get; } = steps;
}

/// <summary>
/// Checks what the importer writes the way the build will, before the user runs <c>dotnet build</c>: the
/// TALK rules that are errors (the generator's analyzer would stop the build) on each talk with its parts
/// expanded, with the very rule set the analyzer runs; then a C# parse of each file. A call that fails
/// is left out — kept as a comment, counted as not mapped, and reported as LAMD022 at its lamd line — so
/// the project always builds and nothing is lost silently.
/// </summary>
internal static class WrittenCodeCheck
{
    /// <summary>
    /// The error rules the chain alone decides. Others need what the importer does not model here (the cited
    /// entries of a talk's bibliography, values the builder checks, which the mapping validates already).
    /// </summary>
    private static readonly HashSet<string> Checked = new(StringComparer.Ordinal)
    {
        RuleIds.NoTitle, RuleIds.EmptyHeading, RuleIds.IncludeCycle, RuleIds.UnbalancedMath,
    };

    /// <summary>Runs the TALK rules on a talk; errors in the talk's or its parts' calls are left out where they are.</summary>
    public static void Rules(
        string? title,
        bool hasAuthor,
        GeneratedChain talk,
        Func<string, GeneratedChain?> part,
        ICollection<LamdDiagnostic> diagnostics)
    {
        // Leaving a call out cannot make a new error (only warnings: an empty section), but two rounds cost little.
        for (var round = 0; round < 2; round++)
        {
            var ruleTalk = new RuleTalk(PartExpander.Expand(Items(talk), key => part(key) is { } p ? Items(p) : null))
            {
                HasTitleCall = true,
                Title = title,
            };
            if (hasAuthor)
            {
                ruleTalk.Authors.Add(new RuleAuthor(null, null, null));
            }

            var errors = TalkRules.Check(ruleTalk, RuleSettings.Default)
                .Where(v => v.Descriptor.Severity == RuleSeverity.Error && Checked.Contains(v.Descriptor.Id) && v.Tag is StepTag)
                .ToList();
            if (errors.Count == 0)
            {
                return;
            }

            foreach (var error in errors)
            {
                var (chain, index) = (StepTag)error.Tag!;
                // TALK011 names the line of the block where the math opens: report that lamd line.
                var lineInBlock = error.Descriptor.Id == RuleIds.UnbalancedMath && error.Args is [_, _, int line] ? line - 1 : 0;
                LeaveOut(chain, index, $"{error.Descriptor.Id}: {error.Message}", diagnostics, lineInBlock);
            }
        }
    }

    /// <summary>
    /// Parses a generated file; a syntax error in a call leaves that call out and the file is written again.
    /// Returns the file's final text.
    /// </summary>
    public static string Syntax(GeneratedChain chain, string path, Func<WrittenSource> write, ICollection<LamdDiagnostic> diagnostics)
    {
        for (var round = 0; ; round++)
        {
            var source = write();
            var error = CSharpSyntaxTree.ParseText(source.Text, new CSharpParseOptions(LanguageVersion.Latest), path)
                .GetDiagnostics()
                .FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error is null)
            {
                return source.Text;
            }

            var line = error.Location.GetLineSpan().StartLinePosition.Line + 1;
            var index = source.StepAt(line);
            if (index is not { } step || chain.Steps[step].Call is null || round > chain.Steps.Count)
            {
                // Outside every call (the file's own frame): nothing the importer can leave out. Report it so it is not lost.
                diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.WouldNotBuild, new SourcePosition(chain.LamdPath, 1, 1),
                    $"the C# written for this file does not parse ({path}:{line}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}): please report it, with the lamd file"));
                return source.Text;
            }

            LeaveOut(chain, step, $"C# {error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}", diagnostics);
        }
    }

    private static void LeaveOut(GeneratedChain chain, int index, string problem, ICollection<LamdDiagnostic> diagnostics, int lineInBlock = 0)
    {
        var step = chain.Steps[index];
        if (step.Call is null)
        {
            return;
        }

        var start = step.Origin ?? step.Uses.FirstOrDefault()?.Position ?? new SourcePosition(chain.LamdPath, 1, 1);
        var position = lineInBlock == 0 ? start : start with { Line = start.Line + lineInBlock, Column = 1 };
        var reason = $"the call would not build ({problem})";
        diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.WouldNotBuild, position,
            $"{reason}: it is left out of the C# as a comment; fix the lamd source here and import again, or fix the C#"));
        chain.Steps[index] = ChainStep.Comment(
            step.Comments
                .Append($"lamd at {position} — left out: {reason}:")
                .Concat(step.Call.Split('\n').Select(l => "| " + l.TrimEnd())),
            step.Uses.IsEmpty
                ? [new ConstructUse("text", position, ConstructOutcome.NotMapped, reason)]
                : [.. step.Uses.Select(u => u with { Outcome = ConstructOutcome.NotMapped, Detail = reason })]);
    }

    /// <summary>The rule items of a chain's calls, each tagged with where it is, so a finding leads back to the call.</summary>
    private static List<RuleItem> Items(GeneratedChain chain) =>
        chain.Steps
            .Select((step, index) => step.Rule is { } rule ? Retag(rule, new StepTag(chain, index)) : null)
            .OfType<RuleItem>()
            .ToList();

    private static RuleItem Retag(RuleItem item, StepTag tag) => item.Kind switch
    {
        RuleItemKind.Heading => RuleItem.Heading(item.Level, item.Text, tag, shownIn: item.Target),
        RuleItemKind.Content => RuleItem.Content(item.Target, item.Text, tag, item.Call),
        RuleItemKind.Include => RuleItem.Include(item.PartKey, item.PartName!, tag, item.Target),
        RuleItemKind.Thanks => RuleItem.Thanks(tag),
        RuleItemKind.References => RuleItem.References(tag),
        _ => RuleItem.Computed(item.Call ?? string.Empty, tag),
    };

    private sealed record StepTag(GeneratedChain Chain, int Index);
}

/// <summary>A generated file's text, and the line on which each step of its chain starts (1-based).</summary>
internal sealed record WrittenSource(string Text, IReadOnlyList<int> StepLines)
{
    /// <summary>The step written on <paramref name="line"/>, or null when the line is the file's own frame.</summary>
    public int? StepAt(int line)
    {
        int? found = null;
        for (var i = 0; i < StepLines.Count && StepLines[i] <= line; i++)
        {
            found = i;
        }

        var closingBrace = Text.TrimEnd('\n').Split('\n').Length;
        return line >= closingBrace ? null : found;
    }
}
