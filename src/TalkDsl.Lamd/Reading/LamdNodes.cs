using System.Collections.Immutable;

namespace TalkDsl.Lamd.Reading;

/// <summary>
/// A node of a lamd file's parse tree. <see cref="Start"/> and <see cref="End"/> are character offsets
/// into <see cref="LamdSourceFile.Text"/>; <see cref="Position"/> is where the node starts.
/// </summary>
public abstract record LamdNode(SourcePosition Position, int Start, int End);

/// <summary>Plain text: Markdown, LaTeX, HTML, anything that is not a macro call.</summary>
public sealed record LamdText(string Text, SourcePosition Position, int Start, int End) : LamdNode(Position, Start, End);

/// <summary>
/// A macro call <c>\name{arg}{arg}</c> (gpp's TeX-like user mode as lamd sets it: arguments follow the
/// name directly and each other as <c>}{</c>). Meta-macros (<c>\define</c>, <c>\include</c>, …) are calls
/// too; only the conditionals get their own node.
/// </summary>
public sealed record LamdMacroCall(string Name, ImmutableArray<LamdArgument> Arguments, SourcePosition Position, int Start, int End)
    : LamdNode(Position, Start, End)
{
    /// <summary>For <c>\newcommand{\name}[n]{…}</c> only: the <c>n</c> between the first two arguments, as written.</summary>
    public string? ParameterCount { get; init; }
}

/// <summary>One argument of a macro call; <see cref="Start"/>..<see cref="End"/> excludes the braces.</summary>
public sealed record LamdArgument(ImmutableArray<LamdNode> Nodes, SourcePosition Position, int Start, int End);

/// <summary>A reference <c>#1</c>…<c>#9</c> to an argument of the macro whose body this is.</summary>
public sealed record LamdArgumentReference(int Number, SourcePosition Position, int Start, int End) : LamdNode(Position, Start, End);

/// <summary>Which gpp conditional opens a <see cref="LamdConditional"/>.</summary>
public enum LamdConditionKind
{
    /// <summary><c>\ifdef{name}</c></summary>
    IfDefined,

    /// <summary><c>\ifndef{name}</c></summary>
    IfNotDefined,

    /// <summary><c>\ifeq{a}{b}</c></summary>
    IfEqual,

    /// <summary><c>\ifneq{a}{b}</c></summary>
    IfNotEqual,
}

/// <summary><c>\ifdef{x} … \else … \endif</c> and its kin, with both branches parsed.</summary>
public sealed record LamdConditional(
    LamdConditionKind Kind,
    ImmutableArray<LamdArgument> Condition,
    ImmutableArray<LamdNode> Then,
    ImmutableArray<LamdNode> Else,
    bool HasElse,
    SourcePosition Position,
    int Start,
    int End) : LamdNode(Position, Start, End)
{
    /// <summary>The macro that opened the conditional, e.g. <c>ifdef</c>.</summary>
    public string MacroName => Kind switch
    {
        LamdConditionKind.IfDefined => "ifdef",
        LamdConditionKind.IfNotDefined => "ifndef",
        LamdConditionKind.IfEqual => "ifeq",
        _ => "ifneq",
    };
}

/// <summary>An include guard: the file is wrapped in <c>\ifndef{Symbol}\define{Symbol} … \endif</c>.</summary>
public sealed record LamdIncludeGuard(string Symbol, SourcePosition Position);

/// <summary>A parsed lamd file: its front matter, its body as a tree, and what went wrong reading it.</summary>
public sealed record LamdSyntaxTree(
    LamdSourceFile File,
    LamdFrontMatter? FrontMatter,
    ImmutableArray<LamdNode> Body,
    LamdIncludeGuard? Guard,
    ImmutableArray<LamdDiagnostic> Diagnostics)
{
    /// <summary>True when the file has an error and must not be imported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == LamdSeverity.Error);

    /// <summary>The verbatim source of a node, e.g. for a raw block or a comment.</summary>
    public string SourceOf(LamdNode node) => File.Text[node.Start..node.End];
}
