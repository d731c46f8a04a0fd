using TalkDsl.Rules;

namespace TalkDsl.Tests.Rules;

public class ValidateTests
{
    private static TalkHeader Valid() => Talk.Titled("A talk").Author(given: "Ada", family: "Lovelace");

    private static IEnumerable<string> Ids(Talk talk) => talk.Validate().Select(d => d.Id);

    [Fact]
    public void A_well_formed_talk_has_no_findings()
    {
        var talk = Valid().Date(2020, 12, 4).Subsection("Welcome").Markdown("Hello $x$.").Thanks().References();

        Assert.Empty(talk.Validate());
    }

    [Fact]
    public void TALK001_no_title()
    {
        var diagnostic = Assert.Single(Talk.Author(given: "Ada").Subsection("s").Markdown("x").Validate());

        Assert.Equal("TALK001", diagnostic.Id);
        Assert.Equal(TalkDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("Talk.Titled", diagnostic.Message);
    }

    [Fact]
    public void TALK001_whitespace_title()
    {
        Assert.Contains("TALK001", Ids(Talk.Titled("  ").Author(given: "Ada")));
    }

    [Fact]
    public void TALK002_no_author()
    {
        var diagnostic = Assert.Single(Talk.Titled("Lonely").Subsection("s").Markdown("x").Validate());

        Assert.Equal("TALK002", diagnostic.Id);
        Assert.Equal(TalkDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'Lonely'", diagnostic.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void TALK003_empty_heading(string title)
    {
        Assert.Equal(["TALK003"], Ids(Valid().Section(title).Markdown("x")));
        Assert.Equal(["TALK003"], Ids(Valid().Subsection(title).Markdown("x")));
        Assert.Equal(["TALK003"], Ids(Valid().Subsubsection(title).Markdown("x")));
        Assert.Equal(["TALK003"], Ids(Valid().NewSlide(title).Markdown("x")));
    }

    [Fact]
    public void TALK003_not_for_an_untitled_NewSlide()
    {
        Assert.Empty(Valid().Subsection("s").Markdown("x").NewSlide().Markdown("y").Validate());
    }

    [Fact]
    public void TALK004_duplicate_anchor_names_both_headings()
    {
        var diagnostic = Assert.Single(Valid().Subsection("Data, science!").Markdown("x").Subsection("Data science").Markdown("y").Validate());

        Assert.Equal("TALK004", diagnostic.Id);
        Assert.Contains("'Data science'", diagnostic.Message);
        Assert.Contains("'#data-science'", diagnostic.Message);
        Assert.Contains("'Data, science!'", diagnostic.Message);
    }

    [Fact]
    public void TALK004_counts_the_thanks_section()
    {
        Assert.Equal(["TALK004"], Ids(Valid().Subsection("Thanks").Markdown("x").Thanks()));
    }

    [Fact]
    public void TALK004_not_for_new_slides_which_have_no_notes_heading()
    {
        Assert.Empty(Valid().Subsection("Programme").Markdown("x").NewSlide("Programme").Markdown("y").Validate());
    }

    [Fact]
    public void TALK005_empty_section_before_the_next_heading()
    {
        var diagnostic = Assert.Single(Valid().Subsection("Empty").Subsection("Full").Markdown("x").Validate());

        Assert.Equal("TALK005", diagnostic.Id);
        Assert.Contains("Subsection 'Empty'", diagnostic.Message);
    }

    [Fact]
    public void TALK005_empty_section_at_the_end()
    {
        Assert.Equal(["TALK005"], Ids(Valid().Section("Last")));
        Assert.Equal(["TALK005"], Ids(Valid().Section("Last").Thanks()));
    }

    [Fact]
    public void TALK005_any_kind_of_content_counts_including_an_included_part()
    {
        var part = TalkPart.Create().SpeakerNotes("said aloud");

        Assert.Empty(Valid().Subsection("s").SpeakerNotes("x").Validate());
        Assert.Empty(Valid().Subsection("s").Include(part).Validate());
    }

    [Fact]
    public void TALK007_second_include_of_a_part()
    {
        var part = TalkPart.Create("shared").Subsection("Shared").Markdown("x");

        var diagnostic = Assert.Single(Valid().Include(part).Include(part).Validate());

        Assert.Equal("TALK007", diagnostic.Id);
        Assert.Contains("'shared'", diagnostic.Message);
    }

    [Fact]
    public void TALK008_too_many_lines_on_a_slide()
    {
        // Twelve paragraphs and the slide's title: thirteen lines (one paragraph's source lines would wrap together).
        var lines = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Line {i}."));

        var diagnostic = Assert.Single(Valid().Subsection("Dense").Markdown(lines).Validate());

        Assert.Equal("TALK008", diagnostic.Id);
        Assert.Contains("13 lines (at most 12)", diagnostic.Message);
    }

    [Fact]
    public void TALK008_counts_the_lines_a_paragraph_wraps_to_at_the_line_width_given()
    {
        // One source line of 203 characters: 5 lines at the default 47 a line, 14 at 15.
        var talk = Valid().Subsection("Wraps").Markdown(string.Concat(Enumerable.Repeat("A long sentence that wraps on the slide. ", 5)).TrimEnd());

        Assert.Empty(talk.Validate());
        Assert.Empty(talk.Validate(TalkValidationOptions.Default));
        var diagnostic = Assert.Single(talk.Validate(new TalkValidationOptions { SlideLineChars = 15 }));
        Assert.Equal("TALK008", diagnostic.Id);
        Assert.Contains("The slide 'Wraps' shows 15 lines (at most 12)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TALK008_too_many_bullets_counts_slides_content_but_not_notes()
    {
        var bullets = string.Join("\n", Enumerable.Range(1, 8).Select(i => $"* item {i}"));

        Assert.Equal(["TALK008"], Ids(Valid().Subsection("Busy").Slides(bullets)));
        Assert.Empty(Valid().Subsection("Calm").Notes(bullets).Validate());
        Assert.Empty(Valid().Subsection("Split").Slides(bullets[..40]).NewSlide().Slides(bullets[40..]).Validate());
    }

    [Fact]
    public void TALK009_talk_longer_than_its_duration()
    {
        var words = string.Join(" ", Enumerable.Repeat("word", 1300));

        var diagnostic = Assert.Single(Valid().Duration(TimeSpan.FromMinutes(5)).Subsection("s").SpeakerNotes(words).Validate());

        Assert.Equal("TALK009", diagnostic.Id);
        Assert.Contains("11 min", diagnostic.Message); // 1300 words at 130/min = 10 min, plus 2 slides at 30 s
        Assert.Contains("1300 words", diagnostic.Message);
        Assert.Contains("5 min", diagnostic.Message);
    }

    [Fact]
    public void TALK009_not_when_the_talk_fits()
    {
        Assert.Empty(Valid().Duration(TimeSpan.FromMinutes(5)).Subsection("s").SpeakerNotes("Short.").Validate());
    }

    [Theory]
    [InlineData("inverseprobability.com", null)]
    [InlineData(null, "not a handle")]
    [InlineData(null, "@waytoolonghandle_x")]
    public void TALK010_author_url_or_twitter(string? url, string? twitter)
    {
        var diagnostic = Assert.Single(Talk.Titled("t").Author(given: "Ada", url: url, twitter: twitter).Validate());

        Assert.Equal("TALK010", diagnostic.Id);
    }

    [Theory]
    [InlineData("https://example.org/people", "@lawrennd")]
    [InlineData("http://inverseprobability.com", "lawrennd")]
    public void TALK010_not_for_good_links(string url, string twitter)
    {
        Assert.Empty(Talk.Titled("t").Author(given: "Ada", url: url, twitter: twitter).Validate());
    }

    [Fact]
    public void TALK010_impossible_date()
    {
        var diagnostic = Assert.Single(Valid().Date(2021, 2, 29).Validate());

        Assert.Equal("TALK010", diagnostic.Id);
        Assert.Contains("2021-2-29 does not exist", diagnostic.Message);
    }

    [Theory]
    [InlineData("An unclosed $x + y.")]
    [InlineData("$$\n\\int f\n")]
    [InlineData("Inline $x$ then $y")]
    [InlineData("$a $$b$$")]
    public void TALK011_unbalanced_math(string markdown)
    {
        var diagnostic = Assert.Single(Valid().Markdown(markdown).Validate());

        Assert.Equal("TALK011", diagnostic.Id);
        Assert.Equal(TalkDiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Theory]
    [InlineData("It costs \\$5 and \\$10.")]
    [InlineData("Shell: `echo $HOME`")]
    [InlineData("```\n$ ls\n```")]
    [InlineData("$$\n\\$ \\sum_i x_i\n$$ and $y$")]
    public void TALK011_not_for_escaped_dollars_or_code(string markdown)
    {
        Assert.Empty(Valid().Markdown(markdown).Validate());
    }

    [Fact]
    public void Findings_name_the_file_and_line_of_the_offending_call()
    {
        var line = Line() + 1;
        var talk = Valid().Subsection("");

        var diagnostic = Assert.Single(talk.Validate());

        Assert.Equal($"{ThisFile()}({line})", diagnostic.Location);
        Assert.StartsWith($"{ThisFile()}({line}): error TALK003:", diagnostic.ToString());
    }

    [Fact]
    public void Errors_come_before_warnings()
    {
        var severities = Talk.Titled("t").Subsection("Empty").Subsection("").Validate().Select(d => d.Severity).ToList();

        Assert.Equal(severities.OrderByDescending(s => s), severities);
        Assert.Equal(TalkDiagnosticSeverity.Error, severities[0]);
    }

    [Fact]
    public void BuildValidated_throws_listing_every_error()
    {
        var talk = Talk.Author(given: "Ada").Subsection("").Markdown("$x");

        var error = Assert.Throws<TalkValidationException>(() => talk.BuildValidated());

        Assert.Equal(["TALK001", "TALK003", "TALK011"], error.Errors.Select(e => e.Id).Order());
        Assert.Contains("has 3 errors and was not rendered", error.Message);
        Assert.Contains("TALK003", error.Message);
        Assert.Contains("TALK011", error.Message);
    }

    [Fact]
    public void BuildValidated_ignores_warnings()
    {
        Assert.NotNull(Talk.Titled("No author").Markdown("x").BuildValidated());
    }

    private static int Line([System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string file = "") => file;
}
