using TalkDsl.Lamd.Mapping;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>Dollars as pandoc's tex_math_dollars reads them: math stays, text dollars are escaped.</summary>
public sealed class PandocMathTests
{
    [Theory]
    [InlineData("fined $5 billion dollars. Or 7% of revenue.", @"fined \$5 billion dollars. Or 7% of revenue.")]
    [InlineData("costs $20,000 and $30,000 each", @"costs \$20,000 and \$30,000 each")]
    [InlineData("a $ b $ c", @"a \$ b \$ c")]
    [InlineData("$x $ and more", @"\$x \$ and more")]
    [InlineData("$x$5 then", @"\$x\$5 then")]
    [InlineData("one $x\n\ny$ two", "one \\$x\n\ny\\$ two")]
    [InlineData("$$ never closed", @"\$\$ never closed")]
    public void Dollars_pandoc_reads_as_text_are_escaped(string markdown, string expected) =>
        Assert.Equal(expected, PandocMath.EscapeLiteralDollars(markdown));

    [Theory]
    [InlineData("the map $f(x)$ and $\\mathbf{w}$.")]
    [InlineData("$$\nf(x) = 1\n$$")]
    [InlineData("$$ x$$")]
    [InlineData("  $$\n  f(x) = 1\n  $$\n")]
    [InlineData(@"$\text{costs $5}$ in text")]
    [InlineData(@"an escaped \$5 stays")]
    [InlineData("code `echo $HOME` and\n```\nx = $y\n```\n")]
    [InlineData("$x$, $y$.")]
    public void Math_escapes_and_code_are_left_as_they_are(string markdown) =>
        Assert.Equal(markdown, PandocMath.EscapeLiteralDollars(markdown));

    [Theory]
    [InlineData("inline across a line $a +\n  b$ break", "inline across a line $a + b$ break")]
    [InlineData("the set $\\left\\{\\mathbf{y}^*,\n\\mathbf{y}\\right\\}$. Then", "the set $\\left\\{\\mathbf{y}^*, \\mathbf{y}\\right\\}$. Then")]
    [InlineData("For the intercept\n$$c = a +\nb.\n$$\nNotice", "For the intercept\n$$\nc = a +\nb.\n$$\nNotice")]
    [InlineData("so $$a +\nb$$ and", "so $$a + b$$ and")]
    [InlineData("  $$a +\n  b$$\n", "  $$a + b$$\n")]
    public void Math_across_a_line_break_is_written_so_markdig_reads_it_as_math(string markdown, string expected) =>
        Assert.Equal(expected, PandocMath.EscapeLiteralDollars(markdown));

    [Fact]
    public void A_typo_that_leaves_a_dollar_open_is_escaped_where_pandoc_shows_it_as_text() =>
        Assert.Equal(@"where \$\mathbf{w}, are the weights", PandocMath.EscapeLiteralDollars(@"where $\mathbf{w}, are the weights"));
}
