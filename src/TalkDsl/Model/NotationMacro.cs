using System.Text.RegularExpressions;

namespace TalkDsl.Model;

/// <summary>
/// One entry of a talk's notation table: lamd's <c>\newcommand{\name}[n]{definition}</c>. The slides and
/// notes give the table to MathJax (<c>tex.macros</c>), so <c>$\mappingFunction(x)$</c> renders.
/// </summary>
public sealed partial record NotationMacro
{
    /// <param name="command">The command with its backslash, e.g. <c>\mappingFunction</c>: a backslash and letters.</param>
    /// <param name="definition">The LaTeX it stands for, with <c>#1</c>…<c>#9</c> for its arguments, e.g. <c>\mathbf{f}</c>.</param>
    /// <param name="parameters">How many arguments the command takes, 0 to 9.</param>
    /// <exception cref="ArgumentException">The name, the definition's braces or its <c>#n</c> arguments are wrong.</exception>
    public NotationMacro(string command, string definition, int parameters = 0)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(definition);
        var name = command.Trim();
        if (!CommandPattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{command}' is not a LaTeX command name: write a backslash and letters only, e.g. @\"\\mappingFunction\".",
                nameof(command));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(parameters);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parameters, 9);
        var body = definition.Trim();
        if (body.Length == 0)
        {
            throw new ArgumentException($"The definition of {name} is empty: give the LaTeX it stands for, e.g. @\"\\mathbf{{f}}\".", nameof(definition));
        }

        CheckDefinition(name, body, parameters);
        Command = name;
        Definition = body;
        Parameters = parameters;
    }

    /// <summary>The command with its backslash, e.g. <c>\mappingFunction</c>.</summary>
    public string Command { get; }

    /// <summary>The name MathJax's <c>tex.macros</c> uses: the command without its backslash.</summary>
    public string Name => Command[1..];

    /// <summary>The LaTeX the command stands for.</summary>
    public string Definition { get; }

    /// <summary>How many arguments the command takes.</summary>
    public int Parameters { get; }

    /// <summary>lamd's form: <c>\newcommand{\name}[n]{definition}</c> (no <c>[n]</c> without arguments).</summary>
    public string ToLatex() => $"\\newcommand{{{Command}}}{(Parameters > 0 ? $"[{Parameters}]" : string.Empty)}{{{Definition}}}";

    /// <summary>Braces balance (a brace after a backslash is literal) and every <c>#n</c> is one of the arguments.</summary>
    private static void CheckDefinition(string command, string definition, int parameters)
    {
        var depth = 0;
        for (var i = 0; i < definition.Length; i++)
        {
            switch (definition[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth < 0:
                    throw new ArgumentException($"The definition of {command} closes a brace it never opened (character {i + 1}): check its braces.", nameof(definition));
                case '#':
                    var argument = i + 1 < definition.Length ? definition[i + 1] - '0' : -1;
                    if (argument < 1 || argument > parameters)
                    {
                        var allowed = parameters == 0 ? "it takes no arguments: pass parameters" : $"it takes {parameters}: use #1 to #{parameters}, or pass more parameters";
                        throw new ArgumentException($"The definition of {command} uses '#{(argument is >= 0 and <= 9 ? argument.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}' but {allowed}.", nameof(definition));
                    }

                    i++;
                    break;
            }
        }

        if (depth != 0)
        {
            throw new ArgumentException($"The definition of {command} leaves {depth} brace(s) open: close them.", nameof(definition));
        }
    }

    [GeneratedRegex("^\\\\[A-Za-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CommandPattern();
}
