using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using TalkDsl.Rendering.Office;
using A = DocumentFormat.OpenXml.Drawing;

namespace TalkDsl.Rendering.Pptx;

/// <summary>Adds shapes to one slide: its title, text in a placeholder, code in a text box, pictures; links become the slide's hyperlinks.</summary>
internal sealed class PptxShapes(SlidePart slide)
{
    private const string Monospace = "Courier New";

    private const long LineHeight = 420000;

    private uint _nextId = 2;

    private ShapeTree Tree => slide.Slide!.CommonSlideData!.ShapeTree!;

    /// <summary>The height the paragraphs need at the body's type size, roughly: lines wrapped at the width.</summary>
    public static long EstimateHeight(IReadOnlyList<OfficeParagraph> paragraphs, long width)
    {
        const long CharacterWidth = 150000; // about half the 24 pt type size
        var perLine = Math.Max(1, width / CharacterWidth);
        return paragraphs.Sum(p => (OfficeMarkdown.Text(p.Runs).Length / perLine) + 1) * LineHeight;
    }

    /// <summary>A DrawingML paragraph: bullets and levels for list items, none otherwise; <paramref name="link"/> makes hyperlinks (null: text only).</summary>
    public static A.Paragraph Paragraph(OfficeParagraph paragraph, Func<string, string?>? link)
    {
        var properties = paragraph.ListLevel is { } level
            ? new A.ParagraphProperties(paragraph.Ordered ? new A.AutoNumberedBullet { Type = A.TextAutoNumberSchemeValues.ArabicPeriod } : new A.CharacterBullet { Char = level % 2 == 0 ? "\u2022" : "\u2013" })
            {
                Level = Math.Min(level, 8),
                LeftMargin = (level + 1) * 342900,
                Indent = -342900,
            }
            : new A.ParagraphProperties(new A.NoBullet()) { LeftMargin = 0, Indent = 0 };
        var result = new A.Paragraph(properties);
        foreach (var run in paragraph.Runs)
        {
            if (run.IsBreak)
            {
                result.Append(new A.Break());
                continue;
            }

            var runProperties = new A.RunProperties { Language = "en-GB", Dirty = false };
            if (run.Bold)
            {
                runProperties.Bold = true;
            }

            if (run.Italic)
            {
                runProperties.Italic = true;
            }

            if (run.Monospace)
            {
                runProperties.Append(new A.LatinFont { Typeface = Monospace });
            }

            if (run.Footnote is not null)
            {
                runProperties.Baseline = 30000; // a footnote's number, superscript as pandoc writes it
            }

            if (link?.Invoke(run.Link ?? string.Empty) is { } id)
            {
                runProperties.Append(new A.HyperlinkOnClick { Id = id });
            }

            result.Append(new A.Run(runProperties, new A.Text(OfficeText.Clean(run.Text))));
        }

        result.Append(new A.EndParagraphRunProperties { Language = "en-GB", Dirty = false });
        return result;
    }

    public void Title(string text, bool centred)
    {
        Tree.Append(new Shape(
            Placeholder("Title", centred ? new PlaceholderShape { Type = PlaceholderValues.CenteredTitle } : new PlaceholderShape { Type = PlaceholderValues.Title }),
            new ShapeProperties(),
            new TextBody(new A.BodyProperties(), new A.ListStyle(), Paragraph(new OfficeParagraph([new OfficeRun(text)]), null))));
    }

    /// <summary>Text in content placeholder <paramref name="index"/> (the subtitle's on the title slide), at <paramref name="box"/>, shrunk to fit when it is long.</summary>
    public void Body(uint index, IReadOnlyList<OfficeParagraph> paragraphs, PptxGeometry.Box box, bool subtitle)
    {
        if (paragraphs.Count == 0)
        {
            return;
        }

        var placeholder = subtitle ? new PlaceholderShape { Type = PlaceholderValues.SubTitle, Index = index } : new PlaceholderShape { Index = index };
        Tree.Append(new Shape(
            Placeholder(subtitle ? "Subtitle" : "Content", placeholder),
            new ShapeProperties(Transform(box)),
            new TextBody([new A.BodyProperties(new A.NormalAutoFit()), new A.ListStyle(), .. paragraphs.Select(p => Paragraph(p, Link))])));
    }

