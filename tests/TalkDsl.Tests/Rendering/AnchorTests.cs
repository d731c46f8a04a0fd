using TalkDsl.Rules;

namespace TalkDsl.Tests.Rendering;

/// <summary>
/// Pandoc's auto_identifiers, so that links into lamd's notes keep working. The cases follow pandoc's
/// manual and its implementation (lower-case; keep letters, numbers, '_', '-', '.'; words joined by
/// '-'; nothing before the first letter; "section" when empty; "-1", "-2"… for repeats).
/// </summary>
public class AnchorTests
{
    [Theory]
    [InlineData("Accelerate-Spark information session", "accelerate-spark-information-session")]
    [InlineData("Heading identifiers in HTML", "heading-identifiers-in-html")]
    [InlineData("A University Computing Laboratory", "a-university-computing-laboratory")]
    [InlineData("Thanks!", "thanks")]
    [InlineData("References", "references")]
    public void Titles_become_lower_case_words_joined_by_dashes(string title, string anchor) =>
        Assert.Equal(anchor, PandocIdentifier.Create(title));

    [Theory]
    [InlineData("*Dogs*?--in *my* house?", "dogs--in-my-house")]
    [InlineData("[HTML], [S5], or [RTF]?", "html-s5-or-rtf")]
    [InlineData("Q&A: what's next?", "qa-whats-next")]
    [InlineData("C# and F#", "c-and-f")]
    [InlineData("Version 2.0_beta (final)", "version-2.0_beta-final")]
    [InlineData("a/b\\c", "abc")]
    [InlineData("  spaced \t\n out  ", "spaced-out")]
    [InlineData("non\u00A0breaking", "non-breaking")]
    public void Punctuation_is_dropped_except_underscore_dash_and_dot(string title, string anchor) =>
        Assert.Equal(anchor, PandocIdentifier.Create(title));

    [Theory]
    [InlineData("Maître d'hôtel", "maître-dhôtel")]
    [InlineData("Ελληνικά Κείμενα", "ελληνικά-κείμενα")]
    [InlineData("Привет, мир", "привет-мир")]
    [InlineData("日本語の見出し", "日本語の見出し")]
    [InlineData("🚀 Launch 🚀 day", "launch-day")]
    [InlineData("𝒜lgebra", "𝒜lgebra")]
    [InlineData("Straße", "straße")]
    public void Unicode_letters_are_kept_and_lower_cased(string title, string anchor) =>
        Assert.Equal(anchor, PandocIdentifier.Create(title));

    [Theory]
    [InlineData("3. Applications", "applications")]
    [InlineData("2020 in review", "in-review")]
    [InlineData("1st place", "st-place")]
    [InlineData("-- _Intro", "intro")]
    [InlineData("...and then", "and-then")]
    [InlineData("٣ عربي", "عربي")]
    public void Everything_before_the_first_letter_is_dropped(string title, string anchor) =>
        Assert.Equal(anchor, PandocIdentifier.Create(title));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("33")]
    [InlineData("!!!")]
    [InlineData("2020-12-04")]
    [InlineData("🚀")]
    public void Nothing_left_gives_section(string title) => Assert.Equal("section", PandocIdentifier.Create(title));

    [Fact]
    public void Repeats_get_numbered_suffixes_in_document_order()
    {
        var anchors = new PandocIdentifierSet();

        Assert.Equal(
            ["intro", "intro-1", "intro-2", "section", "section-1", "intro-1-1", "other"],
            new[] { "Intro", "Intro", "intro!", "", "42", "Intro 1", "Other" }.Select(anchors.Next));
    }

    [Fact]
    public void A_suffix_skips_identifiers_already_taken()
    {
        var anchors = new PandocIdentifierSet();

        Assert.Equal(["summary-1", "summary", "summary-2"], new[] { "Summary 1", "Summary", "Summary" }.Select(anchors.Next));
    }

    [Fact]
    public void A_suffix_taken_between_repeats_is_still_skipped_and_thousands_of_repeats_number_in_order()
    {
        var anchors = new PandocIdentifierSet();

        Assert.Equal(["thanks", "thanks-1"], new[] { "Thanks!", "Thanks!" }.Select(anchors.Next).ToList());
        anchors.Reserve("thanks-2");
        Assert.Equal(["thanks-3", "thanks-2-1"], new[] { "Thanks!", "Thanks 2" }.Select(anchors.Next).ToList());

        // Found by the importer fuzzer: 22,000 \thanks tried every suffix from 1 each time (23 s of CPU).
        var many = Enumerable.Range(0, 20_000).Select(_ => anchors.Next("Thanks!")).ToList();
        Assert.Equal("thanks-4", many[0]);
        Assert.Equal("thanks-20003", many[^1]);
        Assert.Equal(many.Count, many.Distinct().Count());
    }

    [Fact]
    public void Collides_says_whether_a_title_would_repeat_an_anchor()
    {
        var anchors = new PandocIdentifierSet();
        anchors.Next("Welcome!");

        Assert.True(anchors.Collides("welcome"));
        Assert.False(anchors.Collides("Welcome back"));
    }

    [Fact]
    public void Rendered_notes_use_the_same_anchors_as_the_outline()
    {
        var talk = SampleTalks.Header()
            .Subsection("Welcome").Markdown("a")
            .Subsection("Welcome!").Markdown("b")
            .Section("3. Results").Markdown("c")
            .Thanks()
            .References();

        var ids = HtmlDom.Parse(talk.RenderNotes()).Body!.QuerySelectorAll("body > h1, body > h2, body > h3").Select(h => h.Id);

        Assert.Equal(["welcome", "welcome-1", "results", "thanks", "references"], ids);
        Assert.Equal(talk.Outline().Headings.Select(h => h.Anchor), ids);
    }
}
