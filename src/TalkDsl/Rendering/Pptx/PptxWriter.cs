using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rendering.Markdown.Citations;
using TalkDsl.Rendering.Office;
using TalkDsl.Rules;
using A = DocumentFormat.OpenXml.Drawing;

namespace TalkDsl.Rendering.Pptx;

/// <summary>
/// Writes a talk as a PowerPoint presentation (16:9) with the slides the reveal.js page has: a title
/// slide (title, subtitle, authors, venue, date), then one slide per Section, Subsection and NewSlide,
/// Thanks! and References, each with its title and body: paragraphs, bullet and numbered lists with
/// their levels, bold, italic and code runs, links as hyperlinks, images from the media folder embedded
/// and scaled to fit, two columns as two placeholders, code blocks in a monospace text box, and the
/// speaker notes (and figure captions) on the slide's notes page. Math is its TeX source in a monospace
/// run; fragments are shown at once, without animation; tables are rows of text; YouTube players are links.
/// </summary>
internal sealed class PptxWriter(Stream output, FormatContext context) : ITalkWriter
{
    private const string Monospace = "Courier New";

    private readonly List<SlideDraft> _slides = [];

    private readonly List<(string Text, string Url)> _links = [];

    // The talk's citation style, and the entries the output cites, for References.
    private readonly CitedLinkSet _cited = new();

    /// <summary>The title pandoc gives the slide of footnotes in a PowerPoint file.</summary>
    private const string FootnotesTitle = "Notes";

    private WriterEvents _events;

    private TalkMetadata _metadata = TalkMetadata.Empty;

    private SlideDraft? _open;

    public void BeginTalk(TalkMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _events.Begin();
        _metadata = metadata;
        _cited.Style = new AuthorDateStyle(metadata.Bibliography);
        var title = TitleBlockLines.Of(metadata);
        var slide = new SlideDraft(title.Title, IsTitleSlide: true);
        slide.Left.AddRange(title.Below().Select(line => new TextItem(new OfficeParagraph([new OfficeRun(line)]))));
        _slides.Add(slide);
    }

    /// <summary>A deck is slides: a heading or part shown in the notes only is not in it.</summary>
    public ContentTarget Output => ContentTarget.Slides;

    public void Heading(HeadingLevel level, string? title, string? anchor)
    {
        _events.Expect(nameof(Heading));
        if (level == HeadingLevel.Subsubsection)
        {
            Slide().Current.Add(new TextItem(new OfficeParagraph([new OfficeRun(title ?? string.Empty, Bold: true)])));
            return;
        }

        Open(title);
    }

    public void Content(ContentTarget target, string markdown, bool allowHtml)
    {
        _events.Expect(nameof(Content));
        if (target is ContentTarget.Both or ContentTarget.Slides)
        {
            AddMarkdown(Slide().Current, markdown, allowHtml);
        }
        else if (target == ContentTarget.SpeakerNotes)
        {
            Slide().Notes.AddRange(OfficeMarkdown.Blocks(markdown, allowHtml, _cited));
        }
    }

    public void Media(Media media)
    {
        _events.Expect(nameof(Media));
        AddMedia(Slide().Current, media);
    }

    public void Figure(Media media, string caption, string? label)
    {
        _events.Expect(nameof(Figure));
        var slide = Slide();
        AddMedia(slide.Current, media);
        slide.Notes.AddRange(OfficeMarkdown.Blocks(caption, cited: _cited));
    }

    public void Columns(Media left, Media right, string leftWidth, string rightWidth)
    {
        _events.Expect(nameof(Columns));
        var slide = Slide();
        slide.Right ??= [];
        slide.LeftShare = Share(leftWidth, rightWidth);
        AddMedia(slide.Left, left);
        AddMedia(slide.Right, right);
    }

    public void Fragment(string markdown)
    {
        _events.Expect(nameof(Fragment));
        AddMarkdown(Slide().Current, markdown, allowHtml: false);
    }

    /// <summary>Plain content on the slide, as lamd's PowerPoint slides show <c>\slidesmall</c> (a slide has no key presses to step through).</summary>
    public void SlideText(SlideTextKind kind, string markdown)
    {
        _events.Expect(nameof(SlideText));
        AddMarkdown(Slide().Current, markdown, allowHtml: false);
    }

    /// <summary>Every frame in turn, as lamd's PowerPoint slides show an animation's frames.</summary>
    public void Animation(string name, IReadOnlyList<Media> frames, ContentTarget target)
    {
        _events.Expect(nameof(Animation));
        if (target == ContentTarget.Notes)
        {
            return;
        }

        var slide = Slide();
        foreach (var frame in frames)
        {
            AddMedia(slide.Current, frame);
        }
    }

