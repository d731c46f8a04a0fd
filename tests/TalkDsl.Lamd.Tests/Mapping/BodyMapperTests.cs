using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Mapping;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>Edge cases of the mapping, each imported from a small talk and checked in the generated C#, which must compile.</summary>
public sealed class BodyMapperTests : IDisposable
{
    private readonly LectureImport _lecture = new();

    public void Dispose() => _lecture.Dispose();

    [Fact]
    public void Content_after_thanks_makes_the_thanks_the_heading_lamd_makes_of_it_so_the_chain_compiles()
    {
        var (code, summary) = Import("\\subsection{A}\ntext\n\\thanks\n\\subsection{After}\nmore\n\\references");

        Assert.Contains("// lamd \\thanks at lecture.md:7:1 — content follows it, and in TalkDsl it closes the talk: the heading lamd's macros make of it, .Subsection(\"Thanks!\").\n        .Subsection(\"Thanks!\")\n        .Subsection(\"After\")", code, StringComparison.Ordinal);
        Assert.DoesNotContain("\\thanks\n            \"\"\"", code, StringComparison.Ordinal);
        Assert.EndsWith("        .References();\n}\n", code, StringComparison.Ordinal);
        Assert.Equal(["\\thanks"], summary.NotMapped.Select(u => u.Construct));
    }

    [Fact]
    public void A_part_cannot_close_a_talk()
    {
        _lecture.Files.Write("closing.md", "\\subsection{End}\n\\thanks\n");
        var result = ImportResult("\\include{closing.md}");

        var part = Fixtures.File(result, "Snippets/Shared/Closing.cs");
        Assert.Contains("a part cannot close a talk", part, StringComparison.Ordinal);
        Assert.DoesNotContain(".Thanks()", part, StringComparison.Ordinal);
    }

