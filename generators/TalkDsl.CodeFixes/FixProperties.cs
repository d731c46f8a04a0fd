using Microsoft.CodeAnalysis;

namespace TalkDsl.Generators.CodeFixes;

/// <summary>The analyzer marks each diagnostic a fix applies to (see <see cref="DiagnosticDescriptors.FixProperty"/>).</summary>
internal static class FixProperties
{
    public static bool Allows(Diagnostic diagnostic, string fix) =>
        diagnostic.Properties.TryGetValue(DiagnosticDescriptors.FixProperty, out var value) && value == fix;
}
