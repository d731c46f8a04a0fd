using System;
using System.Collections.Generic;
using System.Text;

namespace TalkDsl.Rules.Citations;

// Shared source (see RuleCatalog.cs). A BibTeX reader for what real files hold: @string macros and '#'
// concatenation, the month macros, values in braces (nested) or quotes, numbers, @comment and @preamble,
// text between entries (comments), crossref, and duplicate keys reported. It never throws: what it cannot
// read it reports with a line, skips to the next entry, and goes on.

/// <summary>One entry: its type (lower case), key, the line it starts on, and its fields with macros expanded (LaTeX kept).</summary>
internal sealed class BibRecord
{
    public BibRecord(string type, string key, int line)
    {
        Type = type;
        Key = key;
        Line = line;
    }

    public string Type { get; }

    public string Key { get; }

    public int Line { get; }

    /// <summary>Field values by lower-case name, as LaTeX.</summary>
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>A field as plain text (see <see cref="LatexText"/>); null when absent or blank.</summary>
    public string? Text(string field) =>
        Fields.TryGetValue(field, out var value) && LatexText.ToPlain(value) is { Length: > 0 } plain ? plain : null;

    /// <summary>A name list (author, editor) as names.</summary>
    public List<BibName> Names(string field) =>
        Fields.TryGetValue(field, out var value) ? BibNames.Parse(value) : new List<BibName>();
}

/// <summary>What the reader could not read, or reports: a line (1-based) and what to do.</summary>
internal sealed class BibProblem
{
    public BibProblem(int line, string message)
    {
        Line = line;
        Message = message;
    }

    public int Line { get; }

    public string Message { get; }
}

/// <summary>A read <c>.bib</c> file: its entries in file order, by key, and its problems.</summary>
internal sealed class BibFile
{
    private readonly Dictionary<string, BibRecord> _byKey = new(StringComparer.Ordinal);

    public List<BibRecord> Records { get; } = new();

    public List<BibProblem> Problems { get; } = new();

    public BibRecord? Find(string key) => _byKey.TryGetValue(key, out var record) ? record : null;

    public bool Contains(string key) => _byKey.ContainsKey(key);

    internal bool TryAdd(BibRecord record)
    {
        if (_byKey.ContainsKey(record.Key))
        {
            return false;
        }

        _byKey.Add(record.Key, record);
        Records.Add(record);
        return true;
    }
}

internal sealed class BibTexReader
{
    private static readonly string[] MonthNames =
    {
        "jan", "January", "feb", "February", "mar", "March", "apr", "April", "may", "May", "jun", "June",
        "jul", "July", "aug", "August", "sep", "September", "oct", "October", "nov", "November", "dec", "December",
    };

    private readonly string _text;
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly BibFile _file = new();
    private int _pos;

    private BibTexReader(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }

