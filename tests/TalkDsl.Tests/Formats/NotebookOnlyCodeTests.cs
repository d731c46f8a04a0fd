using TalkDsl.Formats;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Formats;

/// <summary>
/// lamd's display and helper code (<c>\displaycode</c>, <c>\setupdisplaycode</c>, <c>\helpercode</c>,
/// <c>\setuphelpercode</c>): lamd defines them only at its notebook code levels, so a notebook has them as code
/// cells and the notes (code level <c>sparse</c>) and the slides (<c>none</c>) show nothing, as for plotting code.
/// </summary>
public sealed class NotebookOnlyCodeTests
{
    private static readonly (CodeKind Kind, string Code)[] Blocks =
    [
        (CodeKind.SetupDisplay, "import notutils as nu"),
        (CodeKind.Display, "nu.display_plots('sample{sample:0>3}.svg')"),
        (CodeKind.SetupHelper, "import os"),
        (CodeKind.Helper, "def install_command(imp):\n    return imp"),
    ];

    private static Talk WithNotebookOnlyCode(bool onSlides = false)
    {
        var body = Talk.Titled("Code").Date(2024, 1, 1).Subsection("Display").Markdown("Shown everywhere.");
        foreach (var (kind, code) in Blocks)
        {
            body = body.Code(code, kind, onSlides: onSlides);
        }

        return body;
    }

    [Theory]
    [InlineData("ipynb")]
    [InlineData("slides-ipynb")]
    public void A_notebook_has_each_as_a_code_cell_in_order(string format)
    {
        var notebook = NotebookTests.Parse(WithNotebookOnlyCode(), format);

        Assert.Equal(Blocks.Select(b => b.Code), NotebookTests.Cells(notebook).Where(c => NotebookTests.Type(c) == "code").Select(NotebookTests.Source));
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("post")]
    [InlineData("slides")]
    public void The_notes_and_the_slides_show_none_of_it(string format)
    {
        var page = WithNotebookOnlyCode().RenderText(TalkFormats.Find(format)!);

        Assert.Contains("Shown everywhere.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("notutils", page, StringComparison.Ordinal);
        Assert.DoesNotContain("install_command", page, StringComparison.Ordinal);
        Assert.DoesNotContain("import os", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_and_PowerPoint_show_none_of_it()
    {
        using var docx = DocxTests.Open(WithNotebookOnlyCode(), mediaFolder: null);
        using var pptx = PptxTests.Open(WithNotebookOnlyCode(), mediaFolder: null);

        Assert.DoesNotContain("notutils", docx.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain(PptxTests.Slides(pptx).SelectMany(PptxTests.Texts), t => t.Contains("notutils", StringComparison.Ordinal));
    }

    [Fact]
    public void With_onSlides_the_slides_show_it_highlighted_whatever_its_kind()
    {
        var slides = WithNotebookOnlyCode(onSlides: true).RenderText(TalkFormats.Find("slides")!);

        Assert.Contains("<code class=\"language-python\">nu.display_plots(", slides, StringComparison.Ordinal);
        Assert.Contains("def install_command(imp):", slides, StringComparison.Ordinal);
    }
}
