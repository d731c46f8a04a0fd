using System.Collections.Immutable;
using TalkDsl.Lamd.Evaluation;

namespace TalkDsl.Lamd.Mapping;

/// <summary>How one lamd construct becomes C#.</summary>
public enum ConstructKind
{
    /// <summary>A heading call: <c>Section</c>, <c>Subsection</c>, <c>Subsubsection</c>, <c>NewSlide</c>.</summary>
    Heading,

    /// <summary>A content wrapper whose argument goes to one output: <c>Slides</c>, <c>Notes</c>, <c>SpeakerNotes</c>.</summary>
    Target,

    /// <summary><c>Thanks()</c> or <c>References()</c>, which close the chain.</summary>
    Closing,

    /// <summary>Text no output shows (<c>\comment{}</c>): a C# comment.</summary>
    Comment,

    /// <summary>A typed call of the authoring API, written by <see cref="ConstructMapping.Emit"/>.</summary>
    Typed,

    /// <summary>LaTeX notation (<c>\newcommand</c>): a <c>Notation(…)</c> call in the header of every talk that reaches it.</summary>
    Notation,

    /// <summary>Not mapped yet: kept as an explicit raw block with a comment, and counted.</summary>
    Raw,
}

/// <summary>The arguments of a construct call, as the emitter of a typed call needs them.</summary>
public sealed class ConstructArguments
{
    private readonly BodyConstruct _call;

    internal ConstructArguments(BodyConstruct call, ContentTarget target, string indent)
    {
        _call = call;
        Target = target;
        Indent = indent;
    }

    /// <summary>The construct's name, without the backslash.</summary>
    public string Name => _call.Name;

    /// <summary>The output the call sits in (a construct inside <c>\slides{}</c> has <see cref="ContentTarget.Slides"/>).</summary>
    public ContentTarget Target { get; }

    /// <summary>The indentation of the content lines of raw string literals.</summary>
    public string Indent { get; }

    /// <summary>How many arguments the call has.</summary>
    public int Count => _call.Arguments.Length;

    /// <summary>Argument <paramref name="index"/> as lamd source (constructs inside kept as source), trimmed; empty when absent.</summary>
    public string Source(int index) => index < _call.Arguments.Length ? BodySource.Of(_call.Arguments[index]).Trim() : string.Empty;

    /// <summary>Argument <paramref name="index"/> as evaluated nodes; empty when absent.</summary>
    public ImmutableArray<BodyNode> Nodes(int index) => index < _call.Arguments.Length ? _call.Arguments[index] : [];

    /// <summary>
    /// The first construct inside argument <paramref name="index"/> (e.g. <c>\columns</c> in a figure's
    /// contents), or null when the argument is text only.
    /// </summary>
    public string? ConstructInside(int index) => Nodes(index).Select(n => n switch
    {
        BodyConstruct c => "\\" + c.Name,
        BodyInclude => "\\include",
        BodyBranch b => "\\" + b.Condition,
        BodySetAside s => s.Construct,
        _ => null,
    }).FirstOrDefault(n => n is not null);

    /// <summary>Argument <paramref name="index"/> as a one-line C# string literal.</summary>
    public string Text(int index) => CSharpLiteral.String(CSharpLiteral.OneLine(Source(index)));

    /// <summary>Argument <paramref name="index"/> as a C# raw string literal holding Markdown.</summary>
    public string Markdown(int index) => CSharpLiteral.Raw(CSharpLiteral.Block(Source(index)), Indent);

    /// <summary>The arguments of a construct inside this one (the image in a figure), in the same output.</summary>
    internal ConstructArguments Inner(BodyConstruct call) => new(call, Target, Indent);
}

