namespace TalkDsl.Tests.Security;

/// <summary>Markdown nested deeper than Markdig reads (issue 12) renders as text, never an exception.</summary>
public sealed class MarkdownDepthTests
{
    [Theory]
    [InlineData('[')]
    [InlineData('>')]
    [InlineData('*')]
    public void Twenty_thousand_nesting_characters_render_as_escaped_text(char c)
    {
        var markdown = new string(c, 20_000) + "<script>x</script>";
        var talk = Talk.Titled("t").Author(given: "Ada").Subsection("s").Markdown(markdown);

        var notes = talk.RenderNotes();

        Assert.Contains(new string(c == '>' ? '>' : c, 100).Replace(">", "&gt;", StringComparison.Ordinal), notes, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>x", notes, StringComparison.Ordinal);
    }
}
