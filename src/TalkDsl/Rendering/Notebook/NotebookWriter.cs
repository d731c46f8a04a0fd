using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rendering.Markdown.Citations;
using TalkDsl.Rules;

namespace TalkDsl.Rendering.Notebook;

/// <summary>
/// Writes a talk as a Jupyter notebook (nbformat 4.5, kernel python3), as lamd's <c>ipynb</c> and
/// <c>slidesipynb</c> do: a title cell, then every code block (<c>Code</c>, <c>SetupCode</c>,
/// <c>PlotCode</c>, <c>SetupPlotCode</c>) as a code cell in order, with the text between them as
/// Markdown cells, kept as written (math stays <c>$…$</c>) but for citations, written out in the talk's
/// author–date style; References lists the entries cited (else the links). The notes variant takes the text the notes
/// show; the slides variant (<paramref name="slides"/>) the text the slides show, with
/// <c>slideshow.slide_type</c> metadata: <c>slide</c> per slide, <c>fragment</c>, <c>notes</c> for
/// speaker notes, <c>-</c> for the rest. Cell ids are stable: <c>cell-1</c>, <c>cell-2</c>, ….
/// </summary>
internal sealed class NotebookWriter(Stream output, bool slides) : ITalkWriter
{
    private static readonly JsonWriterOptions Json = new()
    {
        Indented = true,
        IndentSize = 1,
        // Text as Jupyter writes it (non-ASCII as is); quotes, backslashes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<Cell> _cells = [];

    // The talk's citation style; what the notebook cites (entries, else links), for References.
    private readonly CitedLinkSet _cited = new();

    // "[1] note" for each footnote cited, for the last cell: pandoc's notebook form of footnotes.
    private readonly List<string> _footnotes = [];

    private WriterEvents _events;

    // A slide started with no heading cell (NewSlide): the next cell of the slides variant opens it.
    private bool _slidePending;

    public void BeginTalk(TalkMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _events.Begin();
        _cited.Style = new AuthorDateStyle(metadata.Bibliography);
        var title = TitleBlockLines.Of(metadata);
        var text = new StringBuilder("# ").Append(MarkdownEscape(title.Title));
        foreach (var line in title.Below())
        {
            text.Append("\n\n### ").Append(MarkdownEscape(line));
        }

        Markdown(text.ToString(), "slide", newCell: true);
    }

    /// <summary>The slides notebook (lamd's <c>.slides.ipynb</c>) or the notes notebook.</summary>
    public ContentTarget Output => slides ? ContentTarget.Slides : ContentTarget.Notes;

    public void Heading(HeadingLevel level, string? title, string? anchor)
    {
        _events.Expect(nameof(Heading));
        var marks = level switch
        {
            HeadingLevel.Section => "#",
            HeadingLevel.Subsection => "##",
            HeadingLevel.Subsubsection => "###",
            _ => null,
        };
        var startsSlide = level != HeadingLevel.Subsubsection;
        if (marks is not null && title is not null)
        {
            Markdown($"{marks} {MarkdownEscape(title)}", startsSlide ? "slide" : "-", newCell: true);
        }
        else
        {
            _slidePending = slides && startsSlide;
        }
    }

    public void Content(ContentTarget target, string markdown, bool allowHtml)
    {
        _events.Expect(nameof(Content));
        var shown = slides ? target is ContentTarget.Both or ContentTarget.Slides : target is ContentTarget.Both or ContentTarget.Notes;
        if (shown)
        {
            // A pause (pandoc's ". . .") starts a fragment cell in a slideshow; elsewhere it is left out.
            var parts = PandocPauses.Split(markdown, allowHtml);
            if (!slides)
            {
                parts = [string.Join("\n\n", parts.Where(part => part.Length > 0))];
            }

            for (var i = 0; i < parts.Count; i++)
            {
                if (i == 0 || parts[i].Length > 0)
                {
                    Markdown(NotebookMarkdown.Inert(Cite(parts[i], allowHtml), allowHtml), i == 0 ? "-" : "fragment", newCell: i > 0);
                }
            }
        }
        else if (slides && target == ContentTarget.SpeakerNotes)
        {
            Markdown(NotebookMarkdown.Inert(Cite(markdown, allowHtml, listLinks: false), allowHtml), "notes", newCell: true);
        }
    }

    public void Media(Media media)
    {
        _events.Expect(nameof(Media));
        Markdown(MediaMarkdown(media), "-");
    }

    public void Figure(Media media, string caption, string? label)
    {
        _events.Expect(nameof(Figure));
        Markdown(MediaMarkdown(media), "-");
        if (slides)
        {
            Markdown(NotebookMarkdown.Inert(Cite(caption, allowHtml: false, listLinks: false), allowHtml: false), "notes", newCell: true);
        }
        else
        {
            Markdown("Figure: " + NotebookMarkdown.Inert(Cite(caption, allowHtml: false), allowHtml: false), "-");
        }
    }

    public void Columns(Media left, Media right, string leftWidth, string rightWidth)
    {
        _events.Expect(nameof(Columns));
        Markdown(MediaMarkdown(left), "-");
        Markdown(MediaMarkdown(right), "-");
    }

    public void Fragment(string markdown)
    {
        _events.Expect(nameof(Fragment));
        Markdown(NotebookMarkdown.Inert(Cite(markdown, allowHtml: false), allowHtml: false), slides ? "fragment" : "-", newCell: slides);
    }

    /// <summary>
    /// Plain Markdown, as lamd's notebooks show it (its slideshow's <c>::: incremental</c> is a div Jupyter does not
    /// step through); an incremental list is for the slides, so only the slideshow has it.
    /// </summary>
    public void SlideText(SlideTextKind kind, string markdown)
    {
        _events.Expect(nameof(SlideText));
        if (kind == SlideTextKind.Incremental && !slides)
        {
            return;
        }

        Markdown(NotebookMarkdown.Inert(Cite(markdown, allowHtml: false), allowHtml: false), "-");
    }

    /// <summary>
    /// As lamd's notebooks show an animation: in a slideshow every frame, each a fragment after the first (its
    /// <c>talk-macros-slides-ipynb.gpp</c> writes the frames' contents); otherwise "Animation sequence: name" in
    /// bold, then every frame (its notes).
    /// </summary>
    public void Animation(string name, IReadOnlyList<Media> frames, ContentTarget target)
    {
        _events.Expect(nameof(Animation));
        if (target == (slides ? ContentTarget.Notes : ContentTarget.Slides))
        {
            return;
        }

        if (!slides)
        {
            Markdown($"**{MarkdownEscape(TalkRules.AnimationTitle(name))}**", "-");
        }

        for (var i = 0; i < frames.Count; i++)
        {
            Markdown(MediaMarkdown(frames[i]), slides && i > 0 ? "fragment" : "-", newCell: slides && i > 0);
        }
    }

    public void Code(CodeKind kind, string code, string language, bool onSlides)
    {
        _events.Expect(nameof(Code));
        _cells.Add(new Cell("code", code, SlideType(_slidePending ? "slide" : "-")));
        _slidePending = false;
    }

    public void EditLink(string sourceFile) => _events.Expect(nameof(EditLink));

    public void Thanks(string anchor)
    {
        _events.Expect(nameof(Thanks));
        Markdown("## " + MarkdownEscape(TalkRules.ThanksTitle), "slide", newCell: true);
    }

    public void References(string anchor)
    {
        _events.Expect(nameof(References));
        Markdown("## " + MarkdownEscape(TalkRules.ReferencesTitle), "slide", newCell: true);
        Markdown(ReferenceList(), "-");
    }

    public void EndTalk()
    {
        _events.End();
        if (_footnotes.Count > 0)
        {
            Markdown(string.Join("\n\n", _footnotes), "-", newCell: true);
        }

        using var json = new Utf8JsonWriter(output, Json);
        json.WriteStartObject();
        json.WriteStartArray("cells");
        for (var i = 0; i < _cells.Count; i++)
        {
            WriteCell(json, _cells[i], $"cell-{i + 1}");
        }

        json.WriteEndArray();
        json.WriteStartObject("metadata");
        json.WriteStartObject("kernelspec");
        json.WriteString("display_name", "Python 3");
        json.WriteString("language", "python");
        json.WriteString("name", "python3");
        json.WriteEndObject();
        json.WriteStartObject("language_info");
        json.WriteString("name", "python");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteNumber("nbformat", 4);
        json.WriteNumber("nbformat_minor", 5);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>Backslash-escapes what Markdown would read as markup in plain text (a title, a heading).</summary>
    internal static string MarkdownEscape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!' or '|' or '$' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(char.IsControl(c) ? ' ' : c);
        }

        return escaped.ToString();
    }