    [Fact]
    public void A_construct_alone_on_its_line_is_a_raw_block_and_one_inside_a_paragraph_stays_in_it()
    {
        var (code, _) = Import("\\subsection{A}\nBefore.\n\n\\threeColumns{a}{b}{c}{30%}{30%}{30%}\n\nA \\fragment{step} in text.\n");

        Assert.Contains(".Markdown(\"\"\"\n            Before.\n            \"\"\")", code, StringComparison.Ordinal);
        Assert.Contains("// lamd \\threeColumns at lecture.md:8:1 — three columns: not mapped yet.\n        .Markdown(\"\"\"\n            \\threeColumns{a}{b}{c}{30%}{30%}{30%}\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
        Assert.Contains("// lamd \\fragment at lecture.md:10:3 — a fragment revealed step by step: it sits inside a paragraph, and its typed call is a block of its own.\n        .Markdown(\"\"\"\n            A \\fragment{step} in text.", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_block_inside_notes_stays_notes_only()
    {
        var (code, _) = Import("\\subsection{A}\n\\notes{\\threeColumns{a}{b}{c}{30%}{30%}{30%}}\n");

        Assert.Contains(".Notes(\"\"\"\n            \\threeColumns{a}{b}{c}{30%}{30%}{30%}\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_in_slides_only_or_notes_only_content_is_a_heading_shown_in_that_output_only()
    {
        var (code, summary) = Import("\\subsection{A}\ntext\n\\ifdef{SLIDES}\\subsection{Slide only}\\endif\n\\notes{\\subsection{Notes only}}\n\\slides{\\section{Part Two}}\n\\notes{\\subsubsection{Detail}}\nmore\n");

        Assert.Contains(".Subsection(\"Slide only\", shownIn: ContentTarget.Slides)", code, StringComparison.Ordinal);
        Assert.Contains(".Subsection(\"Notes only\", shownIn: ContentTarget.Notes)", code, StringComparison.Ordinal);
        Assert.Contains(".Section(\"Part Two\", shownIn: ContentTarget.Slides)", code, StringComparison.Ordinal);
        Assert.Contains(".Subsubsection(\"Detail\", shownIn: ContentTarget.Notes)", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);

        // As lamd's builds show them: a slide with no notes heading, a notes heading with no slide.
        var talk = _lecture.LastTalk();
        Assert.Equal(["a", "notes-only", "detail"], talk.Outline().Headings.Select(h => h.Anchor));
        Assert.Equal(4, talk.Outline().SlideCount); // title, A, Slide only, Part Two
        Assert.DoesNotContain("Notes only", talk.RenderSlides(), StringComparison.Ordinal);
        Assert.DoesNotContain("Part Two", talk.RenderNotes(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_noSlideTitle_defined_a_heading_is_an_untitled_slide_and_keeps_its_heading_in_the_notes()
    {
        var (code, summary) = Import("\\define{noSlideTitle}\n\\subsection{Quiet}\ntext\n\\newslide{Hushed}\nmore\n\\undef{noSlideTitle}\n\\subsection{Loud}\nend\n");

        Assert.Contains(".Subsection(\"Quiet\", shownIn: ContentTarget.Notes)\n        .NewSlide()", code, StringComparison.Ordinal);
        Assert.DoesNotContain(".NewSlide(\"Hushed\")", code, StringComparison.Ordinal);
        Assert.Contains(".Subsection(\"Loud\")", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);

        // As lamd's builds show them: untitled slides (title, Quiet, Hushed, Loud), the notes keep Quiet's heading.
        var talk = _lecture.LastTalk();
        Assert.Equal(4, talk.Outline().SlideCount);
        var slides = talk.RenderSlides();
        Assert.DoesNotContain("Quiet", slides, StringComparison.Ordinal);
        Assert.DoesNotContain("Hushed", slides, StringComparison.Ordinal);
        Assert.Contains("Loud", slides, StringComparison.Ordinal);
        Assert.Equal(["quiet", "loud"], talk.Outline().Headings.Select(h => h.Anchor));
    }

    [Fact]
    public void An_include_inside_slides_only_content_is_an_include_shown_in_the_slides_only()
    {
        _lecture.Files.Write("slide.md", "\\subsection{S}\nOn the slide.\n");
        var result = ImportResult("\\subsection{A}\ntext\n\\ifdef{SLIDES}\n\\include{slide.md}\n\\endif\n");

        var code = Fixtures.File(result, "Talks/Lecture.cs");
        Assert.Matches(@"\.Include\(\w+(\.\w+)*, shownIn: ContentTarget\.Slides\)", code);
        Assert.DoesNotContain("\\include{slide.md}", code, StringComparison.Ordinal);
        Assert.Single(result.Summary.Parts);

        var talk = _lecture.LastTalk();
        Assert.Contains("On the slide.", talk.RenderSlides(), StringComparison.Ordinal);
        Assert.DoesNotContain("On the slide.", talk.RenderNotes(), StringComparison.Ordinal);
        Assert.Equal(["a"], talk.Outline().Headings.Select(h => h.Anchor)); // the part's heading is a slide, not a notes heading
    }

    [Fact]
    public void Html_in_content_opts_the_block_in_and_plain_markdown_does_not()
    {
        var (code, _) = Import("\\subsection{A}\n<iframe src=\"x\"></iframe>\n\\notes{Plain *text* with a < b.}\n");

        Assert.Contains("<iframe src=\"x\"></iframe>\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
        Assert.Contains("Plain *text* with a < b.\n            \"\"\")", code, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_heading_becomes_an_untitled_slide()
    {
        var (code, _) = Import("\\subsection{}\ntext\n");

        Assert.Contains("// lamd \\subsection{} at lecture.md:5:1 has no title: a new slide without a notes heading.\n        .NewSlide()", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_values_TalkDsl_would_refuse_are_left_out_with_a_warning()
    {
        var (code, summary) = Import("body\n", "---\ntitle: T\ndate: someday\ntransition: wobble\ngeometry: margin=lots\npapersize: a4paper\nauthor: Jane Doe\n---\n");

        Assert.Contains(".Author(given: \"Jane Doe\")", code, StringComparison.Ordinal);
        Assert.Contains(".Paper(PaperSize.A4)", code, StringComparison.Ordinal);
        Assert.DoesNotContain(".Date(", code, StringComparison.Ordinal);
        Assert.DoesNotContain(".Transition(", code, StringComparison.Ordinal);
        Assert.Equal(["lecture.md:3:1", "lecture.md:4:1", "lecture.md:5:1"], summary.Diagnostics.Select(d => $"{d.Position}"));
    }

    [Fact]
    public void Talkcss_becomes_the_talks_stylesheet()
    {
        var (code, summary) = Import("body\n", "---\ntitle: T\ndate: 2020-01-02\ntalkcss: https://inverseprobability.com/assets/css/talks.css\n---\n");

        Assert.Contains(".Stylesheet(\"https://inverseprobability.com/assets/css/talks.css\")", code, StringComparison.Ordinal);
        Assert.DoesNotContain("talkcss", code, StringComparison.Ordinal);
        Assert.Empty(summary.Diagnostics);
    }

    [Fact]
    public void A_talk_without_title_is_named_after_its_file()
    {
        var (code, summary) = Import("\\subsection{A}\ntext\n", "---\ndate: 2020-01-02\n---\n");

        Assert.Contains("Talk.Titled(\"lecture\")", code, StringComparison.Ordinal);
        Assert.Contains("no 'title:'", summary.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    private (string Code, ImportSummary Summary) Import(string body, string frontMatter = LectureImport.FrontMatter) => _lecture.Import(body, frontMatter);

    private ImportResult ImportResult(string body) => _lecture.Result(body);
}
