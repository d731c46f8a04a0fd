using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rendering.Markdown.Citations;

namespace TalkDsl.Rendering.Office;

/// <summary>A run of text with its character formatting; <see cref="Link"/> makes it a hyperlink.</summary>
/// <param name="Monospace">Inline code, and math, which the Office formats show as its TeX source.</param>
/// <param name="Footnote">When set, the run is a footnote's number where the note is cited, and this is the note (Word: a real footnote; PowerPoint: a superscript number and a Notes slide, as pandoc makes them).</param>
internal sealed record OfficeRun(string Text, bool Bold = false, bool Italic = false, bool Monospace = false, string? Link = null, IReadOnlyList<OfficeBlock>? Footnote = null)
{
    /// <summary>A line break inside the paragraph.</summary>
    public static OfficeRun Break { get; } = new("\n");

    /// <summary>The start of a <see cref="Link"/> to a bibliography entry of References, the key following: "#ref-Lawrence:gplvm05", as on the HTML pages.</summary>
    public const string EntryLink = "#ref-";

    public bool IsBreak => ReferenceEquals(this, Break);
}

/// <summary>A block of an Office document, made from Markdown by <see cref="OfficeMarkdown"/>.</summary>
internal abstract record OfficeBlock;

/// <summary>
/// A paragraph; in a list when <see cref="ListLevel"/> is set (0 the outermost), numbered when
/// <see cref="Ordered"/>. <see cref="ListId"/> tells lists apart, so numbering restarts at each.
/// </summary>
internal sealed record OfficeParagraph(IReadOnlyList<OfficeRun> Runs, int? ListLevel = null, bool Ordered = false, bool Quote = false, int ListId = 0) : OfficeBlock;

/// <summary>A heading inside Markdown, level 1–6.</summary>
internal sealed record OfficeHeading(int Level, IReadOnlyList<OfficeRun> Runs) : OfficeBlock;

/// <summary>A code block, or display math shown as its TeX source.</summary>
internal sealed record OfficeCode(string Text) : OfficeBlock;

/// <summary>An image by its address (a path relative to the pages, or a URL).</summary>
internal sealed record OfficeImage(string Address, string Alt) : OfficeBlock;

/// <summary>A table: its rows of cells, the first row the header.</summary>
internal sealed record OfficeTable(IReadOnlyList<IReadOnlyList<IReadOnlyList<OfficeRun>>> Rows) : OfficeBlock;

/// <summary>
/// Walks Markdown (the pipeline every output uses) into the blocks and runs that the PowerPoint and Word
/// writers lay out: paragraphs, bullet and numbered lists with their levels, bold, italic and code runs,
/// links, images, code, tables. Math is kept as its TeX source (<c>$…$</c>) in a monospace run; raw HTML
/// is left out. Images inside a paragraph split it, as they stand on their own on a slide or page.
/// </summary>
internal static class OfficeMarkdown
{
    /// <param name="cited">The talk's citation style, which also records the entries cited for References; without it every key shows as unknown.</param>
    public static IReadOnlyList<OfficeBlock> Blocks(string markdown, bool allowHtml = false, CitedLinkSet? cited = null)
    {
        var blocks = new List<OfficeBlock>();
        AddBlocks(MarkdownRenderer.Parse(markdown, allowHtml), blocks, listLevel: null, ordered: false, quote: false, cited);

        // Number the top-level lists (a paragraph at level 0 after a non-list block starts one).
        var listId = 0;
        OfficeBlock? previous = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is OfficeParagraph { ListLevel: not null } item)
            {
                if (previous is not OfficeParagraph { ListLevel: not null } || (item.ListLevel == 0 && previous is OfficeParagraph { ListLevel: 0 } before && before.Ordered != item.Ordered))
                {
                    listId++;
                }

                blocks[i] = item with { ListId = listId };
            }

