using System.Globalization;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Reading;
using TalkDsl.Model;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// Where notation comes from, in reading order: a <c>\newcommand</c> in this body (<see cref="Macro"/>), or an
/// included part (<see cref="Part"/>), whose notation counts at the point of its include.
/// </summary>
internal sealed record NotationSource(NotationMacro? Macro, LamdPart? Part, SourcePosition Position);

/// <summary>
/// lamd's LaTeX notation (<c>\newcommand{\name}[n]{definition}</c>, which pandoc gives to MathJax) → the
/// talk's notation table, <c>.Notation(…)</c> calls in its header. A talk's table holds the notation of its
/// own body and of every part it includes, once each, in reading order; a command defined again with a
/// different definition keeps the first and is reported.
/// </summary>
internal static class NotationTable
{
    /// <summary>The macro a <c>\newcommand</c> defines, checked as <c>Notation(…)</c> checks it, or why it cannot be one.</summary>
    public static (NotationMacro? Macro, string? Refusal) Read(BodyConstruct call)
    {
        if (call.Arguments.Length < 2)
        {
            return (null, "write it as \\newcommand{\\name}{definition}, with the name and the definition in braces");
        }

        var arguments = new ConstructArguments(call, ContentTarget.Both, string.Empty);
        if (arguments.ConstructInside(1) is { } inner)
        {
            return (null, $"its definition holds {inner}, one of lamd's own macros, which MathJax does not know");
        }

        var count = 0;
        if (call.ParameterCount is { } written && (!int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count > 9))
        {
            return (null, $"a LaTeX command takes at most 9 arguments, not {written}");
        }

        try
        {
            return (new NotationMacro(arguments.Source(0), arguments.Source(1), count), null);
        }
        catch (ArgumentException exception)
        {
            return (null, LamdValues.Reason(exception));
        }
    }

    /// <summary>The header call declaring <paramref name="macro"/>.</summary>
    public static string Call(NotationMacro macro) =>
        $".Notation({CSharpLiteral.Line(macro.Command)}, {CSharpLiteral.Line(macro.Definition)}{(macro.Parameters > 0 ? $", parameters: {macro.Parameters}" : string.Empty)})";

    /// <summary>The comment that stands in the body where a <c>\newcommand</c> was.</summary>
    public static string Comment(SourcePosition position, string description, NotationMacro macro, bool inPart) =>
        $"lamd \\{Reading.LamdParser.NewCommand} at {position} — {description}: {(inPart ? "every talk that includes this part declares" : "the talk's header declares")} {Call(macro)}.";

    /// <summary>
    /// A talk's own steps once its table is known: a <c>\newcommand</c> the table left out (<paramref name="conflicts"/>,
    /// by position) says so in its comment and counts as not mapped.
    /// </summary>
    public static IEnumerable<ChainStep> Resolve(IEnumerable<ChainStep> steps, IReadOnlyDictionary<SourcePosition, string> conflicts) =>
        conflicts.Count == 0 ? steps : steps.Select(step =>
        {
            var left = step.Uses.Where(u => u.Construct == "\\" + Reading.LamdParser.NewCommand && conflicts.ContainsKey(u.Position)).ToList();
            if (left.Count == 0)
            {
                return step;
            }

            var prefixes = left.Select(u => $"lamd {u.Construct} at {u.Position} —").ToList();
            return step with
            {
                Comments = [.. step.Comments.Select(c => prefixes.FindIndex(p => c.StartsWith(p, StringComparison.Ordinal)) is var i and >= 0 ? $"{prefixes[i]} {conflicts[left[i].Position]}." : c)],
                Uses = [.. step.Uses.Select(u => left.Contains(u) ? u with { Outcome = ConstructOutcome.NotMapped, Detail = conflicts[u.Position] } : u)],
            };
        });

    /// <summary>
    /// The table of a talk: its own notation and its parts' (<paramref name="notationOf"/> gives a part's
    /// sources), each part read once, in reading order. A second, different definition of a command is left
    /// out (returned in <c>Conflicts</c>, by position, with the reason) and reported as a warning (LAMD015).
    /// </summary>
    public static (IReadOnlyList<NotationMacro> Table, IReadOnlyDictionary<SourcePosition, string> Conflicts) Collect(
        IEnumerable<NotationSource> sources,
        Func<LamdPart, IEnumerable<NotationSource>> notationOf,
        string talk,
        ICollection<LamdDiagnostic> diagnostics)
    {
        var table = new List<NotationMacro>();
        var firstSeen = new Dictionary<string, (NotationMacro Macro, SourcePosition Position)>(StringComparer.Ordinal);
        var partsRead = new HashSet<string>(StringComparer.Ordinal);
        var conflicts = new Dictionary<SourcePosition, string>();

        void Walk(IEnumerable<NotationSource> items)
        {
            foreach (var item in items)
            {
                if (item.Part is { } part)
                {
                    if (partsRead.Add(part.Key))
                    {
                        Walk(notationOf(part));
                    }
                }
                else if (item.Macro is { } macro)
                {
                    if (!firstSeen.TryGetValue(macro.Command, out var first))
                    {
                        firstSeen[macro.Command] = (macro, item.Position);
                        table.Add(macro);
                    }
                    else if (macro != first.Macro)
                    {
                        conflicts[item.Position] = $"left out of the notation: {macro.Command} is already {first.Macro.ToLatex()} (from {first.Position})";
                        diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.NotationConflict, item.Position,
                            $"{macro.Command} is defined again, as {macro.ToLatex()}, after {first.Macro.ToLatex()} at {first.Position}: {talk} keeps the first in its notation; rename one of the two commands"));
                    }
                }
            }
        }

        Walk(sources);
        return (table, conflicts);
    }
}
