using System.Text;

namespace TalkDsl.Lamd.Mapping;

/// <summary>Valid, readable C# identifiers from file and folder names.</summary>
public static class CSharpIdentifier
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// PascalCase from a name such as <c>computer-laboratory</c> or <c>_compsci</c>: every run of letters
    /// and digits becomes a word; a name that starts with a digit gets a leading underscore; a keyword is
    /// escaped with <c>@</c>; a name with no letters or digits becomes <paramref name="fallback"/>.
    /// </summary>
    public static string Pascal(string name, string fallback = "Unnamed")
    {
        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var identifier = builder.ToString();
        return Keywords.Contains(identifier) ? "@" + identifier : identifier;
    }
}

/// <summary>Hands out identifiers unique within one scope, numbering repeats (<c>Intro</c>, <c>Intro2</c>, …).</summary>
public sealed class UniqueNames
{
    private readonly HashSet<string> _taken;

    /// <param name="reserved">Names that may not be handed out at all, e.g. the type's own name.</param>
    public UniqueNames(IEnumerable<string>? reserved = null)
    {
        _taken = new HashSet<string>(reserved ?? [], StringComparer.Ordinal);
    }

    /// <summary>Returns <paramref name="name"/>, or <paramref name="name"/> with the lowest number from 2 that is free, and takes it.</summary>
    public string Take(string name)
    {
        var candidate = name;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
