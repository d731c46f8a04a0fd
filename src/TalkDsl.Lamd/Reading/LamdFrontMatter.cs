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

    private static bool IsFence(string text, int lineStart, string fence, out int nextLineStart)
    {
        var lineEnd = text.IndexOf('\n', lineStart);
        var line = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
        nextLineStart = lineEnd < 0 ? text.Length : lineEnd + 1;
        return line.TrimEnd() == fence;
    }
}
