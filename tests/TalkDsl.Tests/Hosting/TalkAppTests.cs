using System.CommandLine;
using AccelerateSpark;
using TalkDsl.Hosting;
using TalkDsl.Output;
using TalkDsl.Rendering;
using TalkDsl.Tests.Example;
using TalkDsl.Tests.Output;
using static TalkDsl.Tests.Output.OutputTestTalks;

namespace TalkDsl.Tests.Hosting;

/// <summary>The host every talk project's <c>Program.cs</c> calls: <c>TalkApp.Run(args, TalkCatalog.All)</c>.</summary>
public sealed class TalkAppTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => _temp.Dispose();

    private string[] Printed => _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Renders_the_example_and_prints_each_absolute_path_then_a_summary()
    {
        var exit = Run("--out", _temp.Out);

        Assert.Equal(0, exit);
        Assert.Empty(_stderr.ToString());
        string[] expected =
        [
            Path.Combine(_temp.Out, "accelerate-spark-information-session.slides.html"),
            Path.Combine(_temp.Out, "accelerate-spark-information-session.notes.html"),
            Path.Combine(_temp.Out, "2020-12-04-accelerate-spark-information-session.md"),
        ];
        var runtime = $"{Path.Combine(_temp.Out, BundledAssets.FolderName)}/ ({BundledAssets.Paths.Count} files of reveal.js 5.2.1 and MathJax 3.2.2)";
        Assert.Equal([.. expected, runtime, $"Rendered 1 talk (3 files) into {_temp.Out}."], Printed);

        Assert.Equal(0, Run("--out", _temp.Out));
        Assert.Single(Printed, runtime); // the second run finds it unchanged and writes none of it
        Assert.All(expected, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void Serve_comes_from_TalkDsl_Preview_which_the_example_references()
    {
        var exit = Run("serve", "--help");

        Assert.Equal(0, exit);
        var help = _stdout.ToString();
        Assert.Contains("Previews the talks in the browser and follows each save", help, StringComparison.Ordinal);
        Assert.All(["--port", "--host", "--no-open", "--media", "PROJECT"], option => Assert.Contains(option, help, StringComparison.Ordinal));
    }

    [Fact]
    public void One_failing_talk_is_listed_with_its_file_and_line_the_good_one_is_written_and_the_exit_code_is_1()
    {
        var broken = new RunTimeTalk("Broken", () => Talk.Titled("Broken").Author("Ada").Date(2024, 1, 9).Subsection("Costs").Markdown("It costs $5."));
        var line = LineOfThisCall() - 1;

        var exit = TalkApp.Run(["--out", _temp.Out], [broken, Renderable("Good")], _stdout, _stderr);

        Assert.Equal(1, exit);
        var errors = _stderr.ToString();
        Assert.Contains("The talk Broken was not rendered: The talk 'Broken' has 1 error and was not rendered:", errors, StringComparison.Ordinal);
        Assert.Contains($"{nameof(TalkAppTests)}.cs({line}): error TALK011", errors, StringComparison.Ordinal);
        Assert.Contains("Fix the errors listed above, at the files and lines they name, then run again.", errors, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_temp.Out, "good.slides.html")));
        Assert.False(File.Exists(Path.Combine(_temp.Out, "broken.slides.html")));
        Assert.Equal($"Rendered 1 talk (3 files) into {_temp.Out}; 1 talk failed.", Printed[^1]);
    }

    [Theory]
    [InlineData("Second")]
    [InlineData("second")]
    [InlineData("SECOND-TALK")]
    public void Talk_renders_only_the_talk_named_by_its_name_or_file_slug_in_any_case(string name)
    {
        var exit = TalkApp.Run(["--out", _temp.Out, "--talk", name], [new RenderableTalk("First", Dated("First talk")), new RenderableTalk("Second", Dated("Second talk"))], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Equal(["2024-01-09-second-talk.md", "second-talk.notes.html", "second-talk.slides.html"], Contents(_temp.Out).Keys.Where(k => !k.StartsWith(BundledAssets.FolderName, StringComparison.Ordinal)));
    }

    [Fact]
    public void Talk_can_be_repeated()
    {
        var exit = TalkApp.Run(["--out", _temp.Out, "--talk", "first", "--talk", "third"], [Renderable("First"), Renderable("Second"), Renderable("Third")], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Equal($"Rendered 2 talks (6 files) into {_temp.Out}.", Printed[^1]);
        Assert.False(File.Exists(Path.Combine(_temp.Out, "second.slides.html")));
    }

    [Fact]
    public void An_unknown_talk_is_a_usage_error_that_lists_the_talks_and_writes_nothing()
    {
        var exit = TalkApp.Run(["--out", _temp.Out, "--talk", "first", "--talk", "fourth"], [Renderable("First"), new RenderableTalk("Second", Dated("Second talk"))], _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Equal(
            $"--talk fourth: no talk of this project has that name or file slug.{Environment.NewLine}The talks, by name (file slug): First (first), Second (second-talk).{Environment.NewLine}",
            _stderr.ToString());
        Assert.Empty(_stdout.ToString());
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void Css_is_copied_into_the_output_and_linked_from_the_slides_and_notes()
    {
        var css = Path.Combine(_temp.Root, "brand.css");
        File.WriteAllText(css, "h1 { color: teal; }");

        var exit = TalkApp.Run(["--out", _temp.Out, "--css", css], [Renderable("Styled")], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Contains(Path.Combine(_temp.Out, "brand.css"), Printed);
        Assert.Equal("h1 { color: teal; }", File.ReadAllText(Path.Combine(_temp.Out, "brand.css")));
        Assert.Contains("<link rel=\"stylesheet\" href=\"brand.css\">", File.ReadAllText(Path.Combine(_temp.Out, "styled.slides.html")), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"brand.css\">", File.ReadAllText(Path.Combine(_temp.Out, "styled.notes.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_css_file_fails_with_exit_code_1_and_writes_nothing()
    {
        var exit = TalkApp.Run(["--out", _temp.Out, "--css", Path.Combine(_temp.Root, "none.css")], [Renderable("Styled")], _stdout, _stderr);

        Assert.Equal(1, exit);
        Assert.StartsWith($"The stylesheet {Path.Combine(_temp.Root, "none.css")} does not exist.", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void Theme_reaches_the_slides_page()
    {
        var exit = TalkApp.Run(["--out", _temp.Out, "--theme", "moon"], [Renderable("Themed")], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Contains($"{SlidesOptions.DefaultRevealUrl}/dist/theme/moon.css\" id=\"theme\"", File.ReadAllText(Path.Combine(_temp.Out, "themed.slides.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_talks_own_theme_holds_unless_the_command_line_names_another()
    {
        var talk = new RenderableTalk("Themed", Talk.Titled("Themed").Author(given: "Ada").Date(2024, 1, 9).Theme("league").Subsection("One").Markdown("x"));
        var slides = Path.Combine(_temp.Out, "themed.slides.html");

        Assert.Equal(0, TalkApp.Run(["--out", _temp.Out], [talk], _stdout, _stderr));
        Assert.Contains("dist/theme/league.css\" id=\"theme\"", File.ReadAllText(slides), StringComparison.Ordinal);

        Assert.Equal(0, TalkApp.Run(["--out", _temp.Out, "--theme", "night"], [talk], _stdout, _stderr));
        Assert.Contains("dist/theme/night.css\" id=\"theme\"", File.ReadAllText(slides), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_cdn_the_bundled_runtime_is_written_beside_the_pages_which_load_it()
    {
        var exit = TalkApp.Run(["--out", _temp.Out], [Renderable("Offline")], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.All(BundledAssets.Paths, path => Assert.True(File.Exists(Path.Combine(_temp.Out, BundledAssets.FolderName, path)), path));
        Assert.Contains("<script src=\"_talkdsl/reveal.js/dist/reveal.js\"></script>", File.ReadAllText(Path.Combine(_temp.Out, "offline.slides.html")), StringComparison.Ordinal);
        Assert.Contains("src=\"_talkdsl/mathjax/es5/tex-chtml-full.js\"", File.ReadAllText(Path.Combine(_temp.Out, "offline.notes.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("moon.css\" onload=\"x")]
    public void A_theme_that_is_not_a_name_is_a_usage_error(string theme)
    {
        var exit = TalkApp.Run(["--out", _temp.Out, "--theme", theme], [Renderable("Themed")], _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Contains($"--theme '{theme}' is not a reveal.js theme: use one of beige, black,", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void Cdn_is_accepted_and_the_pages_load_reveal_and_mathjax_from_the_cdn()
    {
        var exit = TalkApp.Run(["--out", _temp.Out, "--cdn"], [Renderable("Online")], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Contains(SlidesOptions.CdnRevealUrl + "/dist/reveal.js", File.ReadAllText(Path.Combine(_temp.Out, "online.slides.html")), StringComparison.Ordinal);
        Assert.Contains(SlidesOptions.CdnMathJaxUrl, File.ReadAllText(Path.Combine(_temp.Out, "online.notes.html")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Out, BundledAssets.FolderName)));
    }

    [Fact]
    public void Media_copies_the_images_and_a_missing_one_is_reported_with_its_line_and_exit_code_1()
    {
        var media = Path.Combine(_temp.Root, "media");
        Directory.CreateDirectory(Path.Combine(media, "diagrams"));
        var talk = new RenderableTalk("Pictured", Talk.Titled("Pictured").Author(given: "Ada").Date(2024, 1, 9)
            .Subsection("One").Image("diagrams/one.png"));
        var line = LineOfThisCall() - 1;

        Assert.Equal(1, TalkApp.Run(["--out", _temp.Out, "--media", media], [talk], _stdout, _stderr));
        Assert.Contains($"{nameof(TalkAppTests)}.cs({line}): the image 'diagrams/one.png' is not in the media folder", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));

        File.WriteAllText(Path.Combine(media, "diagrams", "one.png"), "png");
        Assert.Equal(0, TalkApp.Run(["--out", _temp.Out, "--media", media], [talk], _stdout, _stderr));
        Assert.Contains(Path.Combine(_temp.Out, "diagrams", "one.png"), Printed);
    }

    [Fact]
    public void An_output_failure_is_reported_on_stderr_with_exit_code_1()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Out, "accelerate-spark-information-session.slides.html"));

        var exit = Run("--out", _temp.Out);

        Assert.Equal(1, exit);
        Assert.Contains("could not be moved into " + _temp.Out, _stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--outt")]
    [InlineData("--out")]
    [InlineData("stray")]
    public void A_wrong_command_line_exits_with_2_and_names_the_problem(string argument)
    {
        var exit = Run(argument);

        Assert.Equal(2, exit);
        Assert.Contains(argument, _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_option_and_the_exit_codes()
    {
        var exit = Run("--help");

        Assert.Equal(0, exit);
        var help = _stdout.ToString();
        foreach (var option in new[] { "--out <DIR>", "--talk <NAME>", "--format <LIST>", "--media <DIR>", "--cdn", "--theme <NAME>", "--css <FILE>", "--pdf-notes" })
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 every talk rendered; 1 a talk failed", help, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void Many_talks_show_one_whole_progress_line_each_when_the_output_is_not_a_terminal()
    {
        var title = "A talk with a title long enough to wrap at eighty columns if anything wrapped it";
        var talks = Enumerable.Range(1, 6).Select(i => new RenderableTalk($"Talk{i}WithAVeryLongNameThatKeepsGoingPastTheEightiethColumnOfATerminal", Dated($"{title} {i}"))).ToList();

        var exit = TalkApp.Run(["--out", _temp.Out], talks, _stdout, _stderr);

        Assert.Equal(0, exit);
        var lines = _stdout.ToString().Split(Environment.NewLine);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"[{i}/6] Talk{i}WithAVeryLongNameThatKeepsGoingPastTheEightiethColumnOfATerminal"), lines[..6]);
        Assert.Equal($"  {Path.Combine(_temp.Out, "a-talk-with-a-title-long-enough-to-wrap-at-eighty-columns-if-anything-wrapped-it-1.slides.html")}", lines[6]);
        Assert.Equal($"Rendered 6 talks (18 files) into {_temp.Out}.", lines[^2]);
    }

    [Fact]
    public void Five_talks_or_fewer_show_no_progress()
    {
        TalkApp.Run(["--out", _temp.Out], Enumerable.Range(1, 5).Select(i => Renderable($"Talk {i}", i)).ToList(), _stdout, _stderr);

        Assert.DoesNotContain("[1/5]", _stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(15 + 1 + 1, Printed.Length); // the files, the runtime's one line, the summary
    }

    [Fact]
    public void On_a_terminal_many_talks_render_behind_a_progress_bar_and_the_paths_are_still_whole_lines()
    {
        var talks = Enumerable.Range(1, 6).Select(i => Renderable($"Talk {i}", i)).ToList();

        var exit = TalkApp.Run(["--out", _temp.Out], talks, _stdout, _stderr, terminal: true);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("[1/6]", _stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains($"  {Path.Combine(_temp.Out, "talk-6.slides.html")}", _stdout.ToString().Split(Environment.NewLine));
        Assert.EndsWith($"Rendered 6 talks (18 files) into {_temp.Out}.{Environment.NewLine}", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_talks_writes_nothing_and_says_so()
    {
        var exit = TalkApp.Run(["--out", _temp.Out], [], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Equal([$"No talks to render: nothing was written to {_temp.Out}."], Printed);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void The_example_renders_into_out_at_the_repository_root_by_default()
    {
        Assert.Equal(Path.Combine(Repository.Root, "out"), TalkAppOptions.DefaultOutputDirectory(typeof(ExampleTalks).Assembly));
    }

    [Fact]
    public void Without_the_projects_folder_the_default_is_out_in_the_current_directory()
    {
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "out"), TalkAppOptions.DefaultOutputDirectory(typeof(TalkApp).Assembly));
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "out"), TalkAppOptions.DefaultOutputDirectory(null));
    }

    [Fact]
    public void The_options_can_be_added_to_another_command_and_read_back_as_settings()
    {
        var options = new TalkAppOptions("default-out");
        var build = new Command("build");
        options.AddTo(build);

        var settings = options.Read(build.Parse(["--talk", "a", "--talk", "b", "--media", "m", "--cdn", "--theme", "moon", "--css", "s.css"]));

        Assert.Equal(new TalkAppSettings("default-out") { Talks = settings.Talks, MediaFolder = "m", Assets = AssetMode.Cdn, Theme = "moon", Stylesheet = "s.css" }, settings);
        Assert.Equal(["a", "b"], settings.Talks);
        var output = settings.ToOutputOptions();
        Assert.Equal("default-out", output.OutputDirectory);
        Assert.Equal("moon", output.Slides.Theme);
        Assert.Equal("m", output.MediaFolder);
        Assert.Equal("s.css", output.Stylesheet);
        Assert.Equal(AssetMode.Cdn, output.Assets);
        Assert.Equal(SlidesOptions.DefaultRevealUrl, output.Slides.RevealUrl);
        Assert.Equal(SlidesOptions.DefaultMathJaxUrl, output.Notes.MathJaxUrl);
        Assert.Equal(AssetMode.Bundled, options.Read(build.Parse([])).ToOutputOptions().Assets);
        Assert.Null(options.Read(build.Parse([])).Theme);
    }

    [Fact]
    public void The_projects_defaults_stand_for_media_format_and_css_until_the_command_line_names_its_own()
    {
        var media = Directory.CreateTempSubdirectory("talkdsl-media-").FullName;
        try
        {
            var project = ProjectAssembly((TalkProjectDefaults.MediaFolderKey, media), (TalkProjectDefaults.FormatsKey, "slides,notes,pdf"), (TalkProjectDefaults.StylesheetKey, "talks.css"));
            var defaults = TalkProjectDefaults.Of(project);
            var options = new TalkAppOptions("out", defaults);
            var build = new Command("build");
            options.AddTo(build);

            var plain = options.Read(build.Parse([]));
            var given = options.Read(build.Parse(["--media", "m", "--format", "slides", "--css", "s.css"]));

            Assert.Equal((media, "slides,notes,pdf", "talks.css"), (plain.MediaFolder, string.Join(",", plain.Formats.Select(f => f.Name)), plain.Stylesheet));
            Assert.Equal(("m", "slides", "s.css"), (given.MediaFolder, string.Join(",", given.Formats.Select(f => f.Name)), given.Stylesheet));
        }
        finally
        {
            Directory.Delete(media);
        }
    }

    [Fact]
    public void A_media_folder_that_does_not_exist_is_no_default_and_formats_that_do_not_read_name_the_property()
    {
        Assert.Null(TalkProjectDefaults.Of(ProjectAssembly((TalkProjectDefaults.MediaFolderKey, "/no/such/media"))).MediaFolder);
        Assert.Equal(TalkProjectDefaults.None, TalkProjectDefaults.Of(typeof(TalkApp).Assembly));

        var error = Assert.Throws<InvalidOperationException>(() => TalkProjectDefaults.Of(ProjectAssembly((TalkProjectDefaults.FormatsKey, "slides,slideshow"))));
        Assert.StartsWith("The project's TalkDslFormats property ('slides,slideshow') does not read:", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An assembly carrying the metadata TalkDsl.props writes for a talk project's properties.</summary>
    private static System.Reflection.Assembly ProjectAssembly(params (string Key, string Value)[] metadata)
    {
        var assembly = System.Reflection.Emit.AssemblyBuilder.DefineDynamicAssembly(new System.Reflection.AssemblyName("Project" + Guid.NewGuid().ToString("N")), System.Reflection.Emit.AssemblyBuilderAccess.Run);
        var constructor = typeof(System.Reflection.AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!;
        foreach (var (key, value) in metadata)
        {
            assembly.SetCustomAttribute(new System.Reflection.Emit.CustomAttributeBuilder(constructor, [key, value]));
        }

        return assembly;
    }

    [Fact]
    public void Format_writes_the_formats_named_in_that_order()
    {
        var exit = Run("--out", _temp.Out, "--format", "pptx,docx,ipynb", "--cdn");

        Assert.Equal(0, exit);
        Assert.Equal(
            ["accelerate-spark-information-session.pptx", "accelerate-spark-information-session.docx", "accelerate-spark-information-session.ipynb"],
            Printed[..^1].Select(Path.GetFileName));
        Assert.Equal($"Rendered 1 talk (3 files) into {_temp.Out}.", Printed[^1]);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_that_lists_the_formats_and_writes_nothing()
    {
        var exit = Run("--out", _temp.Out, "--format", "slides,keynote");

        Assert.Equal(2, exit);
        Assert.Contains("--format: 'keynote' is not an output format. The formats are: slides, notes, post, pdf, notes-pdf, pptx, docx, ipynb, slides-ipynb, all.", _stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Out));
    }

    [Fact]
    public void Format_and_pdf_notes_reach_the_output_options()
    {
        var options = new TalkAppOptions(_temp.Out);
        var command = new RootCommand();
        options.AddTo(command);

        var settings = options.Read(command.Parse(["--format", "all", "--pdf-notes"]));

        Assert.Equal(TalkDsl.Formats.TalkFormats.All, settings.ToOutputOptions().Formats);
        Assert.True(settings.ToOutputOptions().Pdf.SpeakerNotes);
        Assert.Equal(TalkDsl.Formats.TalkFormats.Default, options.Read(command.Parse([])).ToOutputOptions().Formats);
    }

    [Fact]
    public void Without_chromium_the_pdfs_are_reported_with_exit_code_1_and_the_other_formats_are_written()
    {
        var previous = Environment.GetEnvironmentVariable(PdfOptions.ChromiumVariable);
        Environment.SetEnvironmentVariable(PdfOptions.ChromiumVariable, Path.Combine(_temp.Root, "no-chromium"));
        try
        {
            var exit = Run("--out", _temp.Out, "--format", "slides,pdf");

            Assert.Equal(1, exit);
            Assert.Contains("1 PDF was not written (the other files were):", _stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains("pdf: chromium was not found at " + Path.Combine(_temp.Root, "no-chromium"), _stderr.ToString(), StringComparison.Ordinal);
            Assert.Contains("`apt-get install chromium`", _stderr.ToString(), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(_temp.Out, "accelerate-spark-information-session.slides.html")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(PdfOptions.ChromiumVariable, previous);
        }
    }

    private int Run(params string[] args) => TalkApp.Run(args, ExampleTalks.All, _stdout, _stderr);

    private static int LineOfThisCall([System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;
}