            previous = blocks[i];
        }

        return blocks;
    }

    /// <summary>The footnotes cited in <paramref name="blocks"/>, in order: each one's number and its note.</summary>
    public static IEnumerable<(string Number, IReadOnlyList<OfficeBlock> Note)> Footnotes(IEnumerable<OfficeBlock> blocks) =>
        blocks.SelectMany(block => block switch
            {
                OfficeParagraph paragraph => paragraph.Runs,
                OfficeHeading heading => heading.Runs,
                OfficeTable table => table.Rows.SelectMany(row => row.SelectMany(cell => cell)),
                _ => [],
            })
            .Where(run => run.Footnote is not null)
            .Select(run => (run.Text, run.Footnote!));

    /// <summary>The plain text of the runs, e.g. for a slide's title or a link list.</summary>
    public static string Text(IEnumerable<OfficeRun> runs) => string.Concat(runs.Select(r => r.IsBreak ? " " : r.Text));

    private static void AddBlocks(ContainerBlock container, List<OfficeBlock> blocks, int? listLevel, bool ordered, bool quote, CitedLinkSet? cited)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    blocks.Add(new OfficeHeading(heading.Level, Runs(heading.Inline, blocks, listLevel, ordered, quote, cited)));
                    break;
                case MathBlock math:
                    blocks.Add(new OfficeCode("$$" + math.Lines.ToString().Trim() + "$$"));
                    break;
                case CodeBlock code:
                    blocks.Add(new OfficeCode(code.Lines.ToString().TrimEnd('\n')));
                    break;
                case ParagraphBlock paragraph:
                    var runs = Runs(paragraph.Inline, blocks, listLevel, ordered, quote, cited);
                    if (runs.Count > 0)
                    {
                        blocks.Add(new OfficeParagraph(runs, listLevel, ordered, quote));
                    }

                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        AddBlocks(item, blocks, listLevel is null ? 0 : listLevel + 1, list.IsOrdered, quote, cited);
                    }

                    break;
                case QuoteBlock inner:
                    AddBlocks(inner, blocks, listLevel, ordered, quote: true, cited);
                    break;
                case FootnoteGroup:
                    break; // each note goes with the number that cites it (AddRuns)
                case Table table:
                    blocks.Add(new OfficeTable(table.OfType<TableRow>()
                        .Select(row => (IReadOnlyList<IReadOnlyList<OfficeRun>>)row.OfType<TableCell>()
                            .Select(cell => (IReadOnlyList<OfficeRun>)cell.OfType<ParagraphBlock>().SelectMany(p => Runs(p.Inline, blocks, null, false, false, cited)).ToList())
                            .ToList())
                        .ToList()));
                    break;
                case ContainerBlock other:
                    AddBlocks(other, blocks, listLevel, ordered, quote, cited);
                    break;

                    // Raw HTML and thematic breaks have no Office form: left out.
            }
        }
    }

    /// <summary>The runs of a paragraph; an image inside it closes the runs so far into a paragraph and stands as a block.</summary>
    private static List<OfficeRun> Runs(ContainerInline? inlines, List<OfficeBlock> blocks, int? listLevel, bool ordered, bool quote, CitedLinkSet? cited)
    {
        var runs = new List<OfficeRun>();
        if (inlines is not null)
        {
            AddRuns(inlines, new OfficeRun(string.Empty), runs, blocks, listLevel, ordered, quote, cited);
        }

        // Merge neighbours with the same formatting, and drop the paragraph's trailing break.
        var merged = new List<OfficeRun>();
        foreach (var run in runs)
        {
            if (merged.Count > 0 && !run.IsBreak && !merged[^1].IsBreak && merged[^1] with { Text = run.Text } == run)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else if (run.IsBreak || run.Text.Length > 0)
            {
                merged.Add(run);
            }
        }

        while (merged.Count > 0 && merged[^1].IsBreak)
        {
            merged.RemoveAt(merged.Count - 1);
        }

        return merged;
    }

    private static void AddRuns(ContainerInline container, OfficeRun style, List<OfficeRun> runs, List<OfficeBlock> blocks, int? listLevel, bool ordered, bool quote, CitedLinkSet? cited)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    if (runs.Count > 0)
                    {
                        blocks.Add(new OfficeParagraph([.. runs], listLevel, ordered, quote));
                        runs.Clear();
                    }

                    blocks.Add(new OfficeImage(image.Url ?? string.Empty, InlineText.Of(image, InlineText.AsShown)));
                    break;
                case FootnoteLink { IsBackLink: true }:
                    break; // a Word footnote or a Notes slide needs no way back
                case FootnoteLink note:
                    // Numbered per citation across the output, as pandoc numbers them.
                    var content = new List<OfficeBlock>();
                    AddBlocks(note.Footnote, content, null, false, false, cited);
                    runs.Add(style with { Text = (cited?.NextFootnote() ?? note.Footnote.Order).ToString(System.Globalization.CultureInfo.InvariantCulture), Link = null, Footnote = content });
                    break;
                case CitationInline citation:
                    // "Lawrence, 2017" links to its entry (OfficeRun.EntryLink): Word jumps to it; PowerPoint shows the text.
                    foreach (var part in cited is null ? AuthorDateStyle.Empty.Parts(citation.Citation) : cited.Cite(citation.Citation))
                    {
                        runs.Add(part.IsUnknown ? style with { Text = part.Text + "?", Bold = true }
                            : part.Key is { } key ? style with { Text = part.Text, Link = OfficeRun.EntryLink + key }
                            : style with { Text = part.Text });
                    }

                    break;
                case LinkInline link:
                    AddRuns(link, style with { Link = link.Url }, runs, blocks, listLevel, ordered, quote, cited);
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    AddRuns(emphasis, strong ? style with { Bold = true } : style with { Italic = true }, runs, blocks, listLevel, ordered, quote, cited);
                    break;
                case ContainerInline other:
                    AddRuns(other, style, runs, blocks, listLevel, ordered, quote, cited);
                    break;
                case LiteralInline literal:
                    runs.Add(style with { Text = literal.Content.ToString() });
                    break;
                case CodeInline code:
                    runs.Add(style with { Text = code.Content, Monospace = true });
                    break;
                case MathInline math:
                    var marks = new string('$', math.DelimiterCount);
                    runs.Add(style with { Text = marks + math.Content.ToString() + marks, Monospace = true });
                    break;
                case AutolinkInline autolink:
                    runs.Add(style with { Text = autolink.Url, Link = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url });
                    break;
                case HtmlEntityInline entity:
                    runs.Add(style with { Text = entity.Transcoded.ToString() });
                    break;
                case SmartyPant smarty:
                    runs.Add(style with { Text = InlineText.AsShown(smarty) });
                    break;
                case LineBreakInline { IsHard: true }:
                    runs.Add(OfficeRun.Break);
                    break;
                case LineBreakInline:
                    runs.Add(style with { Text = " " });
                    break;

                    // Raw inline HTML has no Office form: left out.
            }
        }
    }
}
