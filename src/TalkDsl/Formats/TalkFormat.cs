using System.Text;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Formats;

/// <summary>
/// One output format: its name (as <c>--format</c> takes it), the file it makes from the talk's slug,
/// whether that file is text or binary, and how it renders: a writer over the talk's events. The
/// built-in formats are listed by <see cref="TalkFormats"/>; render one with
/// <see cref="TalkRendering.Render(IRenderableTalk, TalkFormat, Stream, TalkRenderOptions?)"/>.
/// </summary>
public sealed class TalkFormat
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Func<TalkFileNames, string> _fileName;

    private readonly Action<IRenderableTalk, Stream, FormatContext> _render;

    private TalkFormat(string name, string description, bool isBinary, Func<TalkFileNames, string> fileName, Action<IRenderableTalk, Stream, FormatContext> render)
    {
        Name = name;
        Description = description;
        IsBinary = isBinary;
        _fileName = fileName;
        _render = render;
    }

    /// <summary>The name <c>--format</c> and <see cref="TalkFormats.Parse"/> take, e.g. <c>notes-pdf</c>.</summary>
    public string Name { get; }

    /// <summary>What the format is, in a few words, for help texts.</summary>
    public string Description { get; }

    /// <summary>Whether the file is binary (PDF, Office); the others are UTF-8 text without a byte order mark (HTML, Markdown, notebook JSON).</summary>
    public bool IsBinary { get; }

    /// <summary>Whether rendering needs a browser (chromium), which a machine may not have.</summary>
    public bool NeedsBrowser { get; private init; }

    /// <summary>Whether rendering uses chromium when there is one, without needing it: the Office formats draw an SVG's PNG fallback with it.</summary>
    public bool UsesBrowser { get; private init; }

    /// <summary>The file this format makes for a talk with these names, e.g. <c>{slug}.pptx</c>.</summary>
    public string FileName(TalkFileNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return _fileName(names);
    }

    public override string ToString() => Name;

    /// <summary>A text format: the writer gets a UTF-8 <see cref="TextWriter"/> over the output stream.</summary>
    internal static TalkFormat Text(string name, string description, Func<TalkFileNames, string> fileName, Func<TextWriter, FormatContext, ITalkWriter> writer) =>
        new(name, description, isBinary: false, fileName, (talk, stream, context) =>
        {
            using var text = new StreamWriter(stream, Utf8, bufferSize: -1, leaveOpen: true);
            talk.Render(writer(text, context));
            text.Flush();
        });

    /// <summary>A format whose writer writes the output stream itself (a binary file, or JSON in UTF-8) when the talk ends.</summary>
    internal static TalkFormat Streamed(string name, string description, Func<TalkFileNames, string> fileName, Func<Stream, FormatContext, ITalkWriter> writer, bool isBinary = true, bool needsBrowser = false, bool usesBrowser = false) =>
        new(name, description, isBinary, fileName, (talk, stream, context) =>
        {
            var binary = writer(stream, context);
            try
            {
                talk.Render(binary);
            }
            finally
            {
                (binary as IDisposable)?.Dispose();
            }
        })
        { NeedsBrowser = needsBrowser, UsesBrowser = usesBrowser || needsBrowser };

    /// <summary>Replays <paramref name="talk"/> into this format's writer over <paramref name="output"/>.</summary>
    internal void Render(IRenderableTalk talk, Stream output, FormatContext context) => _render(talk, output, context);
}
