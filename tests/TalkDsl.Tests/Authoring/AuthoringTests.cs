using TalkDsl.Model;

namespace TalkDsl.Tests.Authoring;

public class AuthoringTests
{
    [Fact]
    public void Titled_starts_a_talk_with_its_title()
    {
        var document = Talk.Titled("Gaussian Processes").Build();

        Assert.Equal("Gaussian Processes", document.Metadata.Title);
        Assert.Empty(document.Blocks);
    }

    [Fact]
    public void Author_can_start_the_chain_and_the_title_follows()
    {
        var document = Talk.Author(given: "Neil D.", family: "Lawrence").Titled("Late title").Build();

        Assert.Equal("Late title", document.Metadata.Title);
        Assert.Equal(new Author("Neil D.", "Lawrence"), Assert.Single(document.Metadata.Authors));
    }

    [Fact]
    public void Author_keeps_every_lamd_field_in_order()
    {
        var document = Talk.Titled("t")
            .Author(given: "Neil D.", family: "Lawrence", institute: "University of Cambridge", url: "http://inverseprobability.com", twitter: "lawrennd", gscholar: "r3SJcvoAAAAJ", orcid: "0000-0001-9258-1030")
            .Author(given: "Jessica K.", family: "Montgomery")
            .Build();

        Assert.Equal(
            [
                new Author("Neil D.", "Lawrence", "University of Cambridge", "http://inverseprobability.com", "lawrennd", "r3SJcvoAAAAJ", "0000-0001-9258-1030"),
                new Author("Jessica K.", "Montgomery"),
            ],
            document.Metadata.Authors);
        Assert.Equal("Neil D. Lawrence", document.Metadata.Authors[0].DisplayName);
    }

    [Fact]
    public void Author_trims_fields_and_drops_blank_ones()
    {
        var author = Talk.Titled("t").Author(given: "Raoul-Gabriel ", family: "Urma", twitter: "  ").Build().Metadata.Authors[0];

        Assert.Equal("Raoul-Gabriel", author.Given);
        Assert.Null(author.Twitter);
    }

    [Fact]
    public void Author_needs_a_name()
    {
        var error = Assert.Throws<ArgumentException>(() => Talk.Titled("t").Author(given: " "));

        Assert.Contains("needs a name", error.Message);
    }

    [Fact]
    public void Author_with_only_a_family_name_is_accepted()
    {
        var author = Talk.Titled("t").Author(given: "", family: "Plato").Build().Metadata.Authors[0];

        Assert.Equal("Plato", author.DisplayName);
    }