        for (var m = 0; m < MonthNames.Length; m += 2)
        {
            _macros[MonthNames[m]] = MonthNames[m + 1];
        }
    }

    /// <summary>Reads the text of a <c>.bib</c> file.</summary>
    public static BibFile Read(string text)
    {
        var reader = new BibTexReader(text);
        reader.ReadAll();
        reader.ResolveCrossrefs();
        return reader._file;
    }

    private int LineOf(int position)
    {
        var index = _lineStarts.BinarySearch(position);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private void ReadAll()
    {
        while (true)
        {
            var at = _text.IndexOf('@', _pos);
            if (at < 0)
            {
                return;
            }

            _pos = at + 1;
            try
            {
                ReadItem(at);
            }
            catch (SyntaxError error)
            {
                _file.Problems.Add(new BibProblem(LineOf(error.Position), error.Message));
                SkipToNextEntry();
            }
        }
    }

    private void ReadItem(int at)
    {
        var type = ReadName().ToLowerInvariant();
        if (type.Length == 0)
        {
            return; // an '@' in a comment between entries
        }

        SkipSpace();
        if (_pos >= _text.Length || (_text[_pos] != '{' && _text[_pos] != '('))
        {
            return; // an '@' in the text between entries ("me@example.org"), which BibTeX ignores as comment
        }

        var close = _text[_pos] == '{' ? '}' : ')';
        var open = _pos;
        _pos++;
        switch (type)
        {
            case "comment":
            case "preamble":
                SkipBalanced(open, close);
                return;
            case "string":
                SkipSpace();
                var name = ReadName();
                if (name.Length == 0)
                {
                    throw new SyntaxError(_pos, "@string has no name: write @string{name = {value}}");
                }

                Expect('=', "after the @string name '" + name + "'");
                _macros[name] = ReadValue();
                SkipSpace();
                Expect(close, "to close @string{" + name + " ...");
                return;
            default:
                ReadEntry(type, at, close);
                return;
        }
    }

    private void ReadEntry(string type, int at, char close)
    {
        SkipSpace();
        var keyStart = _pos;
        while (_pos < _text.Length && _text[_pos] != ',' && _text[_pos] != close && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] != '@')
        {
            _pos++;
        }

        var key = _text.Substring(keyStart, _pos - keyStart);
        if (key.Length == 0)
        {
            throw new SyntaxError(keyStart, "The @" + type + " entry has no key: write @" + type + "{key, ...}");
        }

        var record = new BibRecord(type, key, LineOf(at));
        SkipSpace();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new SyntaxError(at, "The entry '" + key + "' is not closed: add '" + close + "' after its last field");
            }

            if (_text[_pos] == close)
            {
                _pos++;
                break;
            }

            if (_text[_pos] == ',')
            {
                _pos++;
                SkipSpace();
                continue;
            }

            var fieldStart = _pos;
            var field = ReadName().ToLowerInvariant();
            if (field.Length == 0)
            {
                throw new SyntaxError(fieldStart, "Unexpected '" + _text[_pos] + "' in the entry '" + key + "': expected a field name, ',' or '" + close + "'");
            }

            Expect('=', "after the field '" + field + "' of '" + key + "'");
            var value = ReadValue();
            if (!record.Fields.ContainsKey(field))
            {
                record.Fields.Add(field, value);
            }

            SkipSpace();
            if (_pos < _text.Length && _text[_pos] != ',' && _text[_pos] != close)
            {
                throw new SyntaxError(_pos, "The field '" + field + "' of '" + key + "' is followed by '" + _text[_pos] + "': separate fields with ','");
            }
        }

        if (!_file.TryAdd(record))
        {
            var first = _file.Find(key)!;
            _file.Problems.Add(new BibProblem(record.Line, "The key '" + key + "' is already defined at line " + first.Line + ": this entry is ignored; rename or remove one of them"));
        }
    }

    /// <summary>A value: parts in braces, quotes, numbers or macro names, joined by '#'.</summary>
    private string ReadValue()
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipSpace();
            if (_pos >= _text.Length)
            {
                throw new SyntaxError(_pos, "The file ends inside a value");
            }

            var c = _text[_pos];
            if (c == '{')
            {
                var end = LatexText.MatchingBrace(_text, _pos, _text.Length);
                if (end >= _text.Length)
                {
                    throw new SyntaxError(_pos, "A '{' is never closed: balance the braces of this value");
                }

                value.Append(_text, _pos + 1, end - _pos - 1);
                _pos = end + 1;
            }
            else if (c == '"')
            {
                var depth = 0;
                var i = _pos + 1;
                for (; i < _text.Length; i++)
                {
                    var q = _text[i];
                    if (q == '\\')
                    {
                        i++;
                    }
                    else if (q == '{')
                    {
                        depth++;
                    }
                    else if (q == '}')
                    {
                        depth--;
                    }
                    else if (q == '"' && depth == 0)
                    {
                        break;
                    }
                }

                if (i >= _text.Length)
                {
                    throw new SyntaxError(_pos, "A '\"' is never closed: close the quoted value");
                }

                value.Append(_text, _pos + 1, i - _pos - 1);
                _pos = i + 1;
            }
            else if (char.IsDigit(c))
            {
                var from = _pos;
                while (_pos < _text.Length && char.IsDigit(_text[_pos]))
                {
                    _pos++;
                }

                value.Append(_text, from, _pos - from);
            }
            else
            {
                var at = _pos;
                var name = ReadName();
                if (name.Length == 0)
                {
                    throw new SyntaxError(at, "Unexpected '" + c + "': a value is {text}, \"text\", a number or an @string name");
                }

                if (_macros.TryGetValue(name, out var macro))
                {
                    value.Append(macro);
                }
                else
                {
                    _file.Problems.Add(new BibProblem(LineOf(at), "'" + name + "' is not a defined @string: define it with @string{" + name + " = {...}}, or put the value in braces"));
                }
            }

            SkipSpace();
            if (_pos < _text.Length && _text[_pos] == '#')
            {
                _pos++;
                continue;
            }

            return value.ToString();
        }
    }

    private string ReadName()
    {
        var from = _pos;
        while (_pos < _text.Length && IsNameChar(_text[_pos]))
        {
            _pos++;
        }

        return _text.Substring(from, _pos - from);
    }

    private static bool IsNameChar(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/' or '\'' or '!' or '?' or '*' or '<' or '>' or '[' or ']' or '|' or '&' or ';' or '~' or '^' or '`';

    private void Expect(char c, string where)
    {
        SkipSpace();
        if (_pos >= _text.Length || _text[_pos] != c)
        {
            var found = _pos >= _text.Length ? "the end of the file" : "'" + _text[_pos] + "'";
            throw new SyntaxError(_pos, "Expected '" + c + "' " + where + ", found " + found);
        }

        _pos++;
    }

    /// <summary>Skips white space and '%' comments to the end of their line.</summary>
    private void SkipSpace()
    {
        while (_pos < _text.Length)
        {
            if (char.IsWhiteSpace(_text[_pos]))
            {
                _pos++;
            }
            else if (_text[_pos] == '%')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBalanced(int open, char close)
    {
        if (close == '}')
        {
            var end = LatexText.MatchingBrace(_text, open, _text.Length);
            if (end >= _text.Length)
            {
                throw new SyntaxError(open, "A '{' is never closed: balance the braces");
            }

            _pos = end + 1;
            return;
        }

        var closing = _text.IndexOf(')', open);
        _pos = closing < 0 ? _text.Length : closing + 1;
    }

    /// <summary>After an error: on to the next '@' that starts a line, where the next entry most likely is.</summary>
    private void SkipToNextEntry()
    {
        while (_pos < _text.Length)
        {
            var next = _text.IndexOf('@', _pos);
            if (next < 0)
            {
                _pos = _text.Length;
                return;
            }

            var lineStart = next;
            while (lineStart > 0 && (_text[lineStart - 1] == ' ' || _text[lineStart - 1] == '\t'))
            {
                lineStart--;
            }

            if (lineStart == 0 || _text[lineStart - 1] == '\n')
            {
                _pos = next;
                return;
            }

            _pos = next + 1;
        }
    }

    /// <summary>crossref: an entry takes the fields it lacks from the entry it names; the parent's title is its booktitle.</summary>
    private void ResolveCrossrefs()
    {
        foreach (var record in _file.Records)
        {
            if (!record.Fields.TryGetValue("crossref", out var parentKey))
            {
                continue;
            }

            var parent = _file.Find(parentKey.Trim());
            if (parent is null)
            {
                _file.Problems.Add(new BibProblem(record.Line, "The entry '" + record.Key + "' has crossref '" + parentKey.Trim() + "', which no entry of the file has: add that entry or remove the crossref"));
                continue;
            }

            if (!record.Fields.ContainsKey("booktitle") && parent.Fields.TryGetValue("title", out var title))
            {
                record.Fields["booktitle"] = title;
            }

            foreach (var field in parent.Fields)
            {
                if (!record.Fields.ContainsKey(field.Key) && field.Key != "title")
                {
                    record.Fields[field.Key] = field.Value;
                }
            }
        }
    }

    private sealed class SyntaxError : Exception
    {
        public SyntaxError(int position, string message)
            : base(message) => Position = position;

        public int Position { get; }
    }
}
