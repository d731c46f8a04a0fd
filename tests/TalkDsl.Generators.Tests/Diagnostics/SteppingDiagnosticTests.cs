using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// <c>Animation</c>, <c>Incremental</c> and <c>SlidesSmall</c> under the analyzer: TALK014 on each refused argument
/// of an animation, TALK012 on frames computed at run time, TALK020 on the frame without alt text, and the
/// slide's lines (TALK008) counting an animation's first frame only, as the frames take one place.
/// </summary>
public class SteppingDiagnosticTests
{
    private const string Head = """
        using TalkDsl;
        public static partial class T
        {
            public static readonly Media[] Computed = [Media.Markdown("x")];

            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")

        """;

    private static string Chain(string calls) => Head + calls + ";\n}\n";

    [Fact]
    public Task TALK014_a_name_that_is_not_a_label_no_frame_and_the_speaker_notes_are_refused_where_they_are() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Animations")
                    .Animation({|TALK014:"pca directions"|}, [Media.Markdown("x")])
                    .Animation("empty", {|TALK014:[]|})
                    .Animation("spoken", [Media.Markdown("x")], {|TALK014:ContentTarget.SpeakerNotes|})
                    .Animation("fine", new Media[] { Media.Markdown("x"), Media.Image("a.png", "50%", "A") }, ContentTarget.Slides)
                    .Animation("framed", [Media.Image("a.png", {|TALK014:"wide"|}, "A")])
        """));

    [Fact]
    public Task TALK012_frames_computed_at_run_time_are_reported_on_the_list() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Animations")
                    .Animation("computed", {|TALK012:Computed|})
        """));

    [Fact]
    public Task TALK012_a_list_with_a_spread_is_computed_at_run_time() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Animations")
                    .Animation("spread", {|TALK012:[Media.Markdown("x"), .. Computed]|})
        """));

    [Fact]
    public Task TALK020_a_frame_without_alt_text_is_reported_on_that_frame_s_path() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Animations")
                    .Animation("a", [Media.Image("a-0.png", alt: "Zero"), Media.Image({|TALK020:"a-1.png"|})], ContentTarget.Slides)
        """));

    [Fact]
    public Task TALK008_an_animation_counts_its_first_frame_on_the_slide_and_slide_text_its_lines() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Many frames fit")
                    .Animation("many", [
                        Media.Markdown("* 1\n* 2\n* 3\n* 4"),
                        Media.Markdown("* 1\n* 2\n* 3\n* 4\n* 5\n* 6"),
                        Media.Markdown("* 1\n* 2\n* 3\n* 4\n* 5\n* 6"),
                        Media.Markdown("* 1\n* 2\n* 3\n* 4\n* 5\n* 6"),
                    ])
                    .Incremental("* a\n* b\n* c")
                .{|TALK008:Subsection("Too long")|}
                    .Incremental("* 1\n* 2\n* 3\n* 4\n* 5\n* 6\n* 7")
                    .SlidesSmall("* 1\n* 2\n* 3\n* 4\n* 5\n* 6")
        """));
}