    [Fact]
    public void FileName_sets_the_name_of_the_talks_files_trimmed()
    {
        Assert.Equal("lecture-2.v1", Talk.Titled("t").FileName(" lecture-2.v1 ").Build().Metadata.FileName);
        Assert.Null(Talk.Titled("t").Build().Metadata.FileName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("../up")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    public void FileName_refuses_what_cannot_name_a_file_in_the_output_folder(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Talk.Titled("t").FileName(name));

        Assert.Equal("name", error.ParamName);
        Assert.Contains("letters, digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Author_takes_a_family_name_alone_as_an_organisation_has()
    {
        var author = Talk.Titled("t").Author(family: "Sheffield Debating Society").Build().Metadata.Authors[0];

        Assert.Equal(new Author(Family: "Sheffield Debating Society"), author);
        Assert.Equal("Sheffield Debating Society", Talk.Author(family: "Sheffield Debating Society").Titled("t").Build().Metadata.Authors[0].DisplayName);
    }

    [Fact]
    public void Header_calls_fill_the_metadata()
    {
        var metadata = Talk.Titled("t")
            .Subtitle("a subtitle")
            .Date(2020, 12, 4)
            .Venue("Virtual")
            .Abstract("""
                An *abstract*.
                """)
            .Transition(Transition.None)
            .Paper(PaperSize.A4, margin: "2cm")
            .Duration(TimeSpan.FromMinutes(20))
            .Build()
            .Metadata;

        Assert.Equal("a subtitle", metadata.Subtitle);
        Assert.Equal(new DateOnly(2020, 12, 4), metadata.Date);
        Assert.Equal("Virtual", metadata.Venue);
        Assert.Equal("An *abstract*.", metadata.Abstract);
        Assert.Equal(Transition.None, metadata.Transition);
        Assert.Equal(new PaperSettings(PaperSize.A4, "2cm"), metadata.Paper);
        Assert.Equal("a4paper", metadata.Paper!.LatexName);
        Assert.Equal(TimeSpan.FromMinutes(20), metadata.Duration);
    }

    [Fact]
    public void Date_has_a_DateOnly_overload()
    {
        Assert.Equal(new DateOnly(2021, 2, 28), Talk.Titled("t").Date(new DateOnly(2021, 2, 28)).Build().Metadata.Date);
    }

    [Fact]
    public void An_impossible_date_is_left_out_of_the_metadata()
    {
        Assert.Null(Talk.Titled("t").Date(2021, 2, 30).Build().Metadata.Date);
    }

    [Fact]
    public void The_default_transition_is_slide_as_in_reveal()
    {
        Assert.Equal(Transition.Slide, Talk.Titled("t").Build().Metadata.Transition);
    }

    [Theory]
    [InlineData("2cm")]
    [InlineData("15mm")]
    [InlineData("1.5in")]
    [InlineData("72pt")]
    public void Paper_accepts_lengths(string margin)
    {
        Assert.Equal(margin, Talk.Titled("t").Paper(PaperSize.Letter, margin).Build().Metadata.Paper!.Margin);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("two cm")]
    [InlineData("-1cm")]
    [InlineData("")]
    public void Paper_rejects_what_is_not_a_length(string margin)
    {
        var error = Assert.Throws<ArgumentException>(() => Talk.Titled("t").Paper(PaperSize.A4, margin));

        Assert.Equal("margin", error.ParamName);
        Assert.StartsWith($"The margin '{margin}' is not a length: write a number and a unit (cm, mm, in or pt), e.g. \"2cm\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_enum_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Talk.Titled("t").Transition((Transition)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => Talk.Titled("t").Paper((PaperSize)42));
    }

    [Fact]
    public void Duration_must_be_positive()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Talk.Titled("t").Duration(TimeSpan.FromMinutes(-5)));

        Assert.Equal("duration", error.ParamName);
        Assert.StartsWith("The duration -00:05:00 is not positive: give the time the talk may take, e.g. TimeSpan.FromMinutes(45).", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Talk.Titled("t").Duration(TimeSpan.Zero));
    }

    [Fact]
    public void Null_arguments_are_rejected_at_the_call()
    {
        Assert.Throws<ArgumentNullException>(() => Talk.Titled(null!));
        Assert.Throws<ArgumentNullException>(() => Talk.Titled("t").Venue(null!));
        Assert.Throws<ArgumentNullException>(() => Talk.Titled("t").Section(null!));
        Assert.Throws<ArgumentNullException>(() => Talk.Titled("t").Markdown(null!));
        Assert.Throws<ArgumentNullException>(() => Talk.Titled("t").Include(null!));
    }

    [Fact]
    public void Body_calls_become_blocks_in_order()
    {
        var document = Talk.Titled("t")
            .Section("One")
            .Subsection("Two")
            .Subsubsection("Three")
            .NewSlide("Four")
            .NewSlide()
            .Markdown("both")
            .Slides("slides")
            .Notes("notes")
            .SpeakerNotes("speaker")
            .Thanks()
            .References()
            .Build();

        Assert.Equal(
            new Block[]
            {
                new HeadingBlock(HeadingLevel.Section, "One"),
                new HeadingBlock(HeadingLevel.Subsection, "Two"),
                new HeadingBlock(HeadingLevel.Subsubsection, "Three"),
                new HeadingBlock(HeadingLevel.NewSlide, "Four"),
                new HeadingBlock(HeadingLevel.NewSlide, null),
                new ContentBlock(ContentTarget.Both, "both"),
                new ContentBlock(ContentTarget.Slides, "slides"),
                new ContentBlock(ContentTarget.Notes, "notes"),
                new ContentBlock(ContentTarget.SpeakerNotes, "speaker"),
                new ThanksBlock(),
                new ReferencesBlock(),
            },
            document.Blocks);
    }

    [Fact]
    public void Every_header_body_call_moves_on_to_the_body()
    {
        var header = Talk.Titled("t");

        Assert.IsType<TalkBody>(header.Section("s"));
        Assert.IsType<TalkBody>(header.Subsection("s"));
        Assert.IsType<TalkBody>(header.Subsubsection("s"));
        Assert.IsType<TalkBody>(header.NewSlide());
        Assert.IsType<TalkBody>(header.Markdown("m"));
        Assert.IsType<TalkBody>(header.Slides("m"));
        Assert.IsType<TalkBody>(header.Notes("m"));
        Assert.IsType<TalkBody>(header.SpeakerNotes("m"));
        Assert.IsType<TalkBody>(header.Include(TalkPart.Create()));
        Assert.IsType<TalkClosing>(header.Thanks());
        Assert.IsType<TalkEnd>(header.References());
        Assert.IsType<TalkEnd>(header.Thanks().References());
    }

    [Fact]
    public void Allow_html_is_recorded_per_block()
    {
        var blocks = Talk.Titled("t").Markdown("<b>x</b>", allowHtml: true).Markdown("<b>y</b>").Build().Blocks;

        Assert.True(((ContentBlock)blocks[0]).AllowHtml);
        Assert.False(((ContentBlock)blocks[1]).AllowHtml);
    }

    [Fact]
    public void Content_loses_its_common_indentation_like_a_raw_string()
    {
        var text = "\n        * Zoom housekeeping\n            * Microphone on mute.\n\n        Done.\n    ";

        var block = (ContentBlock)Talk.Titled("t").Markdown(text).Build().Blocks[0];

        Assert.Equal("* Zoom housekeeping\n    * Microphone on mute.\n\nDone.", block.Markdown);
    }

    [Fact]
    public void Builders_are_immutable_values_that_can_branch()
    {
        var common = Talk.Titled("t").Subsection("Shared");
        var first = common.Markdown("first");
        var second = common.Markdown("second");

        Assert.Single(common.Build().Blocks);
        Assert.Equal("first", ((ContentBlock)first.Build().Blocks[1]).Markdown);
        Assert.Equal("second", ((ContentBlock)second.Build().Blocks[1]).Markdown);
    }
}
