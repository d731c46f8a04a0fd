using DocumentFormat.OpenXml.Wordprocessing;

namespace TalkDsl.Rendering.Docx;

/// <summary>
/// The styles and list numbering of the Word document. Headings use Word's built-in names
/// (<c>heading 1</c>–<c>heading 3</c>, style ids <c>Heading1</c>–<c>Heading3</c>) with outline levels,
/// so Word's navigation pane and a table of contents find them.
/// </summary>
internal static class DocxStyles
{
    private const string Sans = "Arial";

    private const string Serif = "Georgia";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Serif, HighAnsi = Serif, ComplexScript = Serif },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", basedOn: null, isDefault: true),
        Paragraph("Title", "Title", "Normal", center: true, size: 48, bold: true, sans: true),
        Paragraph("Subtitle", "Subtitle", "Normal", center: true, size: 32, sans: true),
        Paragraph("Author", "Author", "Normal", center: true),
        Heading(1, 36),
        Heading(2, 30),
        Heading(3, 26),
        Paragraph("Caption", "caption", "Normal", center: true, size: 20, italic: true),
        Paragraph("Figure", "Figure", "Normal", center: true),
        Paragraph("Quote", "Quote", "Normal", italic: true, indent: 567),
        Paragraph("ListParagraph", "List Paragraph", "Normal"),
        Paragraph("SourceCode", "Source Code", "Normal", size: 18, monospace: true, indent: 284),
        new Style(
            new StyleName { Val = "Hyperlink" },
            new UIPriority { Val = 99 },
            new UnhideWhenUsed(),
            new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = "Hyperlink" });

    /// <summary>One numbering instance per list, over a bullet or a decimal definition with nine levels.</summary>
    public static Numbering Numbering(IReadOnlyList<(int Id, bool Ordered)> lists)
    {
        var numbering = new Numbering(Definition(0, ordered: false), Definition(1, ordered: true));
        for (var i = 0; i < lists.Count; i++)
        {
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = lists[i].Ordered ? 1 : 0 }) { NumberID = i + 1 });
        }

        return numbering;
    }

    private static AbstractNum Definition(int id, bool ordered)
    {
        string[] bullets = ["\u2022", "\u25E6", "\u25AA"];
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : bullets[level % bullets.Length] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = ((level + 1) * 720).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
            { LevelIndex = level });
        }

        return definition;
    }

    private static Style Heading(int level, int size)
    {
        var style = Paragraph($"Heading{level}", $"heading {level}", "Normal", size: size, bold: true, sans: true, outlineLevel: level - 1);
        return style;
    }

    private static Style Paragraph(
        string id, string name, string? basedOn, bool isDefault = false, bool center = false, int? size = null,
        bool bold = false, bool italic = false, bool sans = false, bool monospace = false, int? indent = null, int? outlineLevel = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (outlineLevel is not null)
        {
            paragraph.Append(new KeepNext());
            paragraph.Append(new SpacingBetweenLines { Before = "240", After = "120" });
        }

        if (indent is not null)
        {
            paragraph.Append(new Indentation { Left = indent.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (center)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        if (outlineLevel is not null)
        {
            paragraph.Append(new OutlineLevel { Val = outlineLevel });
        }

        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }

        var run = new StyleRunProperties();
        var font = monospace ? "Courier New" : sans ? Sans : null;
        if (font is not null)
        {
            run.Append(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font });
        }

        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        if (size is not null)
        {
            run.Append(new FontSize { Val = size.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (run.HasChildren)
        {
            style.Append(run);
        }

        return style;
    }
}
