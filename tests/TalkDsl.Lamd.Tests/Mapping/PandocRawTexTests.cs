using TalkDsl.Lamd.Mapping;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>Raw TeX as pandoc reads it: commands with braced arguments outside math and code are left out of HTML.</summary>
public sealed class PandocRawTexTests
{
    [Theory]
    [InlineData("Get it: \\downloadfile{http://x.org/a?b=1}{a.png} now.", "Get it:  now.", "\\downloadfile{…}")]
    [InlineData("\\tomBorchertPicture{15%}", "", "\\tomBorchertPicture{…}")]
    [InlineData("a\n\\begin{align}\nx &= 1\n\\end{align}\nb", "a\n\nb", "\\begin{…}")]
    public void Commands_with_arguments_outside_math_are_left_out(string markdown, string expected, string dropped)
    {
        var (shown, left) = PandocRawTex.Drop(markdown);

        Assert.Equal(expected, shown);
        Assert.Equal([dropped], left);
    }

    [Theory]
    [InlineData("math $\\mathbf{w}$ and $$\\frac{1}{2}$$ stay")]
    [InlineData("code `\\foo{x}` and\n```\n\\bar{y}\n```\nstay")]
    [InlineData("an escaped \\$5, a \\\\ break and \\alpha alone stay")]
    [InlineData("an unclosed \\foo{x stays")]
    public void Math_code_and_commands_without_arguments_stay(string markdown)
    {
        var (shown, left) = PandocRawTex.Drop(markdown);

        Assert.Equal(markdown, shown);
        Assert.Empty(left);
    }
}
