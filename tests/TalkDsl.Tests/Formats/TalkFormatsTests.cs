using TalkDsl.Formats;
using TalkDsl.Output;
using static TalkDsl.Tests.Output.OutputTestTalks;

namespace TalkDsl.Tests.Formats;

/// <summary>The format registry, <c>--format</c>'s list, and <see cref="TalkOutput"/> writing the formats asked for.</summary>
public sealed class TalkFormatsTests : IDisposable
{
    private readonly Output.TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Parse_reads_a_comma_separated_list_in_order_each_once_case_insensitive()
    {
        Assert.Equal([TalkFormats.Notes, TalkFormats.Slides], TalkFormats.Parse(" notes, SLIDES ,notes"));
        Assert.Equal(TalkFormats.All, TalkFormats.Parse("all"));
        Assert.Equal([TalkFormats.Post, .. TalkFormats.All.Where(f => f != TalkFormats.Post)], TalkFormats.Parse("post,all"));
    }

    [Fact]
    public void An_unknown_name_is_refused_listing_the_known_ones()
    {
        var error = Assert.Throws<FormatException>(() => TalkFormats.Parse("slides,keynote"));

        Assert.Equal($"'keynote' is not an output format. The formats are: {TalkFormats.Names}.", error.Message);
        Assert.Contains("slides, notes, post", error.Message, StringComparison.Ordinal);
        Assert.Contains(", all", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => TalkFormats.Parse(" , "));
    }

    [Fact]
    public void Every_format_has_a_distinct_name_and_file_name()
    {
        var names = TalkFileNames.For(Dated("Distinct").Build().Metadata);

        Assert.Equal(TalkFormats.All.Count, TalkFormats.All.Select(f => f.Name).Distinct().Count());
        Assert.Equal(TalkFormats.All.Count, TalkFormats.All.Select(f => f.FileName(names)).Distinct().Count());
        Assert.All(TalkFormats.All, f => Assert.StartsWith(f == TalkFormats.Post ? "2024-01-09-distinct" : "distinct.", f.FileName(names), StringComparison.Ordinal));
    }

    [Fact]
    public void Output_writes_only_the_formats_asked_for_in_their_order()
    {
        var written = TalkOutput.Write([Renderable("Chosen")], new TalkOutputOptions(_temp.Out) { Formats = [TalkFormats.Post, TalkFormats.Slides], Assets = AssetMode.Cdn });

        Assert.Equal([Path.Combine(_temp.Out, "2024-01-09-chosen.md"), Path.Combine(_temp.Out, "chosen.slides.html")], written);
        Assert.Contains("\nreveal: chosen.slides.html\n", File.ReadAllText(written[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_without_slides_do_not_link_to_a_slides_file_that_is_not_written()
    {
        var written = TalkOutput.Write([Renderable("Alone")], new TalkOutputOptions(_temp.Out) { Formats = [TalkFormats.Notes], Assets = AssetMode.Cdn });

        Assert.Equal([Path.Combine(_temp.Out, "alone.notes.html")], written);
        Assert.DoesNotContain("alone.slides.html", File.ReadAllText(written[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void No_formats_is_refused_and_nothing_is_written()
    {
        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.Write([Renderable("None")], new TalkOutputOptions(_temp.Out) { Formats = [] }));

        Assert.Contains("No output format was asked for", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void Without_chromium_the_pdfs_are_refused_with_how_to_install_it_and_the_other_formats_are_written()
    {
        var options = new TalkOutputOptions(_temp.Out)
        {
            Formats = TalkFormats.Parse("slides,pdf,notes-pdf,ipynb"),
            Assets = AssetMode.Cdn,
            Pdf = new TalkDsl.Rendering.PdfOptions { ChromiumPath = Path.Combine(_temp.Root, "no-chromium-here") },
        };

        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.Write([Renderable("Browserless")], options));

        Assert.Equal([Path.Combine(_temp.Out, "browserless.slides.html"), Path.Combine(_temp.Out, "browserless.ipynb")], error.Written);
        Assert.All(error.Written, path => Assert.True(File.Exists(path), path));
        Assert.Equal(["browserless.ipynb", "browserless.slides.html"], Directory.GetFiles(_temp.Out).Select(Path.GetFileName).Order());
        Assert.Contains("pdf and notes-pdf: chromium was not found at " + options.Pdf.ChromiumPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("`apt-get install chromium`", error.Message, StringComparison.Ordinal);
        Assert.Contains("TALKDSL_CHROMIUM", error.Message, StringComparison.Ordinal);
        Assert.Contains("The other 2 files were written into " + _temp.Out, error.Message, StringComparison.Ordinal);
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void Without_chromium_rendering_a_pdf_to_a_stream_says_how_to_install_it()
    {
        using var output = new MemoryStream();
        var options = new TalkRenderOptions { Pdf = new TalkDsl.Rendering.PdfOptions { ChromiumPath = Path.Combine(_temp.Root, "no-chromium-here") } };

        var error = Assert.Throws<TalkDsl.Rendering.Pdf.PdfRenderException>(() => Renderable("Streamed").Render(TalkFormats.NotesPdf, output, options));

        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void A_pdf_of_a_page_that_loads_its_scripts_from_the_network_is_refused_before_printing()
    {
        using var output = new MemoryStream();
        var options = new TalkRenderOptions
        {
            Slides = TalkDsl.Rendering.SlidesOptions.Default with { RevealUrl = TalkDsl.Rendering.SlidesOptions.CdnRevealUrl },
            Pdf = new TalkDsl.Rendering.PdfOptions { ChromiumPath = Environment.ProcessPath },
        };

        var error = Assert.Throws<TalkDsl.Rendering.Pdf.PdfRenderException>(() => Renderable("Online").Render(TalkFormats.Pdf, output, options));

        Assert.Equal(
            $"the PDFs print offline, but the page loads reveal.js from {TalkDsl.Rendering.SlidesOptions.CdnRevealUrl}: set SlidesOptions.RevealUrl to a local copy (a folder or file path, e.g. an npm install of reveal.js and mathjax), then run again.",
            error.Message);
        Assert.Equal(0, output.Length);
    }
}