    private string MediaMarkdown(Media media) => media switch
    {
        // An address a page may not load keeps its alt text only, as on the pages (Validate() reports it as TALK021).
        ImageMedia image when !SafeUrl.IsSafe(image.Path, image: true) => MarkdownEscape(image.Alt ?? string.Empty),
        ImageMedia image => $"![{MarkdownEscape(image.Alt ?? string.Empty)}]({image.Path.Replace(" ", "%20", StringComparison.Ordinal)})",
        YouTubeMedia video => $"[{(video.Title is null ? "YouTube video " + video.VideoId : MarkdownEscape($"YouTube video \u201C{video.Title}\u201D"))}](https://www.youtube.com/watch?v={video.VideoId})",
        MarkdownMedia markdown => NotebookMarkdown.Inert(Cite(markdown.Markdown, markdown.AllowHtml), markdown.AllowHtml),
        // As lamd's notebook macros: several media one after another; a div's or an alignment's content as it is.
        MediaGroup group => string.Join("\n\n", group.Items.Select(MediaMarkdown)),
        DivMedia div => MediaMarkdown(div.Content),
        _ => throw new InvalidOperationException($"No notebook form for {media.GetType().Name}."),
    };

    /// <summary>
    /// The Markdown with each citation written out in the talk's style, "([Lawrence, 2017](#ref-key))", as
    /// pandoc's citeproc writes a notebook; records what it cites for References (its links only when
    /// <paramref name="listLinks"/>: speaker notes' links are not the audience's).
    /// </summary>
    private string Cite(string markdown, bool allowHtml, bool listLinks = true)
    {
        var document = MarkdownRenderer.Parse(markdown, allowHtml);
        if (listLinks)
        {
            _cited.AddRange(CitedLinks.Collect(document));
        }

        // What lies inside a footnote's definition goes with it (to the last cell, as written).
        var definitions = document.Descendants<Footnote>().Select(note => DefinitionSpan(markdown, note)).ToList();
        var written = document.Descendants()
            .Where(node => node is Footnote || !definitions.Any(span => span.Start <= node.Span.Start && node.Span.End <= span.End))
            .Select(node => node switch
            {
                CitationInline citation => (citation.Span, Text: string.Concat(_cited.Cite(citation.Citation).Select(PartMarkdown))),
                FootnoteLink { IsBackLink: false } note => (note.Span, Text: CiteFootnote(markdown, note.Footnote)),
                Footnote definition => (Span: DefinitionSpan(markdown, definition), Text: string.Empty),
                _ => (Span: SourceSpan.Empty, Text: (string?)null),
            })
            .Where(edit => edit.Text is not null && !edit.Span.IsEmpty)
            .OrderBy(edit => edit.Span.Start)
            .ToList();
        var text = new StringBuilder(markdown);
        foreach (var (span, replacement) in Enumerable.Reverse(written))
        {
            text.Remove(span.Start, span.Length).Insert(span.Start, replacement);
        }

        return text.ToString();
    }

