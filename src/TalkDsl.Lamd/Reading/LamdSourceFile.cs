using System.Text;

namespace TalkDsl.Lamd.Reading;

/// <summary>
/// The text of one lamd file, decoded as strict UTF-8, with the map from character offsets to lines and
/// columns that every position in the importer is computed from.
/// </summary>
public sealed class LamdSourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly int[] _lineStarts;

    /// <summary>Wraps text already in memory (tests, and files read by <see cref="Load"/>).</summary>
    /// <param name="fullPath">The absolute path, used to resolve includes and to key caches.</param>
    /// <param name="displayPath">The path shown in messages and comments, e.g. relative to the import root.</param>
    /// <param name="text">The decoded text; CR LF and CR are read as LF.</param>
    public LamdSourceFile(string fullPath, string displayPath, string text)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string FullPath { get; }

    public string DisplayPath { get; }

    public string Text { get; }

    /// <summary>The directory the file is in: the first place its includes are looked for.</summary>
    public string Directory => Path.GetDirectoryName(FullPath) ?? ".";

    /// <summary>The line and column of a character offset.</summary>
    public SourcePosition PositionAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(DisplayPath, line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>
    /// Reads a file as strict UTF-8 (a byte-order mark is allowed and dropped). A file that is not UTF-8
    /// or holds nothing but white space gives a diagnostic instead of a source file.
    /// </summary>
    public static LamdSourceFile? Load(string fullPath, string displayPath, ICollection<LamdDiagnostic> diagnostics)
    {
        byte[]? bytes;
        try
        {
            if (File.Exists(fullPath) && !TalkDsl.Output.ContainedFiles.IsRegularFile(fullPath))
            {
                diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.NotRegularFile, new SourcePosition(displayPath, 1, 1),
                    TalkDsl.Output.ContainedFiles.Explain(TalkDsl.Output.FileRefusal.NotRegular, "the file", string.Empty)));
                return null;
            }

            bytes = TalkDsl.Output.ContainedFiles.ReadBounded(fullPath);
            if (bytes is null)
            {
                diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.FileTooLarge, new SourcePosition(displayPath, 1, 1),
                    TalkDsl.Output.ContainedFiles.Explain(TalkDsl.Output.FileRefusal.TooLarge, "the file", string.Empty)));
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.UnreadableFile, new SourcePosition(displayPath, 1, 1),
                $"cannot read the file ({e.Message}): check that it exists and that you may read it"));
            return null;
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        if (FirstInvalidByte(bytes, start) is { } bad)
        {
            var (line, column) = LineAndColumnOf(bytes, start, bad);
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.NotUtf8, new SourcePosition(displayPath, line, column),
                $"the file is not UTF-8 (byte 0x{bytes[bad]:X2} at offset {bad}): re-save it as UTF-8, e.g. with `iconv -f latin1 -t utf-8`"));
            return null;
        }

        var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.EmptyFile, new SourcePosition(displayPath, 1, 1),
                "the file is empty: write the talk's front matter and body, or remove the file (and any \\include of it)"));
            return null;
        }

        return new LamdSourceFile(fullPath, displayPath, text);
    }

    private static int? FirstInvalidByte(byte[] bytes, int start)
    {
        var span = bytes.AsSpan();
        for (var i = start; i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return null;
    }

    private static (int Line, int Column) LineAndColumnOf(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters: decode the valid part of the line before the bad byte.
        var column = StrictUtf8.GetCharCount(bytes, lineStart, offset - lineStart) + 1;
        return (line, column);
    }
}
