using TalkDsl.Rules;

namespace TalkDsl.Tests.Security;

/// <summary>The one allow-list of addresses (issue 12): every spelling of a script URL is refused.</summary>
public sealed class SafeUrlTests
{
    public static TheoryData<string> Unsafe() => [.. XssVectors.UnsafeUrls];

    public static TheoryData<string> Safe() => [.. XssVectors.SafeUrls];

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void Script_and_other_schemes_are_refused_as_links(string url) => Assert.False(SafeUrl.IsSafe(url));

    [Theory]
    [MemberData(nameof(Safe))]
    public void Http_https_mailto_relative_paths_and_anchors_are_links(string url) => Assert.True(SafeUrl.IsSafe(url));

    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", true)]
    [InlineData("DATA:IMAGE/svg+xml,<svg/>", true)]
    [InlineData("data:text/html,x", false)]
    [InlineData("data:,image/png", false)]
    [InlineData("javascript:alert(1)//image/png", false)]
    public void Data_images_are_allowed_for_images_only(string url, bool asImage)
    {
        Assert.Equal(asImage, SafeUrl.IsSafe(url, image: true));
        Assert.False(SafeUrl.IsSafe(url));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript:alert(1)", false)]
    [InlineData("![x](data:image/png;base64,AA)", "data:image/png;base64,AA", true)]
    [InlineData("<JavaScript:alert(1)>", "JavaScript:alert(1)", false)]
    [InlineData("[x][r]\n\n[r]: <vbscript:x>", "vbscript:x", false)]
    [InlineData("![x][r]\n\n[r]: data:image/gif;base64,AA", "data:image/gif;base64,AA", true)]
    [InlineData("[a [nested] link](javascript\\:x)", "javascript:x", false)]
    public void Addresses_are_found_in_Markdown_without_a_parser(string markdown, string url, bool image)
    {
        Assert.Contains(new KeyValuePair<string, bool>(url, image), SafeUrl.AddressesIn(markdown));
    }

    [Theory]
    [InlineData("`[x](javascript:alert(1))`")]
    [InlineData("```\n[x](javascript:alert(1))\n```")]
    [InlineData("Plain text: javascript:alert(1) is not a link")]
    public void Code_and_plain_text_hold_no_addresses(string markdown)
    {
        Assert.DoesNotContain(SafeUrl.AddressesIn(markdown), a => !SafeUrl.IsSafe(a.Key, a.Value));
    }

    [Fact]
    public void TALK021_is_reported_by_Validate_for_each_field_with_the_analyzers_words()
    {
        var talk = Talk.Titled("t").Author(given: "Ada", url: "javascript:alert(1)")
            .Subsection("s").Markdown("[x](JaVaScRiPt:alert(1))")
            .Image("data:text/html,x", alt: "pic")
            .Figure(new ImageMedia("vbscript:x"), "See <javascript:alert(2)>.")
            .Notes("[r]\n\n[r]: javascript&#58;alert(3)");

        var found = talk.Validate().Where(d => d.Id == "TALK021").ToList();

        Assert.Equal(6, found.Count);
        Assert.All(found, d => Assert.Equal(TalkDiagnosticSeverity.Error, d.Severity));
        Assert.Contains(found, d => d.Message == "The link 'javascript:alert(1)' in the author url is not an address a page may link to (it could run script): use http:, https:, mailto:, a relative path or a #anchor; it is rendered as plain text");
        Assert.Contains(found, d => d.Message.StartsWith("The image 'data:text/html,x' in Image(...) is not an address a page may load", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message.StartsWith("The image 'vbscript:x' in Figure(...)", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message.StartsWith("The link 'javascript:alert(2)' in Figure(...)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_s_unsafe_link_is_reported_through_the_talk()
    {
        var part = TalkPart.Create().Markdown("[x](javascript:alert(1))");

        Assert.Contains(Talk.Titled("t").Author(given: "Ada").Subsection("s").Include(part).Validate(), d => d.Id == "TALK021");
    }
}