    /// <summary>Code shown on the slides (<paramref name="onSlides"/>) goes in a monospace text box, as on the reveal.js page; other code is for notebooks and the notes.</summary>
    public void Code(CodeKind kind, string code, string language, bool onSlides)
    {
        _events.Expect(nameof(Code));
        if (onSlides)
        {
            Slide().Current.Add(new CodeItem(code));
        }
    }

    public void EditLink(string sourceFile) => _events.Expect(nameof(EditLink));

    public void Thanks(string anchor)
    {
        _events.Expect(nameof(Thanks));
        var slide = Open(TalkRules.ThanksTitle);
        slide.Left.AddRange(_metadata.Authors.Select(author => new TextItem(new OfficeParagraph(OfficeContent.Contact(author)))));
    }

    public void References(string anchor)
    {
        _events.Expect(nameof(References));
        var slide = Open(TalkRules.ReferencesTitle);
        var entries = _cited.Entries.Count > 0;
        slide.Left.AddRange(OfficeContent.References(_cited, _links).Select(line => new TextItem(new OfficeParagraph(line.Runs, ListLevel: entries ? null : 0, ListId: entries ? 0 : 1))));
    }

    public void EndTalk()
    {
        _events.End();
        AddFootnoteSlide();
        using var buffer = new MemoryStream();
        using (var document = PresentationDocument.Create(buffer, PresentationDocumentType.Presentation))
        {
            var package = new PptxPackage(document);
            foreach (var slide in _slides)
            {
                WriteSlide(package, slide);
            }

            package.Complete(_metadata);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>
    /// The footnotes the slides and their speaker notes cite, "1. note" each, on a last slide titled Notes: pandoc's
    /// PowerPoint form of footnotes (the number on the slide is superscript, see PptxShapes).
    /// </summary>
    private void AddFootnoteSlide()
    {
        var blocks = _slides.SelectMany(slide => slide.Left.Concat(slide.Right ?? []).OfType<TextItem>().Select(item => (OfficeBlock)item.Paragraph).Concat(slide.Notes));
        var notes = OfficeMarkdown.Footnotes(blocks).ToList();
        if (notes.Count == 0)
        {
            return;
        }

        var slide = Open(FootnotesTitle);
        foreach (var (number, note) in notes)
        {
            var paragraphs = note.OfType<OfficeParagraph>().ToList();
            slide.Left.Add(new TextItem(new OfficeParagraph([new OfficeRun(number + ". "), .. paragraphs.FirstOrDefault()?.Runs ?? []])));
            slide.Left.AddRange(paragraphs.Skip(1).Select(paragraph => new TextItem(paragraph)));
        }
    }

    private static double Share(string leftWidth, string rightWidth)
    {
        static double? Percent(string width) =>
            width.EndsWith('%') && double.TryParse(width[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
        return Percent(leftWidth) is { } left && Percent(rightWidth) is { } right ? left / (left + right) : 0.5;
    }

    private SlideDraft Open(string? title)
    {
        _open = new SlideDraft(title, IsTitleSlide: false);
        _slides.Add(_open);
        return _open;
    }

    /// <summary>The open slide; content before the first heading gets a slide of its own, as on the reveal.js page.</summary>
    private SlideDraft Slide() => _open ?? Open(null);

    /// <summary>Adds the Markdown's blocks to a region; the links it shows are kept for the References slide, as on the reveal.js page.</summary>
    private void AddMarkdown(List<Item> items, string markdown, bool allowHtml)
    {
        var blocks = OfficeMarkdown.Blocks(markdown, allowHtml, _cited);
        var runs = blocks.SelectMany(block => block switch
        {
            OfficeParagraph paragraph => paragraph.Runs,
            OfficeHeading heading => heading.Runs,
            OfficeTable table => table.Rows.SelectMany(row => row.SelectMany(cell => cell)),
            _ => [],
        }).ToList();
        foreach (var link in runs.Select(r => r.Link).OfType<string>().Where(l => OfficeText.SafeLink(l) is not null).Distinct())
        {
            _links.Add((OfficeMarkdown.Text(runs.Where(r => r.Link == link)), link));
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case OfficeParagraph paragraph:
                    items.Add(new TextItem(paragraph));
                    break;
                case OfficeHeading heading:
                    items.Add(new TextItem(new OfficeParagraph([.. heading.Runs.Select(r => r with { Bold = true })])));
                    break;
                case OfficeCode code:
                    items.Add(new CodeItem(code.Text));
                    break;
                case OfficeImage image:
                    items.Add(new ImageItem(image.Address, image.Alt));
                    break;
                case OfficeTable table:
                    items.AddRange(table.Rows.Select(row => new TextItem(new OfficeParagraph(
                        [.. row.SelectMany((cell, i) => i == 0 ? cell : [new OfficeRun(" | "), .. cell])]))));
                    break;
            }
        }
    }

    private void AddMedia(List<Item> items, Media media)
    {
        switch (media)
        {
            case ImageMedia image:
                items.Add(new ImageItem(image.Path, image.Alt ?? string.Empty));
                break;
            case YouTubeMedia video:
                items.Add(new TextItem(new OfficeParagraph(OfficeContent.YouTube(video))));
                break;
            case MarkdownMedia markdown:
                AddMarkdown(items, markdown.Markdown, markdown.AllowHtml);
                break;
            case MediaGroup group:
                foreach (var item in group.Items)
                {
                    AddMedia(items, item);
                }

                break;
            case DivMedia div:
                // lamd's Office macros show a div's or an alignment's content as it is (\div{block}{class}{style} → block).
                AddMedia(items, div.Content);
                break;
        }
    }

    private void WriteSlide(PptxPackage package, SlideDraft draft)
    {
        var layout = draft.IsTitleSlide ? 0 : draft.Right is null ? 1 : 2;
        var slide = package.AddSlide(layout);
        var shapes = new PptxShapes(slide);
        if (draft.IsTitleSlide)
        {
            shapes.Title(draft.Title ?? string.Empty, centred: true);
            shapes.Body(1, draft.Left.OfType<TextItem>().Select(t => t.Paragraph).ToList(), PptxGeometry.Subtitle, subtitle: true);
        }
        else
        {
            if (draft.Title is not null)
            {
                shapes.Title(draft.Title, centred: false);
            }

            if (draft.Right is null)
            {
                WriteRegion(shapes, 1, draft.Left, PptxGeometry.Content);
            }
            else
            {
                WriteRegion(shapes, 1, draft.Left, PptxGeometry.Column(0, draft.LeftShare));
                WriteRegion(shapes, 2, draft.Right, PptxGeometry.Column(1, draft.LeftShare));
            }
        }

        if (draft.Notes.Count > 0)
        {
            package.AddNotes(slide, draft.Notes);
        }
    }

    /// <summary>
    /// Lays out one region of a slide from the top: the text in the content placeholder, each code block
    /// in a monospace text box, then the images side by side in the space left, each scaled to fit.
    /// </summary>
    private void WriteRegion(PptxShapes shapes, uint placeholder, List<Item> items, PptxGeometry.Box region)
    {
        var text = items.OfType<TextItem>().Select(t => t.Paragraph).ToList();
        var code = items.OfType<CodeItem>().ToList();
        var images = items.OfType<ImageItem>().Select(i => (i, File: OfficeImageFile.Find(context, i.Address))).ToList();

        // Images that cannot be embedded show as their address, in the text.
        text.AddRange(images.Where(i => i.File is null).Select(i => new OfficeParagraph(OfficeContent.MissingImage(i.i.Address, i.i.Alt))));
        var pictures = images.Where(i => i.File is not null).ToList();

        var rest = region;
        if (text.Count > 0)
        {
            var wanted = PptxShapes.EstimateHeight(text, region.Width);
            var (top, below) = PptxGeometry.SplitTop(rest, code.Count + pictures.Count == 0 ? rest.Height : Math.Min(wanted, rest.Height * 6 / 10));
            shapes.Body(placeholder, text, top, subtitle: false);
            rest = below;
        }

        foreach (var block in code)
        {
            var lines = block.Text.Split('\n').Length;
            var (top, below) = PptxGeometry.SplitTop(rest, pictures.Count == 0 ? rest.Height : Math.Min(lines * 230000 + 182880, rest.Height / 2));
            shapes.Code(block.Text, top);
            rest = below;
        }

        // A region without text gives its placeholder to its first picture, so each column is one placeholder.
        for (var i = 0; i < pictures.Count; i++)
        {
            shapes.Picture(pictures[i].File!, pictures[i].i.Alt, PptxGeometry.Cell(rest, i, pictures.Count), i == 0 && text.Count == 0 ? placeholder : null);
        }
    }

    private abstract record Item;

    private sealed record TextItem(OfficeParagraph Paragraph) : Item;

    private sealed record CodeItem(string Text) : Item;

    private sealed record ImageItem(string Address, string Alt) : Item;

    /// <summary>A slide as the events build it: its title, what goes in its left (or only) and right region, and its speaker notes.</summary>
    private sealed record SlideDraft(string? Title, bool IsTitleSlide)
    {
        public List<Item> Left { get; } = [];

        public List<Item>? Right { get; set; }

        public double LeftShare { get; set; } = 0.5;

        public List<OfficeBlock> Notes { get; } = [];

        /// <summary>Where content goes: the left region (after two columns, below the left column).</summary>
        public List<Item> Current => Left;
    }
}
