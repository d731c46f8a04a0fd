using System.Collections.Immutable;
using System.Text;

namespace TalkDsl.Lamd.Reading;

/// <summary>
/// Parses lamd's markdown-with-gpp-macros into a tree, the way gpp reads it with lamd's settings
/// (<c>-U "\\" "" "{" "}{" "}" "{" "}" "#" ""</c>): a macro is <c>\</c> and an identifier; its arguments
/// follow at once as <c>{…}</c>, separated by <c>}{</c>; inside an argument every <c>{</c> and <c>}</c>
/// counts for balance (there is no quote character, so <c>\{</c> counts too); outside arguments braces
/// are plain text; <c>#1</c>…<c>#9</c> refer to arguments. Conditionals are parsed into one node with
/// both branches. The parser never evaluates anything: definitions, includes and conditions are the
/// evaluator's business.
/// </summary>
public sealed class LamdParser
{
    private readonly LamdSourceFile _file;
    private readonly string _text;
    private readonly List<LamdDiagnostic> _diagnostics = [];

    /// <summary>
    /// Where an argument's brace was found never to close. Reading one is the same wherever it is met, so a
    /// brace is tried once: after the outer argument it sits in fails too, it is read again as text without
    /// another try (without this, n unclosed braces nested in each other are read 2^n times).
    /// </summary>
    private readonly HashSet<int> _unclosedArguments = [];
    private int _pos;
    private int _depth;

    /// <summary>
    /// The most macro arguments and conditionals one may open inside each other. Real talks nest a handful;
    /// deeper input (20,000 <c>\slides{</c>) is refused with LAMD019 rather than overflowing the stack.
    /// </summary>
    public const int MaxDepth = 256;

    private LamdParser(LamdSourceFile file, int start)
    {
        _file = file;
        _text = file.Text;
        _pos = start;
    }

    private enum Stop
    {
        EndOfInput,
        ArgumentEnd,
        Else,
        EndIf,
    }

    /// <summary>Parses a file: its front matter (if it has one) and its body.</summary>
    public static LamdSyntaxTree Parse(LamdSourceFile file)
    {
        var diagnostics = new List<LamdDiagnostic>();
        var (frontMatter, bodyStart) = LamdFrontMatter.Split(file, diagnostics);
        var parser = new LamdParser(file, bodyStart);
        var body = parser.ParseBody();
        diagnostics.AddRange(parser._diagnostics);
        return new LamdSyntaxTree(file, frontMatter, body, FindGuard(body), [.. diagnostics]);
    }

    /// <summary>Parses text that has no front matter, e.g. a macro body re-read after expansion.</summary>
    public static (ImmutableArray<LamdNode> Nodes, ImmutableArray<LamdDiagnostic> Diagnostics) ParseFragment(LamdSourceFile file)
    {
        var parser = new LamdParser(file, 0);
        var body = parser.ParseBody();
        return (body, [.. parser._diagnostics]);
    }

    /// <summary>LaTeX's <c>\newcommand</c>, whose <c>[n]</c> between its arguments the parser keeps.</summary>
    public const string NewCommand = "newcommand";

    /// <summary>gpp's identifier characters: letters, digits and underscore.</summary>
    public static bool IsIdentifierChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    /// <summary>The whole text from the start position; nesting deeper than <see cref="MaxDepth"/> ends the parse with LAMD019 and an empty body.</summary>
    private ImmutableArray<LamdNode> ParseBody()
    {
        try
        {
            return ParseSequence(inArgument: false, conditionalDepth: 0).Nodes;
        }
        catch (TooDeepException deep)
        {
            _diagnostics.Add(Error(LamdDiagnosticIds.TooDeep, deep.Offset,
                $"macro arguments and conditionals nest more than {MaxDepth} deep here: close the braces or \\endif you meant to close (the file is not imported)"));
            return [];
        }
    }

    /// <summary>Opens one more level of nesting at <paramref name="offset"/>; the caller closes it in a finally.</summary>
    private void Enter(int offset)
    {
        if (++_depth > MaxDepth)
        {
            throw new TooDeepException(offset);
        }
    }

    private sealed class TooDeepException(int offset) : Exception
    {
        public int Offset { get; } = offset;
    }

