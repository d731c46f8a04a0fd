using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TalkDsl.Generators.Models;

/// <summary>
/// Where a call or argument was written, as plain values: pipeline models must not hold a
/// <see cref="Location"/> (it pins a syntax tree and never compares equal across compilations).
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public TextSpan Span => new(Start, Length);

    public static LocationInfo From(SyntaxTree tree, TextSpan span)
    {
        var lines = tree.GetLineSpan(span);
        return new LocationInfo(tree.FilePath, span.Start, span.Length, lines.StartLinePosition.Line, lines.StartLinePosition.Character, lines.EndLinePosition.Line, lines.EndLinePosition.Character);
    }

    public static LocationInfo? From(Location location) =>
        location.SourceTree is { } tree ? From(tree, location.SourceSpan) : null;

    /// <summary>A location in <paramref name="tree"/> when it is the file this points into, so
    /// <c>#pragma warning disable</c> applies; a file location otherwise.</summary>
    public Location ToLocation(SyntaxTree? tree) => tree is not null && tree.FilePath == FilePath
        ? Location.Create(tree, Span)
        : Location.Create(FilePath, Span, new LinePositionSpan(new LinePosition(StartLine, StartCharacter), new LinePosition(EndLine, EndCharacter)));
}