/// <summary>What the emitter of a typed call made of a construct: the call, or why there is none.</summary>
/// <param name="Call">The chain call from its dot on, e.g. <c>.Image("diagrams/a.png", width: "70%")</c>; null when refused.</param>
/// <param name="Refusal">Why the construct stays raw, e.g. "the width '1in' is not a CSS length…"; null when mapped.</param>
public readonly record struct TypedCall(string? Call, string? Refusal)
{
    /// <summary>The construct maps to <paramref name="call"/>.</summary>
    public static TypedCall Mapped(string call) => new(call, null);

    /// <summary>The construct stays raw, because <paramref name="why"/>.</summary>
    public static TypedCall Refused(string why) => new(null, why);
}

/// <summary>One row of <see cref="ConstructTable"/>: a lamd macro and what it maps to.</summary>
/// <param name="Name">The macro's name without the backslash.</param>
/// <param name="Arguments">How many arguments lamd's definition takes.</param>
/// <param name="Kind">How it maps.</param>
/// <param name="Description">What the construct is, for the comment above a raw block and the summary.</param>
public sealed record ConstructMapping(string Name, int Arguments, ConstructKind Kind, string Description)
{
    /// <summary>For <see cref="ConstructKind.Heading"/>: the level.</summary>
    public HeadingLevel Level { get; init; }

    /// <summary>For <see cref="ConstructKind.Target"/>: the output the argument goes to.</summary>
    public ContentTarget Target { get; init; }

    /// <summary>For <see cref="ConstructKind.Typed"/>: writes the chain call (from the dot on), or refuses with a reason.</summary>
    public Func<ConstructArguments, TypedCall>? Emit { get; init; }

    /// <summary>
    /// For <see cref="ConstructKind.Typed"/>: the outputs whose content the call may sit in. A call shown in the
    /// slides and the notes cannot stand for a construct inside <c>\notes{}</c>; code, which only the notes
    /// show, can.
    /// </summary>
    public ImmutableArray<ContentTarget> Within { get; init; } = [ContentTarget.Both];

    /// <summary>Headings whose title is the first argument.</summary>
    public static ConstructMapping Heading(string name, HeadingLevel level, string description) =>
        new(name, 1, ConstructKind.Heading, description) { Level = level };

    /// <summary>Content for one output.</summary>
    public static ConstructMapping Content(string name, ContentTarget target, string description) =>
        new(name, 1, ConstructKind.Target, description) { Target = target };

    /// <summary><c>\thanks</c>, <c>\references</c>.</summary>
    public static ConstructMapping Closing(string name, string description) => new(name, 0, ConstructKind.Closing, description);

    /// <summary>Text that no output shows.</summary>
    public static ConstructMapping Comment(string name, string description) => new(name, 1, ConstructKind.Comment, description);

    /// <summary>A construct the authoring API has a typed call for, shown in the slides and the notes.</summary>
    public static ConstructMapping Typed(string name, int arguments, string description, Func<ConstructArguments, TypedCall> emit) =>
        new(name, arguments, ConstructKind.Typed, description) { Emit = emit };

    /// <summary>A media construct (a figure, an image, columns, an aligned block or a div): its typed call takes <c>shownIn:</c>,
    /// so it may also sit in slides-only or notes-only content (<see cref="TypedCalls"/> writes the argument).</summary>
    public static ConstructMapping TypedMedia(string name, int arguments, string description, Func<ConstructArguments, TypedCall> emit) =>
        Typed(name, arguments, description, emit) with { Within = [ContentTarget.Both, ContentTarget.Slides, ContentTarget.Notes] };

    /// <summary>A construct the authoring API has a typed call for, which may also sit in notes-only content (the notes are all it shows).</summary>
    public static ConstructMapping TypedForNotes(string name, int arguments, string description, Func<ConstructArguments, TypedCall> emit) =>
        Typed(name, arguments, description, emit) with { Within = [ContentTarget.Both, ContentTarget.Notes] };

    /// <summary>LaTeX notation, hoisted to the header of the talks that reach it.</summary>
    public static ConstructMapping Notation(string name, int arguments, string description) => new(name, arguments, ConstructKind.Notation, description);

    /// <summary>A construct without a typed call yet: a raw block.</summary>
    public static ConstructMapping Raw(string name, int arguments, string description) => new(name, arguments, ConstructKind.Raw, description);
}
