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

    /// <summary>Whether every member of every type in <paramref name="tree"/> is a <c>[Talk]</c> member: nothing else in the project can use it.</summary>
    public static bool HoldsOnlyTalks(SyntaxTree tree)
    {
        var types = tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax).OfType<BaseTypeDeclarationSyntax>().ToList();
        return types.Count > 0 && types.All(type => type is TypeDeclarationSyntax { Members: var members } && members.Count > 0
            && members.All(member => member.AttributeLists.SelectMany(list => list.Attributes).Any(IsTalkAttribute)));
    }

    /// <summary>Whether <paramref name="tree"/> holds only usings and attributes (global usings, assembly attributes): every compilation of the project needs it.</summary>
    public static bool DeclaresNoType(SyntaxTree tree) => tree.GetRoot() is CompilationUnitSyntax { Members.Count: 0 };

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
