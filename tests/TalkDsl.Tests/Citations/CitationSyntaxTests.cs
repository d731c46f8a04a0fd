using TalkDsl.Rules.Citations;

namespace TalkDsl.Tests.Citations;

public class CitationSyntaxTests
{
    [Theory]
    [InlineData("[@Lawrence:gp17]", false, "Lawrence:gp17", "", "", false)]
    [InlineData("[@key, p. 33]", false, "key", "", "p. 33", false)]
    [InlineData("[see @key, chap. 2]", false, "key", "see", "chap. 2", false)]
    [InlineData("[-@key]", false, "key", "", "", true)]
    [InlineData("@key says", true, "key", "", "", false)]
    [InlineData("@key [p. 3] says", true, "key", "", "p. 3", false)]
    [InlineData("@{odd key!}", true, "odd key!", "", "", false)]
    [InlineData("@Ranganath-survival16.", true, "Ranganath-survival16", "", "", false)]
    public void Reads_pandoc_citation_forms(string text, bool inText, string key, string prefix, string suffix, bool suppress)
    {
        var citation = Assert.Single(CitationSyntax.FindAll(text));
        Assert.Equal(inText, citation.InText);
        var item = Assert.Single(citation.Items);
        Assert.Equal((key, prefix, suffix, suppress), (item.Key, item.Prefix, item.Suffix, item.SuppressAuthor));
        Assert.Equal(key, text.Substring(item.KeyStart, key.Length));
    }

    [Fact]
    public void Reads_several_items_with_their_key_positions()
    {
        const string text = "As shown [see @a; @b, p. 3; also -@c].";
        var citation = Assert.Single(CitationSyntax.FindAll(text));
        Assert.Equal(["a", "b", "c"], citation.Items.Select(i => i.Key));
        Assert.Equal([15, 19, 35], citation.Items.Select(i => i.KeyStart));
        Assert.True(citation.Items[2].SuppressAuthor);
        Assert.Equal("also", citation.Items[2].Prefix);
    }

    [Theory]
    [InlineData("mail me@example.org")]
    [InlineData("an escaped \\@lawrennd handle")]
    [InlineData("a link [to](https://medium.com/@user)")]
    [InlineData("code `@key` and math $a@b$")]
    [InlineData("<https://example.org/@user>")]
    [InlineData("```\n@key in a fence\n```")]
    [InlineData("    @key in indented code")]
    [InlineData("[no key here]")]
    public void Finds_no_citation_where_pandoc_sees_none(string text) => Assert.Empty(CitationSyntax.FindAll(text));

    [Theory]
    [InlineData("* item\n    * nested @key", 1)]
    [InlineData("para\n    continued @key", 1)]
    [InlineData("para\n\n    code @key", 0)]
    [InlineData("* item\n\n    more of the item @key", 1)]
    public void Indentation_is_code_only_where_markdown_says_so(string text, int citations) =>
        Assert.Equal(citations, CitationSyntax.FindAll(text).Count);
}
