using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Rendering;

/// <summary>
/// The writers as the generated renderers use them: driven by events directly, byte-stable, the same
/// through every overload, and strict about the event order.
/// </summary>
public class WriterContractTests
{
    public static TheoryData<string> Formats => new(["slides", "notes", "jekyll"]);

    private static ITalkWriter Writer(string format, TextWriter output) => format switch
    {
        "slides" => new RevealSlidesWriter(output),
        "notes" => new NotesHtmlWriter(output),
        _ => new JekyllNotesWriter(output),
    };

    private static string Render(IRenderableTalk talk, string format) => format switch
    {
        "slides" => talk.RenderSlides(),
        "notes" => talk.RenderNotes(),
        _ => talk.RenderJekyllNotes(),
    };

    private static string Render(Talk talk, string format) => format switch
    {
        "slides" => talk.RenderSlides(),
        "notes" => talk.RenderNotes(),
        _ => talk.RenderJekyllNotes(),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_renderable_talk_renders_exactly_like_the_talk(string format)
    {
        foreach (var talk in SampleTalks.All.Values)
        {
            Assert.Equal(Render(talk, format), Render(new RenderableTalk("Sample", talk), format));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_to_a_stream_writes_what_the_string_overloads_return_as_utf8_without_bom_and_leaves_it_open(string format)
    {
        var talk = SampleTalks.ThanksReferences;
        var registered = TalkFormats.Find(format == "jekyll" ? "post" : format)!;
        using var output = new MemoryStream();

        talk.Render(registered, output);
        new RenderableTalk("Closing", talk).Render(registered, output);

        var once = Render(talk, format);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(once + once), output.ToArray());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Output_is_byte_stable_with_newlines_only(string format)
    {
        foreach (var talk in SampleTalks.All.Values)
        {
            var first = Render(talk, format);

            Assert.Equal(first, Render(talk, format));
            Assert.DoesNotContain('\r', first);
            Assert.EndsWith("\n", first, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Events_sent_by_hand_render_like_a_replayed_document(string format)
    {
        var output = new StringWriter();
        var writer = Writer(format, output);
        var metadata = SampleTalks.Headings.Build().Metadata;

        writer.BeginTalk(metadata);
        writer.Heading(HeadingLevel.Section, "Part One", "part-one");
        writer.Content(ContentTarget.Both, "Opening the first part.", allowHtml: false);
        writer.Heading(HeadingLevel.Subsection, "A Subsection", "a-subsection");
        writer.Content(ContentTarget.Both, "Inside the subsection.", allowHtml: false);
        writer.Heading(HeadingLevel.Subsubsection, "A Detail", "a-detail");
        writer.Content(ContentTarget.Both, "A detail on the same slide.", allowHtml: false);
        writer.Heading(HeadingLevel.NewSlide, "Continued", null);
        writer.Content(ContentTarget.Both, "A new slide with a title but no notes heading.", allowHtml: false);
        writer.Heading(HeadingLevel.NewSlide, null, null);
        writer.Content(ContentTarget.Both, "A new slide without a title.", allowHtml: false);
        writer.EndTalk();

        Assert.Equal(Render(SampleTalks.Headings, format), output.ToString());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Events_out_of_order_fail_with_a_message_that_says_what_to_do(string format)
    {
        var before = Assert.Throws<InvalidOperationException>(() => Writer(format, new StringWriter()).Heading(HeadingLevel.Section, "S", "s"));
        Assert.Equal("Heading came before BeginTalk: call BeginTalk(metadata) first.", before.Message);

        var writer = Writer(format, new StringWriter());
        writer.BeginTalk(TalkMetadata.Empty);
        Assert.Throws<InvalidOperationException>(() => writer.BeginTalk(TalkMetadata.Empty));
        writer.EndTalk();
        var after = Assert.Throws<InvalidOperationException>(() => writer.Content(ContentTarget.Both, "x", allowHtml: false));
        Assert.Equal("Content came after EndTalk: the writer has completed its output.", after.Message);
        Assert.Throws<InvalidOperationException>(writer.EndTalk);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_writer_leaves_its_output_open(string format)
    {
        var output = new StringWriter();
        var writer = Writer(format, output);
        writer.BeginTalk(TalkMetadata.Empty);
        writer.EndTalk();

        output.Write("still writable");
        Assert.EndsWith("still writable", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writers_reject_a_null_output()
    {
        Assert.Throws<ArgumentNullException>(() => new RevealSlidesWriter(null!));
        Assert.Throws<ArgumentNullException>(() => new NotesHtmlWriter(null!));
        Assert.Throws<ArgumentNullException>(() => new JekyllNotesWriter(null!));
    }

    [Fact]
    public void A_talk_with_no_metadata_still_makes_a_valid_page()
    {
        var output = new StringWriter();
        var writer = new RevealSlidesWriter(output);
        writer.BeginTalk(TalkMetadata.Empty);
        writer.EndTalk();

        var page = HtmlDom.Parse(output.ToString());
        Assert.Equal(string.Empty, page.Title);
        Assert.Empty(page.Slides()[0].Children);
    }
}
