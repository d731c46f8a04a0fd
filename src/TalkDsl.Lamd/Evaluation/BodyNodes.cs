using System.Collections.Immutable;
using System.Text;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Evaluation;

/// <summary>
/// A node of an evaluated lamd body: what gpp would hand to pandoc, except that lamd's own constructs,
/// includes and SLIDES/NOTES conditionals stay structured for the mapper.
/// </summary>
public abstract record BodyNode(SourcePosition Position);

/// <summary>Text after macro expansion: Markdown, and LaTeX or macros nobody defined, passed through.</summary>
public sealed record BodyText(string Text, SourcePosition Position) : BodyNode(Position);

/// <summary>A call of one of lamd's own macros (<c>\subsection</c>, <c>\notes</c>, <c>\figure</c>, …), arguments evaluated.</summary>
public sealed record BodyConstruct(string Name, ImmutableArray<ImmutableArray<BodyNode>> Arguments, SourcePosition Position) : BodyNode(Position)
{
    /// <summary>For <c>\newcommand{\name}[n]{…}</c> only: the <c>n</c> between the first two arguments, as written.</summary>
    public string? ParameterCount { get; init; }

    /// <summary>
    /// For a heading only: <c>noSlideTitle</c> was defined where it was called, so lamd's slides show an untitled
    /// slide (<c>## {}</c>) while the notes keep the heading.
    /// </summary>
    public bool NoSlideTitle { get; init; }

    /// <summary>The call as lamd source, arguments expanded: what a raw block keeps.</summary>
    public string Source => BodySource.Of(this);
}

/// <summary>How an <c>\include</c> turned out.</summary>
public enum IncludeOutcome
{
    /// <summary>A snippet, read and evaluated: it becomes a <c>[TalkPart]</c>.</summary>
    Included,

    /// <summary>Already included in this talk (its include guard makes it empty here).</summary>
    Repeated,

    /// <summary>Not found in any search folder; reported, and the import goes on without it.</summary>
    Missing,

    /// <summary>Found, but the snippet has an error of its own; reported, and left out.</summary>
    Failed,
}

/// <summary>An <c>\include{…}</c> of a Markdown snippet, or of any file that was missing or failed (macro files that load are expanded in place).</summary>
public sealed record BodyInclude(string Requested, IncludeOutcome Outcome, LamdPart? Part, string Detail, SourcePosition Position) : BodyNode(Position);

/// <summary>Which lamd build a <see cref="BodyBranch"/> belongs to.</summary>
public enum BranchTarget
{
    /// <summary>Only when lamd builds the slides (<c>\ifdef{SLIDES}</c>, <c>\ifndef{NOTES}</c>).</summary>
    Slides,

    /// <summary>Only when lamd builds the notes (<c>\ifdef{NOTES}</c>, <c>\ifndef{SLIDES}</c>).</summary>
    Notes,
}

/// <summary>
/// Text of a SLIDES/NOTES conditional: <c>\ifdef{SLIDES}…\endif</c> or an <c>\else</c> branch of one.
/// <paramref name="Condition"/> is how it opens, e.g. <c>ifdef{SLIDES}</c> or <c>ifdef{SLIDES}\else</c>.
/// </summary>
public sealed record BodyBranch(BranchTarget Target, string Condition, ImmutableArray<BodyNode> Nodes, SourcePosition Position) : BodyNode(Position);

/// <summary>
/// Text lamd's HTML slides and notes never show, e.g. an <c>\ifdef{CODE}</c> branch: kept in the C# as a
/// comment so nothing is silently dropped.
/// </summary>
public sealed record BodySetAside(string Construct, string Reason, string Source, SourcePosition Position) : BodyNode(Position);

/// <summary>
/// An evaluated snippet file: the body of one <c>[TalkPart]</c>. A snippet that talks read differently (gpp
/// evaluates it afresh in each talk, with the definitions made before the include) has one part per reading:
/// <see cref="Reading"/> counts them from 1, in the order the talks were read.
/// </summary>
public sealed record LamdPart(string FullPath, string DisplayPath, ImmutableArray<BodyNode> Body, LamdIncludeGuard? Guard)
{
    /// <summary>Which reading of the snippet this is: 1 for the first, 2 for the first that differs from it, ….</summary>
    public int Reading { get; init; } = 1;

    /// <summary>Identifies the part among every reading of every snippet.</summary>
    public string Key => Reading == 1 ? FullPath : FullPath + "#" + Reading;
}

/// <summary>Turns evaluated nodes back into lamd source (for raw blocks, <c>\defeval</c> and <c>\ifeq</c>).</summary>
public static class BodySource
{
    public static string Of(IEnumerable<BodyNode> nodes)
    {
        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            Append(builder, node);
        }

        return builder.ToString();
    }

    public static string Of(BodyNode node)
    {
        var builder = new StringBuilder();
        Append(builder, node);
        return builder.ToString();
    }

    /// <summary>
    /// The source with each include naming the part it reads (<see cref="LamdPart.Key"/>): two evaluations of a
    /// snippet are one part when this is the same.
    /// </summary>
    public static string Reading(IEnumerable<BodyNode> nodes)
    {
        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            Append(builder, node, partKeys: true);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, BodyNode node, bool partKeys = false)
    {
        switch (node)
        {
            case BodyText text:
                builder.Append(text.Text);
                break;
            case BodyConstruct construct:
                builder.Append('\\').Append(construct.Name);
                for (var i = 0; i < construct.Arguments.Length; i++)
                {
                    var argument = construct.Arguments[i];
                    if (i == 1 && construct.ParameterCount is { } count)
                    {
                        builder.Append('[').Append(count).Append(']');
                    }

                    builder.Append('{');
                    foreach (var inner in argument)
                    {
                        Append(builder, inner, partKeys);
                    }

                    builder.Append('}');
                }

                if (partKeys && construct.NoSlideTitle)
                {
                    builder.Append("⟨noSlideTitle⟩");
                }

                break;
            case BodyInclude include:
                builder.Append("\\include{").Append(include.Requested).Append('}');
                if (partKeys)
                {
                    builder.Append('⟨').Append(include.Outcome).Append(' ').Append(include.Part?.Key).Append('⟩');
                }

                break;
            case BodyBranch branch:
                builder.Append('\\').Append(branch.Condition);
                foreach (var inner in branch.Nodes)
                {
                    Append(builder, inner, partKeys);
                }

                builder.Append("\\endif");
                break;
            case BodySetAside aside:
                builder.Append(aside.Source);
                break;
        }
    }
}
