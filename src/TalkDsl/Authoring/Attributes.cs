namespace TalkDsl;

/// <summary>
/// Marks a static property or method returning <see cref="Talk"/> as a talk of the assembly. The
/// generator checks it at compile time and emits its renderers, sections and outline; the containing
/// type must be <c>partial</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TalkAttribute : Attribute
{
}

/// <summary>
/// Marks a static property or method returning <see cref="TalkPart"/> as a reusable fragment (lamd's
/// <c>\include{...}</c> snippets), included into talks with <c>.Include(...)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TalkPartAttribute : Attribute
{
}
