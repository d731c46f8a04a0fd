using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Mapping;
using TalkDsl.Rendering;
using TalkDsl.Testing;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>The fixture corpus imported as `talk import corpus --snippets corpus/snippets` would: snapshots, compilation, and rendering.</summary>
public sealed class CorpusImportTests
{
    private static readonly Lazy<ImportResult> Corpus = new(() => Fixtures.ImportCorpus());

    /// <summary>The corpus compiled once and loaded: the imported talks, runnable.</summary>
    private static readonly Lazy<System.Reflection.Assembly> Compiled = new(() => GeneratedCode.Load(GeneratedCode.Compile(Corpus.Value)));

    /// <summary>The full talk rendered, as a reader of its slides and notes sees it.</summary>
    private static readonly Lazy<(string Slides, string Notes)> FullTalk = new(() =>
    {
        var talk = new RenderableTalk("FullTalk", GeneratedCode.TalkOf(Compiled.Value, "FullTalk"));
        return (talk.RenderSlides(), talk.RenderNotes());
    });

    public static TheoryData<string> GeneratedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Corpus.Value.Files.Where(f => !f.RelativePath.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            data.Add(file.RelativePath.Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Each_generated_file_matches_its_snapshot(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.');
        Snapshot.Match(Fixtures.File(Corpus.Value, path), extension.Length == 0 ? "txt" : extension, name: path.Replace('/', '.').TrimStart('.'));
    }

    [Fact]
    public void The_project_references_the_TalkDsl_package_at_the_importers_version_and_nothing_in_a_checkout()
    {
        var project = Fixtures.File(Corpus.Value, "Corpus.csproj");

        Assert.Contains($"<PackageReference Include=\"TalkDsl\" Version=\"{TalkDslPackage.Version}\" />", project, StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", TalkDslPackage.Version);
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
        Assert.DoesNotContain(Fixtures.RepositoryRoot.TrimEnd('/'), string.Concat(Corpus.Value.Files.Select(f => f.Content)), StringComparison.Ordinal);
        Assert.Contains("<OutputType>Exe</OutputType>", project, StringComparison.Ordinal);
        Assert.DoesNotContain(Corpus.Value.Files, f => f.RelativePath == "NuGet.config");
    }

    [Fact]
    public void A_local_feed_is_named_in_a_NuGet_config_beside_the_project()
    {
        var feed = Path.Combine(Path.GetTempPath(), "talkdsl-feed & more");
        var result = new LamdImporter(new ImportOptions { DisplayRoot = Fixtures.Errors, PackageFeed = feed, PackageVersion = "9.8.7-preview.1" })
            .Import([Path.Combine(Fixtures.Errors, "good.md")], "/imported/feed");

        var config = System.Xml.Linq.XDocument.Parse(Fixtures.File(result, "NuGet.config"));
        var source = Assert.Single(config.Root!.Element("packageSources")!.Elements("add"));
        Assert.Equal(Path.GetFullPath(feed), source.Attribute("value")!.Value);
        Assert.Null(config.Root.Element("packageSources")!.Element("clear"));
        Assert.Contains("<PackageReference Include=\"TalkDsl\" Version=\"9.8.7-preview.1\" />", Fixtures.File(result, "ImportedTalks.csproj"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_talk_and_every_reached_snippet_is_imported_once()
    {
        var summary = Corpus.Value.Summary;

        Assert.Equal(["FullTalk", "SecondTalk"], summary.Talks.Select(t => t.ClassName));
        Assert.Equal(
            ["Snippets.Class.ClassPart", "Snippets.Compsci.CompsciPart", "Snippets.Compsci.ComputerLab", "Snippets.Ml._3dModels"],
            summary.Parts.Select(p => p.Reference).Order(StringComparer.Ordinal));
        Assert.Empty(summary.FailedFiles);
        Assert.Equal(["full-talk.md:97:1"], summary.MissingIncludes.Select(u => $"{u.Position}"));
    }

    [Fact]
    public void Mapped_and_raw_constructs_are_counted_with_their_positions()
    {
        var summary = Corpus.Value.Summary;

        Assert.Equal(
            [
                "_lamd.yml:2:1", "full-talk.md:23:1", "full-talk.md:82:1", "full-talk.md:86:1", "full-talk.md:150:21", "full-talk.md:152:1",
                "full-talk.md:154:1", "full-talk.md:156:1", "full-talk.md:158:1", "full-talk.md:162:1", "full-talk.md:164:1",
                "full-talk.md:168:1", "full-talk.md:170:1", "full-talk.md:174:13", "lectures/second-talk.md:16:1",
            ],
            summary.NotMapped.Select(u => $"{u.Position}"));
        var mapped = summary.Uses.Where(u => u.Outcome == ConstructOutcome.Mapped).Select(u => u.Construct).ToList();
        foreach (var construct in new[]
        {
            "\\section", "\\subsection", "\\subsubsection", "\\newslide", "\\slides", "\\notes", "\\speakernotes", "\\include", "\\thanks", "\\references", "\\comment",
            "\\ifdef{SLIDES}", "\\ifdef{NOTES}", "\\ifndef{SLIDES}", "\\figure", "\\includediagram", "\\includejpg", "\\includegif", "\\includeimg", "\\includeyoutube",
            "\\columns", "\\fragment", "\\code", "\\setupcode", "\\plotcode", "\\setupplotcode", "\\editme", "\\newcommand",
        })
        {
            Assert.Contains(construct, mapped);
        }

        Assert.Equal(72, summary.MappedCount);
        Assert.Equal(15, summary.NotMapped.Count());
        Assert.Equal(summary.Uses.Count(u => u.Outcome == ConstructOutcome.Mapped), summary.MappedCount);
    }

    [Fact]
    public void Each_talk_declares_the_notation_of_its_own_body_and_of_the_parts_it_includes()
    {
        var assembly = Compiled.Value;

        Assert.Equal(
            [("\\dataMatrix", "\\mathbf{Y}", 0), ("\\R", "\\mathbb{R}", 0), ("\\pointCloud", "\\mathbf{P}", 0), ("\\inner", "\\langle #1, #2 \\rangle", 2)],
            GeneratedCode.TalkOf(assembly, "FullTalk").BuildValidated().Metadata.Notation.Select(m => (m.Command, m.Definition, m.Parameters)));
        Assert.Equal(
            [("\\dataMatrix", "\\mathbf{Y}", 0)],
            GeneratedCode.TalkOf(assembly, "SecondTalk").BuildValidated().Metadata.Notation.Select(m => (m.Command, m.Definition, m.Parameters)));
        var conflict = Assert.Single(Corpus.Value.Summary.Diagnostics, d => d.Id == TalkDsl.Lamd.Reading.LamdDiagnosticIds.NotationConflict);
        Assert.Equal("lectures/second-talk.md:16:1", $"{conflict.Position}");
    }

    [Fact]
    public void The_generated_code_compiles_against_TalkDsl_without_errors_or_warnings()
    {
        var compilation = GeneratedCode.Compile(Corpus.Value);

        Assert.Empty(GeneratedCode.Problems(compilation));
    }

    [Fact]
    public void Round_trip_slides_only_text_is_only_in_slides_notes_only_only_in_notes_speaker_notes_only_in_the_aside()
    {
        var (slides, notes) = FullTalk.Value;

        foreach (var marker in new[] { "SLIDES-ONLY-MARKER", "SLIDES-IFDEF-MARKER" })
        {
            Assert.Contains(marker, slides, StringComparison.Ordinal);
            Assert.DoesNotContain(marker, notes, StringComparison.Ordinal);
        }

        foreach (var marker in new[] { "NOTES-ONLY-MARKER", "NOTES-ELSE-MARKER", "NOTES-IFDEF-MARKER", "NOTES-IFNDEF-MARKER" })
        {
            Assert.Contains(marker, notes, StringComparison.Ordinal);
            Assert.DoesNotContain(marker, slides, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("SPEAKER-MARKER", notes, StringComparison.Ordinal);
        AssertOnlyInTheAside(slides, "SPEAKER-MARKER");

        foreach (var shared in new[] { "Plain markdown with math", "Content of the new slide.", "The Computer Laboratory" })
        {
            Assert.Contains(shared, slides, StringComparison.Ordinal);
            Assert.Contains(shared, notes, StringComparison.Ordinal);
        }

        Assert.Contains(@"\mathbf{y} = \alpha \mathbf{x}", notes, StringComparison.Ordinal);
        Assert.Contains("The laboratory was founded", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("The laboratory was founded", slides, StringComparison.Ordinal);
        Assert.DoesNotContain("never shown anywhere", slides + notes, StringComparison.Ordinal);
        Assert.DoesNotContain("This is only in notebooks", slides + notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trip_typed_calls_show_where_lamd_shows_them()
    {
        var (slides, notes) = FullTalk.Value;

        // A figure: its media on the slide with the caption in the speaker notes; in the notes "Figure: caption".
        // (The image's alt text is the caption's plain text too: a screen reader's, not shown.)
        AssertOnlyInTheAside(System.Text.RegularExpressions.Regex.Replace(slides, " alt=\"[^\"]*\"", string.Empty), "FIGURE-CAPTION-MARKER");
        Assert.Contains("Figure: FIGURE-CAPTION-MARKER with <em>emphasis</em>.", notes, StringComparison.Ordinal);
        foreach (var page in new[] { slides, notes })
        {
            Assert.Contains("id=\"a-figure-figure\"", page, StringComparison.Ordinal);
            Assert.Contains("src=\"diagrams/ml/figure.png\"", page, StringComparison.Ordinal);
            Assert.Contains("src=\"diagrams/ml/gp-prior.svg\"", page, StringComparison.Ordinal);
            Assert.Contains("https://www.youtube.com/embed/dQw4w9WgXcQ", page, StringComparison.Ordinal);
            Assert.Contains("<div class=\"columns\"", page, StringComparison.Ordinal);
            Assert.Contains("FRAGMENT-MARKER", page, StringComparison.Ordinal);
        }

        Assert.Matches(@"<div class=""fragment"">\s*<p>FRAGMENT-MARKER", slides);
        Assert.DoesNotContain("class=\"fragment\"", notes, StringComparison.Ordinal);

        // Code: only in the notes, and plotting code in neither (it is for notebooks).
        foreach (var code in new[] { "CODE-MARKER", "NOTES-CODE-MARKER", "import numpy as np" })
        {
            Assert.Contains(code, notes, StringComparison.Ordinal);
            Assert.DoesNotContain(code, slides, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("PLOTCODE-MARKER", slides + notes, StringComparison.Ordinal);

        // Notation reaches MathJax in both.
        const string Macros = """macros: { "dataMatrix": "\\mathbf{Y}", "R": "\\mathbb{R}", "pointCloud": "\\mathbf{P}", "inner": ["\\langle #1, #2 \\rangle", 2] }""";
        Assert.Contains(Macros, slides, StringComparison.Ordinal);
        Assert.Contains(Macros, notes, StringComparison.Ordinal);
    }

    [Fact]
    public void The_second_talk_renders_with_its_parts_expanded_once()
    {
        var document = GeneratedCode.TalkOf(Compiled.Value, "SecondTalk").BuildValidated();

        Assert.Equal(
            ["The Computer Laboratory", "Class", "Closing remarks"],
            document.Blocks.OfType<Model.HeadingBlock>().Select(h => h.Title));
        Assert.Single(document.Blocks.OfType<Model.ContentBlock>(), c => c.Markdown.Contains("Computing, then and now", StringComparison.Ordinal));
    }

    /// <summary>The marker is on the slides once, inside a slide's <c>&lt;aside class="notes"&gt;</c>.</summary>
    private static void AssertOnlyInTheAside(string slides, string marker)
    {
        var at = slides.IndexOf(marker, StringComparison.Ordinal);
        var aside = slides.LastIndexOf("<aside class=\"notes\">", at, StringComparison.Ordinal);
        Assert.True(at >= 0 && aside >= 0 && slides.IndexOf("</aside>", aside, StringComparison.Ordinal) > at, $"{marker} is inside <aside class=\"notes\">");
        Assert.Equal(1, Count(slides, marker));
    }

    private static int Count(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
