using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Formats;

/// <summary>The Jupyter notebooks: valid nbformat 4.5 (the official schema), the talk's code as code cells in order, the text between as Markdown.</summary>
public sealed class NotebookTests
{
    /// <summary>The vendored official schema (see Schemas/README.md), evaluated as draft-07.</summary>
    private static readonly JsonSchema Schema = LoadSchema();

    private static Talk WithCode() => Talk
        .Titled("Gaussian processes")
        .Author(given: "Ada", family: "Lovelace", institute: "Analytical Engines")
        .Date(2024, 3, 1)
        .Venue("Cambridge")
        .Subsection("Set-up")
            .Markdown("We need $\\mathbf{y} = f(x)$ and numpy.")
            .Code("import numpy as np", CodeKind.Setup)
            .Notes("Only in the notes.")
            .Slides("Only on the slides.")
            .SpeakerNotes("Say hello.")
        .Subsection("Plot")
            .Code("import matplotlib.pyplot as plt", CodeKind.SetupPlot)
            .Code("x = np.linspace(0, 1, 10)\ny = np.sin(x)\nprint(y)")
            .Fragment("Then a fragment.")
            .Code("plt.plot(x, y)", CodeKind.Plot)
        .NewSlide()
            .Markdown("After a new slide.")
        .Thanks();

    [Theory]
    [InlineData("ipynb")]
    [InlineData("slides-ipynb")]
    public void The_notebook_is_valid_nbformat_4_5_and_its_code_cells_are_the_talks_code_blocks_in_order(string format)
    {
        var talk = WithCode();
        var notebook = Parse(talk, format);

        AssertValid(notebook);
        Assert.Equal(4, notebook["nbformat"]!.GetValue<int>());
        Assert.Equal(5, notebook["nbformat_minor"]!.GetValue<int>());
        Assert.Equal("python3", notebook["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        var expected = talk.BuildValidated().Blocks.OfType<CodeBlock>().Select(c => c.Code).ToList();
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected, Cells(notebook).Where(c => Type(c) == "code").Select(Source));
        var ids = Cells(notebook).Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_notes_notebook_has_a_title_cell_then_the_notes_text_between_the_code_with_math_as_written()
    {
        var cells = Cells(Parse(WithCode(), "ipynb")).Select(c => (Type(c), Source(c))).ToList();

        Assert.Equal(
            [
                ("markdown", "# Gaussian processes\n\n### Ada Lovelace, Analytical Engines\n\n### Cambridge\n\n### 2024-03-01"),
                ("markdown", "## Set-up\n\nWe need $\\mathbf{y} = f(x)$ and numpy."),
                ("code", "import numpy as np"),
                ("markdown", "Only in the notes."),
                ("markdown", "## Plot"),
                ("code", "import matplotlib.pyplot as plt"),
                ("code", "x = np.linspace(0, 1, 10)\ny = np.sin(x)\nprint(y)"),
                ("markdown", "Then a fragment."),
                ("code", "plt.plot(x, y)"),
                ("markdown", "After a new slide."),
                ("markdown", "## Thanks\\!"),
            ],
            cells);
        Assert.DoesNotContain(cells, c => c.Item2.Contains("Only on the slides", StringComparison.Ordinal) || c.Item2.Contains("Say hello", StringComparison.Ordinal));
    }

    [Fact]
    public void The_slides_notebook_marks_slides_fragments_and_speaker_notes_like_lamds_slidesipynb()
    {
        var cells = Cells(Parse(WithCode(), "slides-ipynb"))
            .Select(c => (Type(c), c!["metadata"]!["slideshow"]!["slide_type"]!.GetValue<string>(), Source(c)))
            .ToList();

        Assert.Equal(
            [
                ("markdown", "slide", "# Gaussian processes\n\n### Ada Lovelace, Analytical Engines\n\n### Cambridge\n\n### 2024-03-01"),
                ("markdown", "slide", "## Set-up\n\nWe need $\\mathbf{y} = f(x)$ and numpy."),
                ("code", "-", "import numpy as np"),
                ("markdown", "-", "Only on the slides."),
                ("markdown", "notes", "Say hello."),
                ("markdown", "slide", "## Plot"),
                ("code", "-", "import matplotlib.pyplot as plt"),
                ("code", "-", "x = np.linspace(0, 1, 10)\ny = np.sin(x)\nprint(y)"),
                ("markdown", "fragment", "Then a fragment."),
                ("code", "-", "plt.plot(x, y)"),
                ("markdown", "slide", "After a new slide."),
                ("markdown", "slide", "## Thanks\\!"),
            ],
            cells);
    }

    [Fact]
    public void Text_is_escaped_for_json_and_markdown_and_the_example_renders_a_valid_notebook()
    {
        var talk = Talk.Titled("A <b> & \"quoted\" \\ title\u0001 $5").Date(2024, 1, 1).Subsection("x").Code("print(\"<&>\\n\")\n\ttab\u0007");
        using var output = new MemoryStream();
        talk.Render(TalkFormats.Ipynb, output);
        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        var notebook = JsonNode.Parse(text)!;

        AssertValid(notebook);
        Assert.Equal("# A \\<b\\> \\& \"quoted\" \\\\ title  \\$5\n\n### 2024-01-01", Source(Cells(notebook)[0]));
        Assert.Equal("print(\"<&>\\n\")\n\ttab\u0007", Source(Cells(notebook).Single(c => Type(c) == "code")));
        Assert.Contains("\\u0007", text, StringComparison.Ordinal);
        Cells(notebook)[0]!.AsObject().Remove("id");
        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertValid(notebook)); // the schema does check: 4.5 cells need ids
        AssertValid(JsonNode.Parse(AccelerateSpark.AccelerateSparkInformationSession.Renderable.RenderText(TalkFormats.SlidesIpynb))!);
    }

    internal static JsonNode Parse(Talk talk, string format) => JsonNode.Parse(talk.RenderText(TalkFormats.Find(format)!))!;

    internal static JsonArray Cells(JsonNode notebook) => notebook["cells"]!.AsArray();

    internal static string Type(JsonNode? cell) => cell!["cell_type"]!.GetValue<string>();

    internal static string Source(JsonNode? cell) => string.Concat(cell!["source"]!.AsArray().Select(line => line!.GetValue<string>()));

    internal static void AssertValid(JsonNode notebook)
    {
        using var document = JsonDocument.Parse(notebook.ToJsonString());
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, "The notebook does not match the nbformat 4.5 schema:\n" + string.Join("\n", errors));
    }

    private static JsonSchema LoadSchema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Formats", "Schemas", "nbformat.v4.5.schema.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", schema["$schema"]!.GetValue<string>());
        schema.Remove("$schema");
        using var document = JsonDocument.Parse(schema.ToJsonString());
        return JsonSchema.Build(document.RootElement.Clone(), new BuildOptions { Dialect = Dialect.Draft07 });
    }
}
