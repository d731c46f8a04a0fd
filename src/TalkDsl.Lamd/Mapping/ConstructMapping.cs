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

    /// <summary>Not mapped yet: kept as an explicit raw block with a comment, and counted.</summary>
    Raw,
}

/// <summary>The arguments of a construct call, as the emitter of a typed call needs them.</summary>
public sealed class ConstructArguments
{
    private readonly BodyConstruct _call;

    internal ConstructArguments(BodyConstruct call, ContentTarget target)
    {
        _call = call;
        Target = target;
    }

    /// <summary>The output the call sits in (a construct inside <c>\slides{}</c> has <see cref="ContentTarget.Slides"/>).</summary>
    public ContentTarget Target { get; }

    /// <summary>How many arguments the call has.</summary>
    public int Count => _call.Arguments.Length;

    /// <summary>Argument <paramref name="index"/> as lamd source (constructs inside kept as source), trimmed; empty when absent.</summary>
    public string Source(int index) => index < _call.Arguments.Length ? BodySource.Of(_call.Arguments[index]).Trim() : string.Empty;

    /// <summary>Argument <paramref name="index"/> as a one-line C# string literal.</summary>
    public string Text(int index) => CSharpLiteral.String(CSharpLiteral.OneLine(Source(index)));

    /// <summary>Argument <paramref name="index"/> as a C# raw string literal holding Markdown.</summary>
    public string Markdown(int index, string indent) => CSharpLiteral.Raw(CSharpLiteral.Block(Source(index)), indent);
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

    /// <summary>For <see cref="ConstructKind.Typed"/>: writes the chain call (from the dot on), given the arguments and the indentation of raw strings.</summary>
    public Func<ConstructArguments, string, string>? Emit { get; init; }

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

    /// <summary>A construct the authoring API has a typed call for.</summary>
    public static ConstructMapping Typed(string name, int arguments, string description, Func<ConstructArguments, string, string> emit) =>
        new(name, arguments, ConstructKind.Typed, description) { Emit = emit };

    /// <summary>A construct without a typed call yet: a raw block.</summary>
    public static ConstructMapping Raw(string name, int arguments, string description) => new(name, arguments, ConstructKind.Raw, description);
}