    /// <summary>Where a footnote's definition is written: from its line's start (<c>[^x]:</c>) to the end of its content.</summary>
    private static SourceSpan DefinitionSpan(string markdown, Footnote note)
    {
        if (note.LabelSpan.IsEmpty)
        {
            return SourceSpan.Empty;
        }

        var start = note.LabelSpan.Start <= 0 ? 0 : markdown.LastIndexOf('\n', note.LabelSpan.Start - 1) + 1;
        var end = Math.Max(note.LabelSpan.End, note.Where(block => !block.Span.IsEmpty).Select(block => block.Span.End).DefaultIfEmpty(note.LabelSpan.End).Max());
        return new SourceSpan(start, Math.Min(end, markdown.Length - 1));
    }

    /// <summary>A footnote cited: "[1]" where it is cited, and "[1] note" kept for the last cell, numbered per citation as pandoc numbers them.</summary>
    private string CiteFootnote(string markdown, Footnote note)
    {
        var number = "\\[" + _cited.NextFootnote().ToString(CultureInfo.InvariantCulture) + "\\]";
        var blocks = note.Where(block => !block.Span.IsEmpty).ToList();
        var text = blocks.Count == 0 ? string.Empty : markdown[blocks[0].Span.Start..(blocks[^1].Span.End + 1)];
        _footnotes.Add(number + " " + text.Trim());
        return number;
    }

