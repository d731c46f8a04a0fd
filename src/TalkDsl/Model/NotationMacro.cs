using TalkDsl.Rules;

namespace TalkDsl.Model;

/// <summary>
/// One entry of a talk's notation table: lamd's <c>\newcommand{\name}[n]{definition}</c>. The slides and
/// notes give the table to MathJax (<c>tex.macros</c>), so <c>$\mappingFunction(x)$</c> renders.
/// </summary>
public sealed record NotationMacro
{
    /// <param name="command">The command with its backslash, e.g. <c>\mappingFunction</c>: a backslash and letters.</param>
    /// <param name="definition">The LaTeX it stands for, with <c>#1</c>…<c>#9</c> for its arguments, e.g. <c>\mathbf{f}</c>.</param>
    /// <param name="parameters">How many arguments the command takes, 0 to 9.</param>
    /// <exception cref="ArgumentException">The name, the definition's braces or its <c>#n</c> arguments are wrong.</exception>
    public NotationMacro(string command, string definition, int parameters = 0)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(definition);
        var name = ModelChecks.Accept(command.Trim(), ValueChecks.NotationCommand(command), nameof(command));
        if (ValueChecks.NotationParameters(parameters) is { } range)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters, range);
        }

        Command = name;
        Definition = ModelChecks.Accept(definition.Trim(), ValueChecks.NotationDefinition(name, definition, parameters), nameof(definition));
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
}
