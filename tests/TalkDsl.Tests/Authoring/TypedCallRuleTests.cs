using System.Runtime.CompilerServices;
using TalkDsl.Rules;

namespace TalkDsl.Tests.Authoring;

/// <summary>
/// The typed calls as the rules count them (the mapping in <c>Talk.ToRuleItems</c>): images are one line
/// of slide content with no words, a caption is speaker notes on the slide and text in the notes, columns
/// and fragments are slide and notes content, code shown in the notes is notes text, plotting code and
/// edit links are no content.
/// </summary>
public class TypedCallRuleTests
{
    private static TalkHeader Valid() => Talk.Titled("A talk").Author(given: "Ada", family: "Lovelace");

    private static IEnumerable<string> Ids(Talk talk) => talk.Validate().Select(d => d.Id);

    [Fact]
    public void A_talk_using_every_typed_call_well_has_no_findings()
    {
        var talk = Valid()
            .Notation(@"\f", @"\mathbf{f}")
            .EditMe()
            .Subsection("Everything")
            .Image("a.png", "40%", "A")
            .Figure(Media.YouTube("dQw4w9WgXcQ", title: "The map, drawn"), "A video of the map.")
            .Figure(Media.Image("b.png", alt: "A"), "The map $\\f(x)$.", "b")
            .Columns("$x$", "$y$")
            .Fragment("Later: $z$.")
            .Code("cost = '$5'")
            .Code("plot('$')", CodeKind.Plot);

        Assert.Empty(talk.Validate());
    }