    private static string PartMarkdown(CitationPart part) =>
        part.Key is { } key ? $"[{MarkdownEscape(part.Text)}](<#ref-{key.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)}>)"
        : part.IsUnknown ? $"**{MarkdownEscape(part.Text)}?**"
        : MarkdownEscape(part.Text);

    /// <summary>The References cell's text, as the HTML pages list them: the entries cited, each with the anchor citations link to; else the links; else a sentence.</summary>
    private string ReferenceList()
    {
        if (_cited.Entries.Count > 0)
        {
            return string.Join("\n\n", AuthorDateStyle.Sort(_cited.Entries).Select(entry =>
                $"<a id=\"ref-{HtmlText.Escape(entry.Key)}\"></a>{MarkdownEscape(_cited.Style.EntryText(entry))}"
                + (AuthorDateStyle.Address(entry) is { } address ? " " + LinkMarkdown(address) : string.Empty)));
        }

        return _cited.Links.Count == 0
            ? "This talk cites no links."
            : string.Join("\n", _cited.Links.Select(link => link.Text == link.Url
                ? "* " + LinkMarkdown(link.Url)
                : $"* {MarkdownEscape(link.Text)}: {LinkMarkdown(link.Url)}"));
    }

    /// <summary>An address as a link, its text the address; an address a page may not link to (TALK021) as text alone.</summary>
    private static string LinkMarkdown(string address) =>
        SafeUrl.IsSafe(address) && !address.Contains('>', StringComparison.Ordinal) && !address.Contains('\n', StringComparison.Ordinal)
            ? $"[{MarkdownEscape(address)}](<{address}>)"
            : MarkdownEscape(address);

    private static void WriteCell(Utf8JsonWriter json, Cell cell, string id)
    {
        json.WriteStartObject();
        json.WriteString("cell_type", cell.Type);
        if (cell.Type == "code")
        {
            json.WriteNull("execution_count");
        }

        json.WriteString("id", id);
        json.WriteStartObject("metadata");
        if (cell.SlideType is not null)
        {
            json.WriteStartObject("slideshow");
            json.WriteString("slide_type", cell.SlideType);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (cell.Type == "code")
        {
            json.WriteStartArray("outputs");
            json.WriteEndArray();
        }

        // As Jupyter saves it: one string per line, each but the last ending in a newline.
        json.WriteStartArray("source");
        var source = cell.Source.ToString().TrimEnd('\n');
        var start = 0;
        while (start < source.Length)
        {
            var end = source.IndexOf('\n', start);
            var line = end < 0 ? source[start..] : source[start..(end + 1)];
            json.WriteStringValue(line);
            start += line.Length;
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Markdown text. It joins the open Markdown cell when it continues it: in the notes variant always, in
    /// the slides variant when it is plain slide content after a heading or other content. Otherwise, or
    /// when <paramref name="newCell"/>, it starts a cell of its own.
    /// </summary>
    private void Markdown(string text, string slideType, bool newCell = false)
    {
        text = text.Trim('\n');
        if (_slidePending)
        {
            (slideType, newCell, _slidePending) = ("slide", true, false);
        }

        var continues = !slides || (slideType == "-" && _cells.Count > 0 && _cells[^1].SlideType is "slide" or "-");
        if (!newCell && continues && _cells.Count > 0 && _cells[^1].Type == "markdown")
        {
            _cells[^1].Source.Append("\n\n").Append(text);
            return;
        }

        _cells.Add(new Cell("markdown", text, SlideType(slideType)));
    }

    /// <summary>The slide type metadata: only the slides variant has it.</summary>
    private string? SlideType(string? type) => slides ? type : null;

    private sealed class Cell(string type, string source, string? slideType)
    {
        public string Type { get; } = type;

        public StringBuilder Source { get; } = new(source);

        public string? SlideType { get; } = slideType;
    }
}