    /// <summary>Code in a monospace text box with a light background.</summary>
    public void Code(string code, PptxGeometry.Box box)
    {
        var id = _nextId++;
        var paragraphs = code.Split('\n').Select(line => new A.Paragraph(
            new A.ParagraphProperties(new A.NoBullet()) { LeftMargin = 0, Indent = 0 },
            new A.Run(new A.RunProperties(new A.LatinFont { Typeface = Monospace }) { Language = "en-GB", FontSize = 1400, Dirty = false }, new A.Text(OfficeText.Clean(line)))));
        Tree.Append(new Shape(
            new NonVisualShapeProperties(
                new NonVisualDrawingProperties { Id = id, Name = $"Code {id}" },
                new NonVisualShapeDrawingProperties { TextBox = true },
                new ApplicationNonVisualDrawingProperties()),
            new ShapeProperties(Transform(box), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }, new A.SolidFill(new A.RgbColorModelHex { Val = "F3F4F6" })),
            new TextBody([new A.BodyProperties(new A.NormalAutoFit()) { Wrap = A.TextWrappingValues.Square }, new A.ListStyle(), .. paragraphs])));
    }

    /// <summary>An embedded picture, scaled to fit <paramref name="box"/> and centred in it; in content placeholder <paramref name="placeholder"/> when given.</summary>
    public void Picture(OfficeImageFile image, string alt, PptxGeometry.Box box, uint? placeholder)
    {
        var part = slide.AddImagePart(image.ContentType);
        OfficeBlip.Feed(part, image.Bytes);
        string? svgId = null;
        if (image.Svg is { } svg)
        {
            var svgPart = slide.AddImagePart(ImagePartType.Svg);
            OfficeBlip.Feed(svgPart, svg);
            svgId = slide.GetIdOfPart(svgPart);
        }

        var (width, height) = image.Fit(box.Width, box.Height);
        var placed = new PptxGeometry.Box(box.X + ((box.Width - width) / 2), box.Y + ((box.Height - height) / 2), width, height);
        var id = _nextId++;
        Tree.Append(new Picture(
            new NonVisualPictureProperties(
                new NonVisualDrawingProperties { Id = id, Name = $"Picture {id}", Description = OfficeText.Clean(alt) },
                new NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
                placeholder is { } index ? new ApplicationNonVisualDrawingProperties(new PlaceholderShape { Index = index }) : new ApplicationNonVisualDrawingProperties()),
            new BlipFill(OfficeBlip.Create(slide.GetIdOfPart(part), svgId), new A.Stretch(new A.FillRectangle())),
            new ShapeProperties(Transform(placed), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })));
    }

    private static A.Transform2D Transform(PptxGeometry.Box box) =>
        new(new A.Offset { X = box.X, Y = box.Y }, new A.Extents { Cx = box.Width, Cy = box.Height });

    private NonVisualShapeProperties Placeholder(string name, PlaceholderShape placeholder)
    {
        var id = _nextId++;
        return new NonVisualShapeProperties(
            new NonVisualDrawingProperties { Id = id, Name = $"{name} {id}" },
            new NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
            new ApplicationNonVisualDrawingProperties(placeholder));
    }

    /// <summary>The slide's relationship id for a link to a safe address, or null.</summary>
    private string? Link(string address)
    {
        if (OfficeText.SafeLink(address) is not { } url)
        {
            return null;
        }

        var existing = slide.HyperlinkRelationships.FirstOrDefault(r => r.Uri == url);
        return (existing ?? slide.AddHyperlinkRelationship(url, isExternal: true)).Id;
    }
}
