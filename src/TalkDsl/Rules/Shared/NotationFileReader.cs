using System.Collections.Generic;
using System.Globalization;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs): how a notation file (NotationFile("talk-notation.tex"), lamd's
// talk-notation.tex) is read, by the run time that applies it and by the analyzer that checks it (TALK022).

/// <summary>One <c>\newcommand</c> of a notation file, checked as <c>Notation(...)</c> checks its values.</summary>
internal sealed class NotationFileMacro
{
    public NotationFileMacro(string command, string definition, int parameters, int line)
    {
        Command = command;
        Definition = definition;
        Parameters = parameters;
        Line = line;
    }

    public string Command { get; }

    public string Definition { get; }

    public int Parameters { get; }

    /// <summary>The 1-based line the definition starts on.</summary>
    public int Line { get; }
}

/// <summary>What a notation file holds: its macros in order (a command defined again replaces the earlier one, as in LaTeX's \renewcommand), and what did not read.</summary>
internal sealed class NotationFileContent
{
    public List<NotationFileMacro> Macros { get; } = new List<NotationFileMacro>();

    /// <summary>Each problem with its 1-based line, ready to show after "file:line: ".</summary>
    public List<KeyValuePair<int, string>> Problems { get; } = new List<KeyValuePair<int, string>>();
}

/// <summary>
/// Reads a LaTeX notation file: <c>\newcommand{\name}[n]{definition}</c> (also <c>\renewcommand</c>,
/// <c>\providecommand</c> and the unbraced <c>\newcommand\name</c>), one after another, with <c>%</c> comments and
/// blank lines between. An empty definition (lamd's <c>\newcommand{\tk}[1]{}</c>) stands for nothing: it is read
/// as <c>{}</c>, which MathJax renders as nothing too. Anything else is a problem at its line.
/// </summary>
internal static class NotationFileReader
{
    private static readonly string[] Commands = { "\\newcommand", "\\renewcommand", "\\providecommand" };

    public static NotationFileContent Read(string text)
    {
        var content = new NotationFileContent();
        var reader = new Reader(text);
        while (true)
        {
            reader.SkipSpaceAndComments();
            if (reader.AtEnd)
            {
                return content;
            }

            var line = reader.Line;
            var keyword = reader.ReadKeyword(Commands);
            if (keyword is null)
            {
                content.Problems.Add(new KeyValuePair<int, string>(line, "this is not a \\newcommand: a notation file holds \\newcommand{\\name}[n]{definition} lines and % comments only"));
                reader.SkipLine();
                continue;
            }

            var problem = ReadDefinition(reader, content, line);
            if (problem is not null)
            {
                content.Problems.Add(new KeyValuePair<int, string>(line, problem));
                reader.SkipLine();
            }
        }
    }

    private static string? ReadDefinition(Reader reader, NotationFileContent content, int line)
    {
        reader.SkipSpace();
        var name = reader.Peek == '{' ? reader.ReadGroup()?.Trim() : reader.ReadCommandName();
        if (name is null || ValueChecks.NotationCommand(name) is not null)
        {
            return "write the command as \\newcommand{\\name}{definition}: a backslash and letters in braces";
        }

        reader.SkipSpace();
        var parameters = 0;
        if (reader.Peek == '[')
        {
            var count = reader.ReadUntil(']');
            if (count is null || !int.TryParse(count.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out parameters) || ValueChecks.NotationParameters(parameters) is not null)
            {
                return "the number of arguments of " + name + " must be 0 to 9, written [n] after the name";
            }

            reader.SkipSpace();
            if (reader.Peek == '[')
            {
                return name + " has a default for its first argument ([n][default]), which MathJax's notation table cannot hold: define it without one";
            }
        }

        if (reader.Peek != '{')
        {
            return "the definition of " + name + " must follow in braces: \\newcommand{" + name + "}{definition}";
        }

        var definition = reader.ReadGroup();
        if (definition is null)
        {
            return "the definition of " + name + " never closes its brace: check its braces";
        }

        var body = definition.Trim().Length == 0 ? "{}" : definition.Trim();
        if (ValueChecks.NotationDefinition(name, body, parameters) is { } refused)
        {
            return refused;
        }

        content.Macros.RemoveAll(m => m.Command == name);
        content.Macros.Add(new NotationFileMacro(name, body, parameters, line));
        return null;
    }

    private sealed class Reader
    {
        private readonly string _text;
        private int _pos;

        public Reader(string text) => _text = text;

        public bool AtEnd => _pos >= _text.Length;

        public char Peek => _pos < _text.Length ? _text[_pos] : '\0';

        /// <summary>The 1-based line of the current position.</summary>
        public int Line
        {
            get
            {
                var line = 1;
                for (var i = 0; i < _pos && i < _text.Length; i++)
                {
                    if (_text[i] == '\n')
                    {
                        line++;
                    }
                }

                return line;
            }
        }

        public void SkipSpace()
        {
            while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
            {
                _pos++;
            }
        }

        public void SkipSpaceAndComments()
        {
            while (true)
            {
                SkipSpace();
                if (Peek != '%')
                {
                    return;
                }

                SkipLine();
            }
        }

        public void SkipLine()
        {
            while (_pos < _text.Length && _text[_pos] != '\n')
            {
                _pos++;
            }
        }

        public string? ReadKeyword(string[] keywords)
        {
            foreach (var keyword in keywords)
            {
                var end = _pos + keyword.Length;
                if (string.CompareOrdinal(_text, _pos, keyword, 0, keyword.Length) == 0 && (end >= _text.Length || !char.IsLetter(_text[end])))
                {
                    _pos = end;
                    return keyword;
                }
            }

            return null;
        }

        public string? ReadCommandName()
        {
            if (Peek != '\\')
            {
                return null;
            }

            var start = _pos++;
            while (_pos < _text.Length && char.IsLetter(_text[_pos]))
            {
                _pos++;
            }

            return _text.Substring(start, _pos - start);
        }

        public string? ReadUntil(char close)
        {
            var end = _text.IndexOf(close, _pos + 1);
            if (end < 0)
            {
                return null;
            }

            var inner = _text.Substring(_pos + 1, end - _pos - 1);
            _pos = end + 1;
            return inner;
        }

        /// <summary>The text inside the braced group at the position (a brace after a backslash is literal), or null when it never closes.</summary>
        public string? ReadGroup()
        {
            var depth = 0;
            for (var i = _pos; i < _text.Length; i++)
            {
                switch (_text[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '{':
                        depth++;
                        break;
                    case '}' when --depth == 0:
                        var inner = _text.Substring(_pos + 1, i - _pos - 1);
                        _pos = i + 1;
                        return inner;
                }
            }

            return null;
        }
    }
}
