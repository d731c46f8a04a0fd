namespace TalkDsl.Generators.Models;

/// <summary>
/// A constant the builder refuses (TALK014): what the builder's exception says, and the argument that
/// holds it (for the analyzer only). The talk is then built at run time, where the builder throws.
/// </summary>
internal sealed record RefusalInfo(string Message, LocationInfo? Argument);

/// <summary>A header <c>Notation(...)</c> call, its command and definition trimmed as the model stores them.</summary>
internal sealed record NotationInfo(string Command, string Definition, int Parameters);

/// <summary>A header call naming a file (<c>Bibliography(path)</c>, <c>NotationFile(path)</c>): the path as written (trimmed), the C# file it is relative to, and its argument (analyzer only).</summary>
internal sealed record BibliographyInfo(string Path, string SourceFile, LocationInfo? Call, LocationInfo? Argument);
