using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// Headings and includes shown in one output only (<c>shownIn:</c>) under the analyzer: the value the builder
/// refuses is TALK014 on the argument, and the structural rules see each heading in the output it shows in,
/// as <c>Talk.Validate()</c> does (OneOutputTests in tests/TalkDsl.Tests).
/// </summary>
public class OneOutputDiagnosticTests
{
    private const string Head = """
        using TalkDsl;
        public static partial class T
        {
            public static readonly ContentTarget Computed = System.DateTime.Now.Year > 0 ? ContentTarget.Notes : ContentTarget.Both;

            [TalkPart]
            public static TalkPart Detail => TalkPart.Create()
                .Subsubsection("Detail")
                .Markdown("In the part.");

            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")

        """;

    private static string Chain(string calls) => Head + calls + ";\n}\n";

    [Fact]
    public Task TALK014_the_speaker_notes_are_no_output_a_heading_or_an_include_is_shown_in() => Verify.AnalyzerAsync(Chain("""
                .Subsection("A", shownIn: {|TALK014:ContentTarget.SpeakerNotes|})
                    .Markdown("a")
                .Section("B", {|TALK014:ContentTarget.SpeakerNotes|})
                    .Markdown("b")
                .Include(Detail, shownIn: {|TALK014:(ContentTarget)7|})
        """));

    [Fact]
    public Task TALK012_a_shown_in_computed_at_run_time_is_reported_on_that_argument() => Verify.AnalyzerAsync(Chain("""
                .Subsection("A", shownIn: {|TALK012:Computed|})
                    .Markdown("a")
        """));

    [Fact]
    public Task A_notes_only_heading_breaks_no_slide_and_is_no_line_of_it_for_TALK008() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Fits")
                    .Markdown("1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n9\n\n10")
                .Subsubsection("Aside", shownIn: ContentTarget.Notes)
                    .Notes("Only in the notes.")
                .Subsection("In the notes", ContentTarget.Notes)
                    .Markdown("Line 12 of 'Fits'.")
                .{|TALK008:Subsection("Too long")|}
                    .Markdown("1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n9\n\n10\n\n11")
                .Subsubsection("On the slide")
        """));

    [Fact]
    public Task TALK005_and_TALK004_see_each_heading_in_the_output_it_shows_in() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Same")
                    .Markdown("a")
                .Subsection("Same", shownIn: ContentTarget.Slides)
                    .Slides("Not a notes heading: no anchor to collide with.")
                .{|TALK005:Subsection("Empty in the notes", shownIn: ContentTarget.Notes)|}
                    .Slides("Only on a slide.")
                .{|TALK004:Subsection("Same", shownIn: ContentTarget.Notes)|}
                    .Notes("b")
        """));

    [Fact]
    public Task TALK007_a_part_is_a_repeat_only_when_every_output_of_the_include_has_it() => Verify.AnalyzerAsync(Chain("""
                .Subsection("A")
                    .Markdown("a")
                    .Include(Detail, shownIn: ContentTarget.Notes)
                    .Include(Detail)
                    .{|TALK007:Include(Detail, shownIn: ContentTarget.Slides)|}
        """));

    [Fact]
    public Task TALK014_the_speaker_notes_are_no_output_media_is_shown_in() => Verify.AnalyzerAsync(Chain("""
                .Subsection("A")
                    .Image("a.png", alt: "a", shownIn: {|TALK014:ContentTarget.SpeakerNotes|})
                    .YouTube("dQw4w9WgXcQ", title: "v", shownIn: {|TALK014:ContentTarget.SpeakerNotes|})
                    .Figure(Media.Image("a.png", alt: "a"), "Cap.", shownIn: {|TALK014:ContentTarget.SpeakerNotes|})
                    .Columns("l", "r", shownIn: {|TALK014:(ContentTarget)7|})
                    .Align(Alignment.Center, "c", shownIn: {|TALK014:ContentTarget.SpeakerNotes|})
                    .Div("d", "box", shownIn: {|TALK014:ContentTarget.SpeakerNotes|})
        """));

    [Fact]
    public Task TALK012_a_media_calls_shown_in_computed_at_run_time_is_reported_on_that_argument() => Verify.AnalyzerAsync(Chain("""
                .Subsection("A")
                    .Figure(Media.Image("a.png", alt: "a"), "Cap.", shownIn: {|TALK012:Computed|})
        """));

    [Fact]
    public Task A_notes_only_image_is_no_line_of_the_slide_for_TALK008_and_a_slides_only_one_is() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Fits")
                    .Markdown("1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n9\n\n10\n\n11")
                    .Image("a.png", alt: "a", shownIn: ContentTarget.Notes)
                    .Figure(Media.Image("b.png", alt: "b"), "Cap.", shownIn: ContentTarget.Notes)
                .{|TALK008:Subsection("Too long")|}
                    .Markdown("1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n7\n\n8\n\n9\n\n10\n\n11")
                    .Image("a.png", alt: "a", shownIn: ContentTarget.Slides)
        """));
}
