namespace TalkDsl.Generators.Models;

/// <summary>
/// A constant the builder refuses (TALK014): what the builder's exception says, and the argument that
/// holds it (for the analyzer only). The talk is then built at run time, where the builder throws.
/// </summary>
internal sealed record RefusalInfo(string Message, LocationInfo? Argument);

/// <summary>A header <c>Notation(...)</c> call, its command and definition trimmed as the model stores them.</summary>
internal sealed record NotationInfo(string Command, string Definition, int Parameters);
