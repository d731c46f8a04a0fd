using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rendering.Markdown.Citations;
using TalkDsl.Rendering.Office;
using TalkDsl.Rules;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace TalkDsl.Rendering.Docx;

/// <summary>
/// Writes a talk's notes as a Word document: the title block, then what the notes page shows, with
/// Section, Subsection and Subsubsection as Heading 1–3 (real heading styles, so the navigation pane and
/// a table of contents work), paragraphs, bullet and numbered lists with their levels, bold, italic and
/// code runs, links, tables, images embedded from the media folder with their captions, code, Thanks!
/// and References. The page size and margins are the talk's <c>Paper(...)</c>. Math is its TeX source
/// in a monospace run; edit links, YouTube players and raw HTML are not in the document (a YouTube
/// video is a link).
/// </summary>
internal sealed class DocxWriter(Stream output, FormatContext context) : ITalkWriter
{
    private const string Monospace = "Courier New";

    private readonly List<OpenXmlElement> _body = [];

    private readonly List<(string Text, string Url)> _links = [];

    // The talk's citation style, and the entries the output cites, for References.
    private readonly CitedLinkSet _cited = new();

    private readonly Dictionary<string, int> _bookmarks = new(StringComparer.Ordinal);

    private readonly List<(int Id, bool Ordered)> _lists = [];

    private readonly List<(OfficeImageFile Image, string RelationshipId)> _images = [];

    private readonly List<(Uri Url, string RelationshipId)> _hyperlinks = [];

    // The talk's footnotes, as Word footnotes (ids from 1: -1 and 0 are Word's separators).
    private readonly List<Footnote> _footnotes = [];

    private WriterEvents _events;

    private TalkMetadata _metadata = TalkMetadata.Empty;

    private PaperGeometry _paper = PaperGeometry.Of(null);

    private int _listNumber;

    public void BeginTalk(TalkMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _events.Begin();
        _metadata = metadata;
        _cited.Style = new AuthorDateStyle(metadata.Bibliography);
        _paper = PaperGeometry.Of(metadata.Paper);
        var title = TitleBlockLines.Of(metadata);
        _body.Add(Paragraph("Title", [new OfficeRun(title.Title)]));
        if (title.Subtitle is not null)
        {
            _body.Add(Paragraph("Subtitle", [new OfficeRun(title.Subtitle)]));
        }

        foreach (var line in title.Authors.Concat(new[] { title.Venue, title.Date }.OfType<string>()))
        {
            _body.Add(Paragraph("Author", [new OfficeRun(line)]));
        }

        if (metadata.Abstract is { Length: > 0 } summary)
        {
            _body.Add(Paragraph("Author", [new OfficeRun("Abstract", Bold: true)]));
            AddMarkdown(summary, allowHtml: false);
        }
    }

    /// <summary>A document is notes (lamd's <c>.docx</c> is made from the notes): a heading or part shown in the slides only is not in it.</summary>
    public ContentTarget Output => ContentTarget.Notes;

    public void Heading(HeadingLevel level, string? title, string? anchor)
    {
        _events.Expect(nameof(Heading));
        if (level != HeadingLevel.NewSlide && title is not null)
        {
            _body.Add(Paragraph($"Heading{(int)level}", [new OfficeRun(title)]));
        }
    }

    public void Content(ContentTarget target, string markdown, bool allowHtml)
    {
        _events.Expect(nameof(Content));
        if (target is ContentTarget.Both or ContentTarget.Notes)
        {
            AddMarkdown(markdown, allowHtml);
        }
    }

    public void Media(Media media)
    {
        _events.Expect(nameof(Media));
        AddMedia(media);
    }

    public void Figure(Media media, string caption, string? label)
    {
        _events.Expect(nameof(Figure));
        AddMedia(media);
        var runs = OfficeMarkdown.Blocks(caption, cited: _cited).OfType<OfficeParagraph>().SelectMany(p => p.Runs).ToList();
        _body.Add(Paragraph("Caption", [new OfficeRun("Figure: "), .. runs]));
    }

    public void Columns(Media left, Media right, string leftWidth, string rightWidth)
    {
        _events.Expect(nameof(Columns));
        AddMedia(left);
        AddMedia(right);
    }

