using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace TalkDsl.Preview.Compiling;

/// <summary>Where a <c>[Talk]</c> member is declared: its type's name (the talk's name) and the member's span in its file.</summary>
internal sealed record TalkDeclaration(string TalkName, string FilePath, TextSpan Span)
{
    /// <summary>The <c>[Talk]</c> members of one file, read from its syntax alone (cheap: run on each changed file).</summary>
    public static IReadOnlyList<TalkDeclaration> In(SyntaxTree tree)
    {
        var found = new List<TalkDeclaration>();
        foreach (var member in tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<MemberDeclarationSyntax>())
        {
            if (member is not (MethodDeclarationSyntax or PropertyDeclarationSyntax) || member.Parent is not TypeDeclarationSyntax type)
            {
                continue;
            }

            if (member.AttributeLists.SelectMany(list => list.Attributes).Any(IsTalkAttribute))
            {
                found.Add(new TalkDeclaration(type.Identifier.ValueText, tree.FilePath, member.Span));
            }
        }

        return found;
    }

    private static bool IsTalkAttribute(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => "",
        };
        return name is "Talk" or "TalkAttribute";
    }
}
