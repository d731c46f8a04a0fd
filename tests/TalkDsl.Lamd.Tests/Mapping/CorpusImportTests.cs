using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Mapping;
using TalkDsl.Rendering;
using TalkDsl.Testing;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>The fixture corpus imported as `talk import corpus --snippets corpus/snippets` would: snapshots, compilation, and rendering.</summary>
public sealed class CorpusImportTests
{
    private static readonly Lazy<ImportResult> Corpus = new(() => Fixtures.ImportCorpus());

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
    public void The_project_references_TalkDsl_and_the_generator_as_an_analyzer()
    {
        var project = Fixtures.File(Corpus.Value, "Corpus.csproj");
        var outputFolder = "/imported/corpus-talkdsl";
        var library = Path.GetRelativePath(outputFolder, Path.Combine(Fixtures.RepositoryRoot, "src/TalkDsl/TalkDsl.csproj"));
        var generator = Path.GetRelativePath(outputFolder, Path.Combine(Fixtures.RepositoryRoot, "generators/TalkDsl.Generators/TalkDsl.Generators.csproj"));

        Assert.Contains($"<ProjectReference Include=\"{library}\" />", project, StringComparison.Ordinal);
        Assert.Contains($"<ProjectReference Include=\"{generator}\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />", project, StringComparison.Ordinal);
        Assert.Contains("<OutputType>Exe</OutputType>", project, StringComparison.Ordinal);
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
                "_lamd.yml:2:1", "full-talk.md:23:1", "full-talk.md:82:1", "full-talk.md:86:1", "full-talk.md:101:1", "full-talk.md:103:1",
                "full-talk.md:105:1", "full-talk.md:107:21", "full-talk.md:109:1", "full-talk.md:111:1", "full-talk.md:113:1", "full-talk.md:117:13",
            ],
            summary.NotMapped.Select(u => $"{u.Position}"));
        var mapped = summary.Uses.Where(u => u.Outcome == ConstructOutcome.Mapped).Select(u => u.Construct).ToList();
        foreach (var construct in new[] { "\\section", "\\subsection", "\\subsubsection", "\\newslide", "\\slides", "\\notes", "\\speakernotes", "\\include", "\\thanks", "\\references", "\\comment", "\\ifdef{SLIDES}", "\\ifdef{NOTES}", "\\ifndef{SLIDES}" })
        {
            Assert.Contains(construct, mapped);
        }

        Assert.Equal(summary.Uses.Count(u => u.Outcome == ConstructOutcome.Mapped), summary.MappedCount);
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
        var assembly = GeneratedCode.Load(GeneratedCode.Compile(Corpus.Value));
        var talk = new RenderableTalk("FullTalk", GeneratedCode.TalkOf(assembly, "FullTalk"));

        var slides = talk.RenderSlides();
        var notes = talk.RenderNotes();

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
        var speaker = slides.IndexOf("SPEAKER-MARKER", StringComparison.Ordinal);
        var aside = slides.LastIndexOf("<aside class=\"notes\">", speaker, StringComparison.Ordinal);
        Assert.True(aside >= 0 && slides.IndexOf("</aside>", aside, StringComparison.Ordinal) > speaker, "the speaker notes are inside <aside class=\"notes\">");
        Assert.Equal(1, Count(slides, "SPEAKER-MARKER"));

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
    public void The_second_talk_renders_with_its_parts_expanded_once()
    {
        var assembly = GeneratedCode.Load(GeneratedCode.Compile(Corpus.Value));
        var document = GeneratedCode.TalkOf(assembly, "SecondTalk").BuildValidated();

        Assert.Equal(
            ["The Computer Laboratory", "Class", "Closing remarks"],
            document.Blocks.OfType<Model.HeadingBlock>().Select(h => h.Title));
        Assert.Single(document.Blocks.OfType<Model.ContentBlock>(), c => c.Markdown.Contains("Computing, then and now", StringComparison.Ordinal));
    }

    private static int Count(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