    [Fact]
    public void Unbalanced_math_in_a_caption_is_one_TALK011_at_the_figure()
    {
        var (talk, line) = (Valid().Subsection("s").Figure(Media.Image("a.png", alt: "A"), "Costs $5 and $$x."), Line());

        var diagnostic = Assert.Single(talk.Validate());
        Assert.Equal("TALK011", diagnostic.Id);
        Assert.EndsWith($"TypedCallRuleTests.cs({line})", diagnostic.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbalanced_math_in_a_figure_of_markdown_a_column_or_a_fragment_is_TALK011()
    {
        Assert.Equal(["TALK011"], Ids(Valid().Subsection("s").Figure(Media.Markdown("$x"), "caption")));
        Assert.Equal(["TALK011"], Ids(Valid().Subsection("s").Columns("fine", "$x")));
        Assert.Equal(["TALK011"], Ids(Valid().Subsection("s").Fragment("$$x")));
    }

    [Fact]
    public void Dollars_in_code_and_in_image_paths_are_not_math()
    {
        var talk = Valid().Subsection("s").Code("price = '$5'").Code("echo $HOME", CodeKind.Setup, "bash").Image("cost$.png", alt: "$");

        Assert.Empty(talk.Validate());
    }

    [Fact]
    public void A_slide_of_many_images_is_TALK008_each_image_a_line()
    {
        // The slide's title is a line, and each image another: eleven images fit, the twelfth is one too many.
        var twelve = Valid().Subsection("Gallery");
        for (var i = 0; i < 11; i++)
        {
            twelve = twelve.Image($"image-{i}.png", alt: "A");
        }

        Assert.Empty(twelve.Validate());
        var diagnostic = Assert.Single(twelve.Figure(Media.YouTube("dQw4w9WgXcQ", title: "V"), "A video.").Validate());
        Assert.Equal("TALK008", diagnostic.Id);
        Assert.Contains("The slide 'Gallery' shows 13 lines (at most 12)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_and_fragments_count_their_lines_and_bullets_on_the_slide()
    {
        var bullets = string.Join("\n", Enumerable.Range(1, 4).Select(i => $"* point {i}"));

        Assert.Empty(Ids(Valid().Subsection("s").Columns(bullets, "text")));
        Assert.Equal(["TALK008"], Ids(Valid().Subsection("s").Columns(bullets, bullets)));
        Assert.Equal(["TALK008"], Ids(Valid().Subsection("s").Fragment(bullets).Fragment(bullets)));
        Assert.Equal(["TALK008"], Ids(Valid().Subsection("s").Figure(Media.Markdown(bullets + "\n" + bullets), "eight bullets")));
    }

    [Fact]
    public void A_caption_is_not_slide_content_for_TALK008()
    {
        var longCaption = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"* line {i}"));

        Assert.Empty(Valid().Subsection("s").Figure(Media.Image("a.png", alt: "A"), longCaption).Validate());
    }

    [Theory]
    [InlineData("image")]
    [InlineData("youtube")]
    [InlineData("figure")]
    [InlineData("columns")]
    [InlineData("fragment")]
    [InlineData("code")]
    [InlineData("setup code")]
    public void A_section_holding_a_typed_block_the_outputs_show_is_not_empty(string call)
    {
        var section = Valid().Subsection("Full");
        Talk talk = call switch
        {
            "image" => section.Image("a.png", alt: "A"),
            "youtube" => section.YouTube("dQw4w9WgXcQ", title: "V"),
            "figure" => section.Figure(Media.Image("a.png", alt: "A"), "c"),
            "columns" => section.Columns("a", "b"),
            "fragment" => section.Fragment("f"),
            "code" => section.Code("x = 1"),
            _ => section.Code("import numpy", CodeKind.Setup),
        };

        Assert.DoesNotContain("TALK005", Ids(talk));
    }

    [Theory]
    [InlineData(CodeKind.Plot)]
    [InlineData(CodeKind.SetupPlot)]
    public void A_section_holding_only_plotting_code_is_empty_for_slides_and_notes(CodeKind kind)
    {
        Assert.Equal(["TALK005"], Ids(Valid().Subsection("Hidden").Code("plot()", kind)));
    }

    [Fact]
    public void A_section_holding_only_an_edit_link_is_empty()
    {
        Assert.Equal(["TALK005"], Ids(Valid().Subsection("Bare").EditMe()));
    }

    [Fact]
    public void The_outline_counts_captions_as_speaker_notes_and_notes_words_and_images_as_no_words()
    {
        var outline = Valid()
            .Subsection("s")
            .Image("a.png", alt: "many words of alt text")
            .Figure(Media.Image("b.png", alt: "A"), "four words of $caption$")
            .Columns("two words", "three more words")
            .Fragment("one")
            .Code("x = f(y)")
            .Code("plot(a, b, c)", CodeKind.Plot)
            .Outline();

        Assert.Equal(6, outline.SlideWords);           // columns 5 + fragment 1
        Assert.Equal(6 + 4 + 2, outline.NotesWords);   // + caption 4 + code 2 ("x" and "f(y)": a word holds a letter or digit)
        Assert.Equal(4, outline.SpeakerNotesWords);    // the caption
        Assert.Equal(2, outline.SlideCount);
    }

    [Fact]
    public void Captions_count_towards_the_estimated_time_TALK009()
    {
        var caption = string.Join(" ", Enumerable.Repeat("word", 260));
        var talk = Valid().Duration(TimeSpan.FromMinutes(2)).Subsection("s").Figure(Media.Image("a.png", alt: "A"), caption);

        Assert.Equal(["TALK009"], Ids(talk));
    }

    [Fact]
    public void Typed_blocks_before_the_first_heading_open_a_leading_slide_as_the_writer_does_and_code_does_not()
    {
        Assert.Equal(3, Valid().Image("a.png", alt: "A").Subsection("s").Markdown("x").Outline().SlideCount);
        Assert.Equal(2, Valid().Code("x = 1").EditMe().Subsection("s").Markdown("x").Outline().SlideCount);
    }

    [Fact]
    public void Includes_of_parts_with_typed_blocks_are_still_checked_for_repeats_and_cycles()
    {
        var part = TalkPart.Create("Gallery").Subsection("Gallery").Image("a.png", alt: "A").Code("x = 1");

        var diagnostic = Assert.Single(Valid().Include(part).Include(part).Validate());
        Assert.Equal("TALK007", diagnostic.Id);
    }

    private static int Line([CallerLineNumber] int line = 0) => line;

    [Fact]
    public void TALK020_images_without_alt_and_videos_without_a_title_are_named_with_what_to_do()
    {
        var messages = Valid().Subsection("s")
            .Image("a.png")
            .YouTube("dQw4w9WgXcQ")
            .YouTube("NHTGY8VCinY", title: "A lecture on Gaussian processes")
            .Figure(Media.Image("b.png"), "A caption says what it means, not what it shows.")
            .Figure(Media.YouTube("NHTGY8VCinY"), "A caption is not a title.")
            .Markdown("![](c.png), ![C](c.png) and `![](code.png)`")
            .Columns(Media.Image("d.png", alt: "D"), Media.Markdown("![ ](e.png)"))
            .Validate()
            .Where(d => d.Id == "TALK020")
            .Select(d => d.Message)
            .ToList();

        Assert.Equal(
            [
                "The image 'a.png' has no text alternative for readers who cannot see it: pass alt: \"what it shows\"",
                "The video 'dQw4w9WgXcQ' has no text alternative for readers who cannot see it: pass title: \"what it shows\"",
                "The image 'b.png' has no text alternative for readers who cannot see it: pass alt: \"what it shows\"",
                "The video 'NHTGY8VCinY' has no text alternative for readers who cannot see it: pass title: \"what it shows\"",
                "The image 'c.png' has no text alternative for readers who cannot see it: write what it shows between the brackets, ![what it shows](c.png)",
                "The image 'e.png' has no text alternative for readers who cannot see it: write what it shows between the brackets, ![what it shows](e.png)",
            ],
            messages);
    }
}