    private (ImmutableArray<LamdNode> Nodes, Stop Stop, int StopStart) ParseSequence(bool inArgument, int conditionalDepth)
    {
        var nodes = ImmutableArray.CreateBuilder<LamdNode>();
        var text = new StringBuilder();
        var textStart = _pos;
        var depth = 0;

        void Flush()
        {
            if (text.Length > 0)
            {
                nodes.Add(new LamdText(text.ToString(), _file.PositionAt(textStart), textStart, _pos));
                text.Clear();
            }
        }

        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (text.Length == 0)
            {
                textStart = _pos;
            }

            if (inArgument && c == '}')
            {
                if (depth == 0)
                {
                    Flush();
                    return (nodes.ToImmutable(), Stop.ArgumentEnd, _pos);
                }

                depth--;
            }
            else if (inArgument && c == '{')
            {
                depth++;
            }
            else if (c == '\\' && _pos + 1 < _text.Length && IsIdentifierChar(_text[_pos + 1]))
            {
                var start = _pos;
                var name = ReadIdentifier(_pos + 1);
                switch (name)
                {
                    case "else" or "endif" when conditionalDepth > 0:
                        Flush();
                        _pos = start + 1 + name.Length;
                        return (nodes.ToImmutable(), name == "else" ? Stop.Else : Stop.EndIf, start);
                    case "else" or "endif":
                        Flush();
                        _pos = start + 1 + name.Length;
                        _diagnostics.Add(Error(LamdDiagnosticIds.StrayConditional, start,
                            $"\\{name} without an open \\ifdef, \\ifndef or \\ifeq{(inArgument ? " in this macro argument (a conditional must open and close inside the same argument)" : string.Empty)}: remove it or add the conditional it closes"));
                        continue;
                    case "ifdef" or "ifndef" or "ifeq" or "ifneq":
                        Flush();
                        nodes.Add(ParseConditional(start, name, inArgument, conditionalDepth));
                        continue;
                    default:
                        Flush();
                        nodes.Add(ParseMacro(start, name));
                        continue;
                }
            }
            else if (c == '#' && _pos + 1 < _text.Length && _text[_pos + 1] is >= '1' and <= '9')
            {
                Flush();
                nodes.Add(new LamdArgumentReference(_text[_pos + 1] - '0', _file.PositionAt(_pos), _pos, _pos + 2));
                _pos += 2;
                continue;
            }

            text.Append(c);
            _pos++;
        }

