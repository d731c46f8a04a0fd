using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace TalkDsl.Generators.Helpers;

/// <summary>Where <c>TalkCatalog</c> goes: the project's RootNamespace, else its assembly name, made a valid namespace.</summary>
internal static class CatalogNamespaces
{
    public static string From(string? rootNamespace, string? assemblyName)
    {
        var name = string.IsNullOrWhiteSpace(rootNamespace) ? assemblyName : rootNamespace;
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var parts = name!.Split('.').Select(Identifier).Where(p => p.Length > 0);
        return string.Join(".", parts);
    }

    private static string Identifier(string part)
    {
        var builder = new StringBuilder(part.Length + 1);
        foreach (var c in part.Trim())
        {
            builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
        }

        if (builder.Length > 0 && !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var text = builder.ToString();
        return SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None ? "@" + text : text;
    }
}
