using TalkDsl.Model;
using TalkDsl.Rendering;
using TalkDsl.Testing;

namespace TalkDsl.Tests.Rendering;

/// <summary>
/// The writer events of the typed calls, as a generated renderer sends them: the replay sends exactly
/// these events, events sent by hand render byte for byte like the replay, and every writer keeps the
/// event order.
/// </summary>
public class TypedWriterEventTests
{
    public static TheoryData<string> Formats => new(["slides", "notes", "jekyll"]);

    private static ITalkWriter Writer(string format, TextWriter output) => format switch
    {
        "slides" => new RevealSlidesWriter(output),
        "notes" => new NotesHtmlWriter(output, TypedTalks.EditOptions),
        _ => new JekyllNotesWriter(output, TypedTalks.EditOptions),
    };

    private static string Render(Talk talk, string format) => format switch
    {
        "slides" => talk.RenderSlides(),
        "notes" => talk.RenderNotes(TypedTalks.EditOptions),
        _ => talk.RenderJekyllNotes(TypedTalks.EditOptions),
    };

    private static Talk Small => SampleTalks.Header("Events")
        .Notation(@"\f", @"\mathbf{f}")
        .EditMe()
        .Subsection("Media")
        .Image("a.png", "50%", "A")
        .Figure(Media.YouTube("dQw4w9WgXcQ"), "A *video*.", "video")
        .Columns(Media.Markdown("left"), Media.Image("b.png"), "40%", "60%")
        .Fragment("Later $\\f$.")
        .Code("import numpy as np", CodeKind.Setup)
        .Code("plot()", CodeKind.Plot, "python");

    [Fact]
    public void The_replay_sends_one_event_per_typed_block_with_its_values()
    {
        var recorder = new RecordingWriter();

        Small.Build().Replay(recorder);

        Assert.StartsWith("BeginTalk(TalkMetadata { Title = Events,", recorder.Events[0], StringComparison.Ordinal);
        Assert.EndsWith(@"notation: [\newcommand{\f}{\mathbf{f}}])", recorder.Events[0], StringComparison.Ordinal);
        Assert.Equal(
            [
                $"EditLink({TypedTalks.ThisFile.Replace("TypedTalks.cs", "TypedWriterEventTests.cs", StringComparison.Ordinal)})",
                "Heading(Subsection, Media, media)",
                "Media(Image(a.png, 50%, A))",
                "Figure(YouTube(dQw4w9WgXcQ, ), A *video*., video)",
                "Columns(Markdown(left, False), Image(b.png, , ), 40%, 60%)",
                "Fragment(Later $\\f$.)",
                "Code(Setup, import numpy as np, python)",
                "Code(Plot, plot(), python)",
                "EndTalk()",
            ],
            recorder.Events.Skip(1));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Events_sent_by_hand_render_like_the_replayed_talk(string format)
    {
        var output = new StringWriter();
        var writer = Writer(format, output);

        writer.BeginTalk(Small.Build().Metadata);
        writer.EditLink(Path.Combine(Path.GetDirectoryName(TypedTalks.ThisFile)!, "TypedWriterEventTests.cs"));
        writer.Heading(HeadingLevel.Subsection, "Media", "media");
        writer.Media(new ImageMedia("a.png", "50%", "A"));
        writer.Figure(new YouTubeMedia("dQw4w9WgXcQ"), "A *video*.", "video");
        writer.Columns(new MarkdownMedia("left"), new ImageMedia("b.png"), "40%", "60%");
        writer.Fragment("Later $\\f$.");
        writer.Code(CodeKind.Setup, "import numpy as np", "python", onSlides: false);
        writer.Code(CodeKind.Plot, "plot()", "python", onSlides: false);
        writer.EndTalk();

        Assert.Equal(Render(Small, format), output.ToString());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_renderable_talk_with_typed_blocks_renders_exactly_like_the_talk(string format)
    {
        var renderable = new RenderableTalk("Everything", TypedTalks.Everything);
        var rendered = format switch
        {
            "slides" => renderable.RenderSlides(),
            "notes" => renderable.RenderNotes(TypedTalks.EditOptions),
            _ => renderable.RenderJekyllNotes(TypedTalks.EditOptions),
        };

        Assert.Equal(Render(TypedTalks.Everything, format), rendered);
        Assert.Equal(rendered, Render(TypedTalks.Everything, format));
        Assert.DoesNotContain('\r', rendered);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Typed_events_out_of_order_fail_with_a_message_that_says_what_to_do(string format)
    {
        var calls = new (string Name, Action<ITalkWriter> Send)[]
        {
            ("Media", w => w.Media(Media.Image("a.png"))),
            ("Figure", w => w.Figure(Media.Image("a.png"), "c", null)),
            ("Columns", w => w.Columns(Media.Markdown("a"), Media.Markdown("b"), "50%", "50%")),
            ("Fragment", w => w.Fragment("f")),
            ("Code", w => w.Code(CodeKind.Code, "x", "python", onSlides: false)),
            ("EditLink", w => w.EditLink("/a.cs")),
        };

        foreach (var (name, send) in calls)
        {
            var before = Assert.Throws<InvalidOperationException>(() => send(Writer(format, new StringWriter())));
            Assert.Equal($"{name} came before BeginTalk: call BeginTalk(metadata) first.", before.Message);

            var writer = Writer(format, new StringWriter());
            writer.BeginTalk(TalkMetadata.Empty);
            writer.EndTalk();
            var after = Assert.Throws<InvalidOperationException>(() => send(writer));
            Assert.Equal($"{name} came after EndTalk: the writer has completed its output.", after.Message);
        }
    }
}