        Flush();
        return (nodes.ToImmutable(), Stop.EndOfInput, _pos);
    }

    private string ReadIdentifier(int from)
    {
        var end = from;
        while (end < _text.Length && IsIdentifierChar(_text[end]))
        {
            end++;
        }

        return _text[from..end];
    }

    private LamdMacroCall ParseMacro(int start, string name)
    {
        _pos = start + 1 + name.Length;
        var arguments = ParseArguments(start, name);
        string? parameterCount = null;
        if (name == NewCommand && arguments.Length == 1 && ReadParameterCount() is { } count)
        {
            // LaTeX's \newcommand{\name}[n]{definition}: gpp passes it through for pandoc, which reads the [n];
            // the tree keeps it on the call so the definition stays the call's second argument.
            parameterCount = count;
            arguments = arguments.AddRange(ParseArguments(start, name));
        }

        return new LamdMacroCall(name, arguments, _file.PositionAt(start), start, _pos) { ParameterCount = parameterCount };
    }

    /// <summary>Reads <c>[n]</c> (digits) when a <c>{</c> follows it at once; otherwise reads nothing.</summary>
    private string? ReadParameterCount()
    {
        var end = _pos + 1;
        while (end < _text.Length && char.IsAsciiDigit(_text[end]))
        {
            end++;
        }

        if (_pos >= _text.Length || _text[_pos] != '[' || end == _pos + 1 || end + 1 >= _text.Length || _text[end] != ']' || _text[end + 1] != '{')
        {
            return null;
        }

        var count = _text[(_pos + 1)..end];
        _pos = end + 1;
        return count;
    }

    private ImmutableArray<LamdArgument> ParseArguments(int macroStart, string name)
    {
        var arguments = ImmutableArray.CreateBuilder<LamdArgument>();
        while (_pos < _text.Length && _text[_pos] == '{')
        {
            var open = _pos;
            var findings = _diagnostics.Count;
            var nodes = ImmutableArray<LamdNode>.Empty;
            var stop = Stop.EndOfInput;
            if (!_unclosedArguments.Contains(open))
            {
                _pos++;
                Enter(open);
                try
                {
                    (nodes, stop, _) = ParseSequence(inArgument: true, conditionalDepth: 0);
                }
                finally
                {
                    _depth--;
                }
            }

            if (stop != Stop.ArgumentEnd)
            {
                _unclosedArguments.Add(open);
                // gpp reads a brace that never closes as text: the macro ends before it, with the arguments
                // it has, and the rest of the file is read on as if the brace were not an argument's.
                _diagnostics.RemoveRange(findings, _diagnostics.Count - findings);
                _diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.UnbalancedBraces, _file.PositionAt(open),
                    $"unbalanced braces: argument {arguments.Count + 1} of \\{name} (at {_file.PositionAt(macroStart)}) opens here and is never closed; as gpp does, the brace is read as text and \\{name} takes the arguments before it; add the missing '}}' if it was meant (inside a macro argument gpp counts every brace, '\\{{' too, so balance it with '\\}}')"));
                _pos = open;
                return arguments.ToImmutable();
            }

            arguments.Add(new LamdArgument(nodes, _file.PositionAt(open + 1), open + 1, _pos));
            _pos++; // the closing brace; '}{' goes straight on to the next argument
        }

        return arguments.ToImmutable();
    }

    private LamdConditional ParseConditional(int start, string name, bool inArgument, int conditionalDepth)
    {
        var kind = name switch
        {
            "ifdef" => LamdConditionKind.IfDefined,
            "ifndef" => LamdConditionKind.IfNotDefined,
            "ifeq" => LamdConditionKind.IfEqual,
            _ => LamdConditionKind.IfNotEqual,
        };
        _pos = start + 1 + name.Length;
        Enter(start);
        try
        {
            return ParseConditionalBody(start, name, kind, inArgument, conditionalDepth);
        }
        finally
        {
            _depth--;
        }
    }

    private LamdConditional ParseConditionalBody(int start, string name, LamdConditionKind kind, bool inArgument, int conditionalDepth)
    {
        var condition = ParseArguments(start, name);
        var (then, stop, _) = ParseSequence(inArgument, conditionalDepth + 1);
        var elseNodes = ImmutableArray<LamdNode>.Empty;
        var hasElse = false;
        while (stop == Stop.Else)
        {
            if (hasElse)
            {
                _diagnostics.Add(Error(LamdDiagnosticIds.StrayConditional, _pos - "else".Length - 1,
                    $"a second \\else for the \\{name} at {_file.PositionAt(start)}: remove it, or close the first conditional with \\endif"));
            }

            hasElse = true;
            var (more, next, _) = ParseSequence(inArgument, conditionalDepth + 1);
            elseNodes = elseNodes.AddRange(more);
            stop = next;
        }

        if (stop == Stop.EndOfInput && !inArgument)
        {
            // gpp closes a conditional still open at the end of the file there.
            var condText = condition.Length > 0 ? _text[condition[0].Start..condition[0].End] : string.Empty;
            _diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.UnterminatedConditional, _file.PositionAt(start),
                $"\\{name}{{{condText}}} is never closed: as gpp does, it ends with the file; add \\endif where its conditional text ends"));
        }
        else if (stop != Stop.EndIf)
        {
            var condText = condition.Length > 0 ? _text[condition[0].Start..condition[0].End] : string.Empty;
            _diagnostics.Add(Error(LamdDiagnosticIds.UnterminatedConditional, start,
                $"\\{name}{{{condText}}} is never closed{(stop == Stop.ArgumentEnd ? " inside this macro argument" : string.Empty)}: add \\endif where its conditional text ends"));
        }

        return new LamdConditional(kind, condition, then, elseNodes, hasElse, _file.PositionAt(start), start, _pos);
    }

    private LamdDiagnostic Error(string id, int offset, string message) =>
        new(LamdSeverity.Error, id, _file.PositionAt(offset), message);

    private static LamdIncludeGuard? FindGuard(ImmutableArray<LamdNode> body)
    {
        var significant = body.Where(n => n is not LamdText { Text: var t } || !string.IsNullOrWhiteSpace(t)).ToList();
        if (significant is not [LamdConditional { Kind: LamdConditionKind.IfNotDefined, HasElse: false } guard]
            || guard.Condition.Length != 1
            || PlainText(guard.Condition[0]) is not { } symbol)
        {
            return null;
        }

        var first = guard.Then.FirstOrDefault(n => n is not LamdText { Text: var t } || !string.IsNullOrWhiteSpace(t));
        return first is LamdMacroCall { Name: "define", Arguments: [var defined, ..] } && PlainText(defined) == symbol
            ? new LamdIncludeGuard(symbol, guard.Position)
            : null;
    }

    /// <summary>The text of an argument that holds nothing but text, trimmed; null otherwise.</summary>
    public static string? PlainText(LamdArgument argument) =>
        argument.Nodes.All(n => n is LamdText) ? string.Concat(argument.Nodes.Cast<LamdText>().Select(t => t.Text)).Trim() : null;
}
