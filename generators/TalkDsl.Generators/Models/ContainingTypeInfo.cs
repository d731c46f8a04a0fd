using System.Linq;
using TalkDsl.Generators.Helpers;

namespace TalkDsl.Generators.Models;

/// <summary>One type declaration around a member, enough to reopen it as a partial declaration.</summary>
/// <param name="Keyword">class, struct, record, record struct or interface.</param>
internal sealed record TypeDeclarationInfo(string Keyword, string Name);

/// <summary>The type that declares a <c>[Talk]</c> or <c>[TalkPart]</c> member, outermost declaration first.</summary>
/// <param name="Namespace">Empty for the global namespace.</param>
/// <param name="FullName">Dotted, without <c>global::</c>, e.g. <c>Talks.Outer.Intro</c>.</param>
internal sealed record ContainingTypeInfo(string Namespace, EquatableArray<TypeDeclarationInfo> Declarations, string FullName)
{
    public string Name => Declarations[Declarations.Count - 1].Name;

    public string GlobalName => "global::" + FullName;

    /// <summary>
    /// Whether generated code can reopen the type: every name a C# identifier. A member outside any type in
    /// broken code (a deleted brace) is in <c>&lt;invalid-global-code&gt;</c>: the generator skips it, the compiler says why.
    /// </summary>
    public bool CanBeReopened =>
        Declarations.Count > 0
        && Declarations.All(d => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(d.Name))
        && (Namespace.Length == 0 || Namespace.Split('.').All(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier));
}
