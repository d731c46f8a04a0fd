using TalkDsl.Rules;

namespace TalkDsl.Tests.Rules;

/// <summary>TALK008's count of the lines Markdown takes on a slide: as it wraps, not as the source breaks it.</summary>
public sealed class SlideLinesTests
{
    [Theory]
    // A paragraph is one run of text however its source lines break: 94 characters at 47 a line are 2 lines.
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 2)]
    [InlineData("short\n\nshort", 2)]
    // A quote is 72 % as wide: 40 characters take 2 lines of 33.
    [InlineData("> aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 2)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 1)]
    // Each list item on its own, nested or not.
    [InlineData("* one\n* two\n    * three\n1. four", 4)]
    // A hard line break starts a line.
    [InlineData("Roses are red,  \nviolets blue", 2)]
    // Code, headings and table rows: a line each, code never wrapped.
    [InlineData("```\nx = 1\ny = 2\n```", 2)]
    [InlineData("### A heading\n| a | b |\n|---|:--|\n| 1 | 2 |", 3)]
    // A link counts its text, not its address; emphasis marks and tags count nothing.
    [InlineData("[see](https://example.org/a/very/long/address/that/is/not/shown/on/the/slide/at/all) *now* <br>", 1)]
    [InlineData("", 0)]
    // A footnote's definition, continued up to a blank line, goes to the footnotes slide at the end.
    [InlineData("A claim.[^a]\n\n[^a]: The source,\ncontinued.\n\nMore.", 2)]
    [InlineData("A claim.[^a]\n\n   [^a]: The source,\n    indented.", 1)]
    // A pause, a paragraph of its own, shows nothing; inside a paragraph its dots are text.
    [InlineData("First.\n\n. . .\n\nSecond.", 2)]
    [InlineData("## A heading\n. . .", 1)]
    [InlineData("First.\n. . .\nSecond.", 1)]
    public void Counts_the_lines_text_wraps_to(string markdown, int expected) =>
        Assert.Equal(expected, SlideLines.Count(markdown, lineChars: 47));

    [Fact]
    public void A_wider_line_holds_more()
    {
        var paragraph = new string('a', 200);

        Assert.Equal(5, SlideLines.Count(paragraph, 47));
        Assert.Equal(2, SlideLines.Count(paragraph, 100));
    }

    [Fact]
    public void The_slide_starts_are_the_slides_after_the_title_that_the_estimate_counts()
    {
        RuleItem[] items =
        [
            RuleItem.Content(ContentTarget.Notes, "notes make no slide", null),
            RuleItem.Content(ContentTarget.Both, "content before a heading makes one", "lead"),
            RuleItem.Heading(HeadingLevel.Subsection, "A", "a"),
            RuleItem.Heading(HeadingLevel.Subsubsection, "in A", "a1"),
            RuleItem.Heading(HeadingLevel.NewSlide, null, "b"),
            RuleItem.Thanks("thanks"),
        ];

        var starts = TalkEstimate.SlideStarts(items);

        Assert.Equal(["lead", "a", "b", "thanks"], starts.Select(s => (string)s.Tag!));
        Assert.Equal(1 + starts.Count, TalkEstimate.Compute(items, RuleSettings.Default).SlideCount);
    }
}
