using TalkDsl;
using TalkDsl.Rules;

namespace MyTalk.Tests;

/// <summary>A talk is a value: test its rules, its outline and its rendered pages like any other code.</summary>
public class LectureTests
{
    [Fact]
    public void The_talk_breaks_no_rule()
    {
        Assert.Empty(MyTalk.Lecture.Define().Validate().Where(d => d.Severity == TalkDiagnosticSeverity.Error));
    }

    [Fact]
    public void The_outline_has_the_talk_headings_then_the_part_headings_then_the_closing_slide()
    {
        var headings = MyTalk.Lecture.Outline.Headings.Select(h => h.Title);

        Assert.Equal(["Introduction", "Motivation", "Thanks!"], headings);
    }

    [Fact]
    public void The_slides_link_to_each_section_by_its_anchor()
    {
        var slides = MyTalk.Lecture.RenderSlides();

        Assert.Contains($"id=\"{MyTalk.Lecture.Sections.Motivation}\"", slides, StringComparison.Ordinal);
        Assert.Contains("What this talk is about", slides, StringComparison.Ordinal);
        Assert.DoesNotContain("The notes page holds what you would say", slides, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notes_hold_what_the_slides_leave_out()
    {
        var notes = MyTalk.Lecture.RenderNotes();

        Assert.Contains("Only in the notes: the longer story behind the slide.", notes, StringComparison.Ordinal);
    }
}