    public void Fragment(string markdown)
    {
        _events.Expect(nameof(Fragment));
        AddMarkdown(markdown, allowHtml: false);
    }

    /// <summary>As lamd's notes show them: small text as plain content; an incremental list not at all (it is for the slides).</summary>
    public void SlideText(SlideTextKind kind, string markdown)
    {
        _events.Expect(nameof(SlideText));
        if (kind == SlideTextKind.Small)
        {
            AddMarkdown(markdown, allowHtml: false);
        }
    }

    /// <summary>As lamd's notes show an animation: "Animation sequence: name" in bold, then every frame.</summary>
    public void Animation(string name, IReadOnlyList<Media> frames, ContentTarget target)
    {
        _events.Expect(nameof(Animation));
        if (target == ContentTarget.Slides)
        {
            return;
        }

        _body.Add(Paragraph(null, [new OfficeRun(TalkRules.AnimationTitle(name), Bold: true)]));
        foreach (var frame in frames)
        {
            AddMedia(frame);
        }
    }

    public void Code(CodeKind kind, string code, string language, bool onSlides)
    {
        _events.Expect(nameof(Code));
        if (CodeBlock.ShownInNotes(kind))
        {
            _body.Add(CodeParagraph(code));
        }
    }

    public void EditLink(string sourceFile) => _events.Expect(nameof(EditLink));

    public void Thanks(string anchor)
    {
        _events.Expect(nameof(Thanks));
        _body.Add(Paragraph("Heading2", [new OfficeRun(TalkRules.ThanksTitle)]));
        _body.AddRange(_metadata.Authors.Select(author => Paragraph(null, OfficeContent.Contact(author), cited: false)));
    }

    public void References(string anchor)
    {
        _events.Expect(nameof(References));
        _body.Add(Paragraph("Heading2", [new OfficeRun(TalkRules.ReferencesTitle)]));
        foreach (var (key, runs) in OfficeContent.References(_cited, _links))
        {
            var paragraph = Paragraph(null, runs);
            if (key is not null)
            {
                // The bookmark citations jump to: Word's names are letters, digits and '_', so the key is numbered instead.
                var (name, id) = Bookmark(key);
                paragraph.InsertAfter(new BookmarkStart { Name = name, Id = id }, paragraph.ParagraphProperties);
                paragraph.Append(new BookmarkEnd { Id = id });
            }

            _body.Add(paragraph);
        }
    }

