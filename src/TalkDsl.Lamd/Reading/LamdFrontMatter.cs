using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TalkDsl.Lamd.Reading;

/// <summary>One top-level key of the front matter (or of <c>_lamd.yml</c>), with where its value starts.</summary>
public sealed record LamdFrontMatterEntry(string Key, YamlNode Value, SourcePosition Position);

/// <summary>
/// A talk's YAML front matter, read with YamlDotNet, keyed by top-level key. Values keep their YAML
/// nodes so the mapper can tell a list of authors from a single one.
/// </summary>
public sealed record LamdFrontMatter(ImmutableArray<LamdFrontMatterEntry> Entries)
{
    public static LamdFrontMatter Empty { get; } = new(ImmutableArray<LamdFrontMatterEntry>.Empty);

    /// <summary>The entry for <paramref name="key"/> (keys compare case-sensitively, as YAML's do).</summary>
    public LamdFrontMatterEntry? this[string key] => Entries.LastOrDefault(e => e.Key == key);

    /// <summary>This front matter over <paramref name="defaults"/> (lamd's <c>_lamd.yml</c>): a key here wins.</summary>
    public LamdFrontMatter Over(LamdFrontMatter defaults)
    {
        var keys = Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        return new LamdFrontMatter(defaults.Entries.Where(e => !keys.Contains(e.Key)).Concat(Entries).ToImmutableArray());
    }

    /// <summary>
    /// Splits a leading <c>---</c> … <c>---</c> (or <c>...</c>) block off the file's text and reads it.
    /// Returns null and the offset 0 when the text has no front matter.
    /// </summary>
    public static (LamdFrontMatter? FrontMatter, int BodyStart) Split(LamdSourceFile file, ICollection<LamdDiagnostic> diagnostics)
    {
        var text = file.Text;
        if (!IsFence(text, 0, "---", out var firstLineEnd))
        {
            return (null, 0);
        }

        var lineStart = firstLineEnd;
        while (lineStart < text.Length)
        {
            if (IsFence(text, lineStart, "---", out var end) || IsFence(text, lineStart, "...", out end))
            {
                var yaml = text[firstLineEnd..lineStart];
                return (Parse(yaml, file, lineOffset: 1, diagnostics), end);
            }

            var next = text.IndexOf('\n', lineStart);
            lineStart = next < 0 ? text.Length : next + 1;
        }

        diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.InvalidFrontMatter, file.PositionAt(0),
            "the front matter opened by '---' on line 1 is never closed: add a line '---' after the last YAML line"));
        return (null, text.Length);
    }

    /// <summary>Reads a whole YAML file (lamd's <c>_lamd.yml</c>) as front matter defaults.</summary>
    public static LamdFrontMatter? Parse(LamdSourceFile file, ICollection<LamdDiagnostic> diagnostics) =>
        Parse(file.Text, file, lineOffset: 0, diagnostics);

    private static LamdFrontMatter? Parse(string yaml, LamdSourceFile file, int lineOffset, ICollection<LamdDiagnostic> diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when ((e is YamlException or InvalidOperationException) && AsPyYamlReadsIt(yaml, file, lineOffset) is ({ } lenient, var warnings))
        {
            // lamd reads front matter with PyYAML, which takes what YamlDotNet refuses here (see AsPyYamlReadsIt).
            stream = lenient;
            foreach (var warning in warnings)
            {
                diagnostics.Add(warning);
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // YamlDotNet reports most syntax errors as YamlException with a mark; a few (an unclosed flow
            // sequence at the end) escape as InvalidOperationException, which has none: blame the first line.
            var (line, column) = e is YamlException y ? ((int)y.Start.Line, (int)y.Start.Column) : (1, 1);
            var position = new SourcePosition(file.DisplayPath, line + lineOffset, column);
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.InvalidFrontMatter, position,
                $"the YAML front matter does not parse ({e.Message.Trim()}): fix the YAML, e.g. quote values that contain ':'"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.InvalidFrontMatter,
                new SourcePosition(file.DisplayPath, (int)root.Start.Line + lineOffset, (int)root.Start.Column),
                "the front matter is not a set of 'key: value' lines: write e.g. 'title: My talk'"));
            return null;
        }

        var entries = ImmutableArray.CreateBuilder<LamdFrontMatterEntry>();
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            entries.Add(new LamdFrontMatterEntry(name, value,
                new SourcePosition(file.DisplayPath, (int)key.Start.Line + lineOffset, (int)key.Start.Column)));
        }

        return new LamdFrontMatter(entries.ToImmutable());
    }

    /// <summary>
    /// The front matter as PyYAML (lamd's reader) reads two things YamlDotNet refuses: a top-level key given
    /// twice (the last wins, with a LAMD023 warning at each earlier one), and a quoted value whose later lines
    /// start at the left margin. Null when it still does not parse (the caller reports the first error).
    /// </summary>
    private static (YamlStream? Stream, List<LamdDiagnostic> Warnings) AsPyYamlReadsIt(string yaml, LamdSourceFile file, int lineOffset)
    {
        var lines = yaml.Split('\n');
        var blocks = new List<(string Key, int First, int Last)>();
        char? openQuote = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var key = openQuote is null ? TopLevelKey.Match(line) : System.Text.RegularExpressions.Match.Empty;
            if (key.Success)
            {
                blocks.Add((key.Groups[1].Value, i, i));
                var value = line[key.Length..].TrimStart();
                openQuote = value.Length > 0 && value[0] is '"' or '\'' && !Closes(value[1..], value[0]) ? value[0] : null;
            }
            else if (blocks.Count > 0)
            {
                blocks[^1] = blocks[^1] with { Last = i };
                if (openQuote is { } quote)
                {
                    openQuote = Closes(line, quote) ? null : quote;
                    if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
                    {
                        lines[i] = " " + line; // a later line of a quoted value, at the margin
                    }
                }
            }
        }

        var warnings = new List<LamdDiagnostic>();
        var lastOf = blocks.GroupBy(b => b.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var block in blocks.Where(b => lastOf[b.Key] != b))
        {
            for (var i = block.First; i <= block.Last; i++)
            {
                lines[i] = string.Empty;
            }

            warnings.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.RepeatedKey, new SourcePosition(file.DisplayPath, block.First + 1 + lineOffset, 1),
                $"'{block.Key}' is given again on line {lastOf[block.Key].First + 1 + lineOffset}: as lamd (PyYAML) reads it, the last one wins and this one is ignored; remove one of them"));
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(string.Join('\n', lines)));
            return (stream, warnings);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return (null, warnings);
        }
    }

    /// <summary>Whether <paramref name="text"/> holds the closing <paramref name="quote"/> of a YAML quoted scalar.</summary>
    private static bool Closes(string text, char quote)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex TopLevelKey = new(@"^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]|$)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsFence(string text, int lineStart, string fence, out int nextLineStart)
    {
        var lineEnd = text.IndexOf('\n', lineStart);
        var line = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
        nextLineStart = lineEnd < 0 ? text.Length : lineEnd + 1;
        return line.TrimEnd() == fence;
    }
}