    public void EndTalk()
    {
        _events.End();
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = DocxStyles.Numbering(_lists);
            for (var i = 0; i < _images.Count; i++)
            {
                var (image, id) = _images[i];
                OfficeBlip.Feed(main.AddImagePart(image.ContentType, id), image.Bytes);
                if (image.Svg is { } svg)
                {
                    OfficeBlip.Feed(main.AddImagePart(ImagePartType.Svg, $"rSvg{i + 1}"), svg);
                }
            }

            foreach (var (url, id) in _hyperlinks)
            {
                main.AddHyperlinkRelationship(url, isExternal: true, id);
            }

            if (_footnotes.Count > 0)
            {
                // A footnote's links are relationships of the footnotes part: the same ids as the body's.
                var notes = main.AddNewPart<FootnotesPart>();
                foreach (var (url, id) in _hyperlinks)
                {
                    notes.AddHyperlinkRelationship(url, isExternal: true, id);
                }

                notes.Footnotes = new Footnotes([
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                    .. _footnotes]);
            }

            main.Document = new Document(new Body([.. _body, Section()]));
            document.PackageProperties.Title = OfficeText.Clean(_metadata.Title ?? string.Empty);
            document.PackageProperties.Creator = OfficeText.Clean(string.Join(", ", _metadata.Authors.Select(a => a.DisplayName)));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Paragraph CodeParagraph(string code)
    {
        var run = new Run(new RunProperties(new RunFonts { Ascii = Monospace, HighAnsi = Monospace }));
        var lines = OfficeText.Clean(code).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "SourceCode" }), run);
    }

    private SectionProperties Section()
    {
        static uint Twips(double mm) => (uint)Math.Round(mm / 25.4 * 1440);
        var margin = Twips(_paper.MarginMm);
        return new SectionProperties(
            new PageSize { Width = Twips(_paper.WidthMm), Height = Twips(_paper.HeightMm) },
            new PageMargin { Top = (int)margin, Bottom = (int)margin, Left = margin, Right = margin, Header = 708, Footer = 708, Gutter = 0 });
    }

    private void AddMarkdown(string markdown, bool allowHtml)
    {
        var blocks = OfficeMarkdown.Blocks(markdown, allowHtml, _cited);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case OfficeHeading heading:
                    _body.Add(Paragraph($"Heading{Math.Min(heading.Level, 3)}", heading.Runs));
                    break;
                case OfficeParagraph { ListLevel: { } level } item:
                    _body.Add(ListParagraph(item, level, _listNumber + item.ListId));
                    break;
                case OfficeParagraph paragraph:
                    _body.Add(Paragraph(paragraph.Quote ? "Quote" : null, paragraph.Runs));
                    break;
                case OfficeCode code:
                    _body.Add(CodeParagraph(code.Text));
                    break;
                case OfficeImage image:
                    AddImage(image.Address, image.Alt);
                    break;
                case OfficeTable table:
                    _body.Add(Table(table));
                    break;
            }
        }

        // List ids count from 1 in each piece of Markdown: keep them apart from the lists before.
        _listNumber += blocks.OfType<OfficeParagraph>().Select(p => p.ListId).DefaultIfEmpty(0).Max();
    }

    /// <summary>A list item; each list gets a numbering instance of its own, so a numbered list starts at 1.</summary>
    private Paragraph ListParagraph(OfficeParagraph item, int level, int list)
    {
        if (_lists.Count == 0 || _lists[^1].Id != list)
        {
            _lists.Add((list, item.Ordered));
        }

        var paragraph = Paragraph("ListParagraph", item.Runs);
        paragraph.ParagraphProperties!.Append(new NumberingProperties(
            new NumberingLevelReference { Val = Math.Min(level, 8) },
            new NumberingId { Val = _lists.Count }));
        return paragraph;
    }

    private Table Table(OfficeTable table)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var result = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }, border));
        var columns = table.Rows.Max(r => r.Count);
        result.Append(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn())));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = new TableRow();
            for (var c = 0; c < columns; c++)
            {
                var runs = c < table.Rows[r].Count ? table.Rows[r][c] : [];
                row.Append(new TableCell(Paragraph(null, r == 0 ? runs.Select(x => x with { Bold = true }).ToList() : runs)));
            }

            result.Append(row);
        }

        return result;
    }

    private void AddMedia(Media media)
    {
        switch (media)
        {
            case ImageMedia image:
                AddImage(image.Path, image.Alt ?? string.Empty);
                break;
            case YouTubeMedia video:
                _body.Add(Paragraph(null, OfficeContent.YouTube(video)));
                break;
            case MarkdownMedia markdown:
                AddMarkdown(markdown.Markdown, markdown.AllowHtml);
                break;
            case MediaGroup group:
                foreach (var item in group.Items)
                {
                    AddMedia(item);
                }

                break;
            case DivMedia div:
                // lamd's Office macros show a div's or an alignment's content as it is (\div{block}{class}{style} → block).
                AddMedia(div.Content);
                break;
        }
    }

    /// <summary>Embeds the image from the media folder, scaled to the text width; one that cannot be embedded shows as its address.</summary>
    private void AddImage(string address, string alt)
    {
        var file = OfficeImageFile.Find(context, address);
        if (file is null)
        {
            _body.Add(Paragraph(null, OfficeContent.MissingImage(address, alt)));
            return;
        }

        var id = $"rImg{_images.Count + 1}";
        _images.Add((file, id));
        var maxWidth = (long)(_paper.TextWidthMm / 25.4 * 914400);
        var (width, height) = file.Fit(maxWidth, (long)((_paper.HeightMm - (2 * _paper.MarginMm)) / 25.4 * 914400 * 0.8));
        var number = (uint)_images.Count;
        var name = OfficeText.Clean(alt.Length > 0 ? alt : Path.GetFileName(address));
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = number, Name = $"Picture {number}", Description = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = number, Name = $"Picture {number}" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(OfficeBlip.Create(id, file.Svg is null ? null : "rSvg" + number), new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
        _body.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Figure" }), new Run(drawing)));
    }

    /// <summary>The bookmark of a bibliography entry's paragraph, by key: <c>ref1</c>, <c>ref2</c>, … in the order first cited.</summary>
    private (string Name, string Id) Bookmark(string key)
    {
        if (!_bookmarks.TryGetValue(key, out var number))
        {
            number = _bookmarks.Count + 1;
            _bookmarks[key] = number;
        }

        return ("ref" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A paragraph of <paramref name="runs"/> in <paramref name="style"/> (null: Normal); links become hyperlinks, kept for References when <paramref name="cited"/>.</summary>
    private Paragraph Paragraph(string? style, IReadOnlyList<OfficeRun> runs, bool cited = true)
    {
        var paragraph = new Paragraph(new ParagraphProperties(style is null ? [] : [new ParagraphStyleId { Val = style }]));
        foreach (var run in runs)
        {
            if (run.IsBreak)
            {
                paragraph.Append(new Run(new Break()));
                continue;
            }

            if (run.Footnote is { } note)
            {
                paragraph.Append(new Run(new RunProperties(Superscript()), new FootnoteReference { Id = AddFootnote(note) }));
                continue;
            }

            var entry = run.Link is { } link && link.StartsWith(OfficeRun.EntryLink, StringComparison.Ordinal) ? link[OfficeRun.EntryLink.Length..] : null;
            var properties = new RunProperties();
            if (entry is not null || (run.Link is not null && OfficeText.SafeLink(run.Link) is not null))
            {
                properties.Append(new RunStyle { Val = "Hyperlink" });
            }

            if (run.Monospace)
            {
                properties.Append(new RunFonts { Ascii = Monospace, HighAnsi = Monospace });
            }

            if (run.Bold)
            {
                properties.Append(new Bold());
            }

            if (run.Italic)
            {
                properties.Append(new Italic());
            }

            var element = new Run(properties, new Text(OfficeText.Clean(run.Text)) { Space = SpaceProcessingModeValues.Preserve });
            if (entry is not null)
            {
                paragraph.Append(new Hyperlink(element) { Anchor = Bookmark(entry).Name, History = true });
            }
            else if (OfficeText.SafeLink(run.Link) is { } url)
            {
                if (cited)
                {
                    _links.Add((OfficeMarkdown.Text(runs.Where(r => r.Link == run.Link)), run.Link!));
                }

                var id = _hyperlinks.FirstOrDefault(h => h.Url == url).RelationshipId;
                if (id is null)
                {
                    id = $"rLink{_hyperlinks.Count + 1}";
                    _hyperlinks.Add((url, id));
                }

                paragraph.Append(new Hyperlink(element) { Id = id, History = true });
            }
            else
            {
                paragraph.Append(element);
            }
        }

        return paragraph;
    }

    private static VerticalTextAlignment Superscript() => new() { Val = VerticalPositionValues.Superscript };

    /// <summary>A Word footnote holding <paramref name="note"/>, its mark first as Word writes one; returns its id.</summary>
    private int AddFootnote(IReadOnlyList<OfficeBlock> note)
    {
        var id = _footnotes.Count + 1;
        var paragraphs = note.Select(block => block switch
        {
            OfficeParagraph paragraph => Paragraph(null, paragraph.Runs),
            OfficeHeading heading => Paragraph(null, heading.Runs),
            OfficeCode code => CodeParagraph(code.Text),
            _ => null,
        }).OfType<Paragraph>().ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(new Paragraph());
        }

        paragraphs[0].InsertAfter(new Run(new RunProperties(Superscript()), new FootnoteReferenceMark()), paragraphs[0].ParagraphProperties);
        paragraphs[0].InsertAfter(new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }), paragraphs[0].Elements<Run>().First());
        _footnotes.Add(new Footnote(paragraphs) { Id = id });
        return id;
    }
}
