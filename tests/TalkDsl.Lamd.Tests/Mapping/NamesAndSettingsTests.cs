using TalkDsl.Lamd.Mapping;
using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>What an imported talk is called and which settings it takes: file names, front matter as lamd reads it.</summary>
public sealed class NamesAndSettingsTests : IDisposable
{
    private readonly LectureImport _lecture = new();

    public void Dispose() => _lecture.Dispose();

    [Fact]
    public void A_talk_keeps_its_lamd_file_name_as_the_name_of_its_pages()
    {
        var (code, _) = _lecture.Import("\\subsection{A}\nText.\n");

        Assert.Contains("global::TalkDsl.Talk.Titled(\"T\")\n        .FileName(\"lecture\")\n", code, StringComparison.Ordinal);
        Assert.Equal("lecture", _lecture.LastTalk().Build().Metadata.FileName);
    }

    [Fact]
    public void A_key_given_twice_takes_the_last_value_as_PyYAML_does_with_a_warning_at_the_first()
    {
        var (code, summary) = _lecture.Import("\\subsection{A}\nText.\n", "---\ntitle: First\ndate: 2020-01-02\ntitle: Second\nvenue: Here\n---\n");

        Assert.Contains("Titled(\"Second\")", code, StringComparison.Ordinal);
        Assert.Contains(".Venue(\"Here\")", code, StringComparison.Ordinal);
        var warning = Assert.Single(summary.Diagnostics, d => d.Id == LamdDiagnosticIds.RepeatedKey);
        Assert.Equal((LamdSeverity.Warning, new SourcePosition("lecture.md", 2, 1)), (warning.Severity, warning.Position));
        Assert.Contains("'title' is given again on line 4", warning.Message, StringComparison.Ordinal);
        Assert.Empty(summary.FailedFiles);
    }

    [Fact]
    public void A_quoted_value_whose_lines_start_at_the_margin_is_read_as_PyYAML_reads_it()
    {
        var (code, summary) = _lecture.Import("\\subsection{A}\nText.\n", "---\ntitle: \"T\"\nabstract: \"First paragraph. \n\nSecond: with a colon.\"\ndate: 2020-01-02\n---\n");

        Assert.Contains("First paragraph.", code, StringComparison.Ordinal);
        Assert.Contains("Second: with a colon.", code, StringComparison.Ordinal);
        Assert.Contains(".Date(2020, 1, 2)", code, StringComparison.Ordinal);
        Assert.Empty(summary.FailedFiles);
    }

    [Fact]
    public void A_talk_without_a_date_imports_and_the_warning_says_its_post_is_skipped()
    {
        var (_, summary) = _lecture.Import("\\subsection{A}\nText.\n", "---\ntitle: T\n---\n");

        var warning = Assert.Single(summary.Diagnostics, d => d.Id == LamdDiagnosticIds.FrontMatterValue);
        Assert.Contains("its slides and notes render, and its Jekyll post (named after the date) is skipped", warning.Message, StringComparison.Ordinal);
        Assert.Null(_lecture.LastTalk().Build().Metadata.Date);
    }

    [Fact]
    public void A_snippet_two_talks_read_differently_becomes_two_parts_each_talk_including_its_own_reading()
    {
        var files = _lecture.Files;
        files.Write("debt.md", "\\ifndef{debt}\\define{debt}\\subsection{Debt}\n\\ifndef{short}\\subsection{Long}\n\\endif\\endif");
        var talks = new[]
        {
            files.Write("one.md", "---\ntitle: One\ndate: 2020-01-02\n---\n\\include{debt.md}\n"),
            files.Write("two.md", "---\ntitle: Two\ndate: 2020-01-02\n---\n\\define{short}\n\\include{debt.md}\n"),
            files.Write("three.md", "---\ntitle: Three\ndate: 2020-01-02\n---\n\\include{debt.md}\n"),
        };

        var result = new LamdImporter(new ImportOptions { DisplayRoot = files.Root }).Import(talks, Path.Combine(files.Root, "out"));

        Assert.Equal(["Snippets.Shared.Debt", "Snippets.Shared.DebtReading2"], result.Summary.Parts.Select(p => p.Reference).Order(StringComparer.Ordinal));
        Assert.Contains("Snippets.Shared.Debt)", Fixtures.File(result, "Talks/One.cs"), StringComparison.Ordinal);
        Assert.Contains("Snippets.Shared.DebtReading2)", Fixtures.File(result, "Talks/Two.cs"), StringComparison.Ordinal);
        Assert.Contains("Snippets.Shared.Debt)", Fixtures.File(result, "Talks/Three.cs"), StringComparison.Ordinal);
        Assert.Contains("\"Long\"", Fixtures.File(result, "Snippets/Shared/Debt.cs"), StringComparison.Ordinal);
        var second = Fixtures.File(result, "Snippets/Shared/DebtReading2.cs");
        Assert.DoesNotContain("\"Long\"", second, StringComparison.Ordinal);
        Assert.StartsWith("// Imported from lamd by `talk import` from debt.md, as the talks that include it here read it (reading 2:", second, StringComparison.Ordinal);
        Assert.Equal(LamdSeverity.Info, Assert.Single(result.Summary.Diagnostics, d => d.Id == LamdDiagnosticIds.SnippetDiffers).Severity);
    }

    [Fact]
    public void A_folders_lamd_yml_is_counted_once_however_many_talks_read_it_and_its_author_goes_to_each_header()
    {
        var files = _lecture.Files;
        files.Write("_lamd.yml", "author:\n- family: Society\ndiagramsdir: ../slides/diagrams/\npdf: False\n");
        var talks = new[] { files.Write("one.md", "---\ntitle: One\ndate: 2020-01-02\n---\nText.\n"), files.Write("two.md", "---\ntitle: Two\ndate: 2020-01-02\n---\nText.\n") };

        var result = new LamdImporter(new ImportOptions { DisplayRoot = files.Root }).Import(talks, Path.Combine(files.Root, "out"));

        // Each setting once: the diagrams folder is not on this machine (reported, not set); pdf is one of the formats.
        Assert.Equal(
            ["_lamd.yml 'diagramsdir' at _lamd.yml:3"],
            result.Summary.NotMapped.Select(u => $"{u.Construct} at {u.Position.File}:{u.Position.Line}"));
        Assert.Contains("which is not on this machine: when it is, set TalkDslMediaFolder", result.Summary.NotMapped.First().Detail, StringComparison.Ordinal);
        Assert.Single(result.Summary.Uses, u => u.Construct == "_lamd.yml 'pdf'" && u.Outcome == ConstructOutcome.Mapped);
        Assert.DoesNotContain("TalkDslMediaFolder", result.Files.Single(f => f.RelativePath.EndsWith(".csproj", StringComparison.Ordinal)).Content, StringComparison.Ordinal);
        Assert.All(["Talks/One.cs", "Talks/Two.cs"], path =>
        {
            var code = Fixtures.File(result, path);
            Assert.Contains(".Author(family: \"Society\")", code, StringComparison.Ordinal);
            Assert.DoesNotContain("diagramsdir", code, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_folders_diagrams_folder_and_output_switches_become_the_projects_media_folder_and_formats()
    {
        var files = _lecture.Files;
        files.Write("slides/diagrams/ai/x.png", "png");
        files.Write("_ai/_lamd.yml", "diagramsdir: ../slides/diagrams/\nreveal: True\nposts: False\npdf: True\ndocx: True\n");
        files.Write("_ml/_lamd.yml", "diagramsdir: ../slides/diagrams/\nposts: False\npdf: True\ndocx: True\n");
        files.Write("_policy/_lamd.yml", "posts: True\n");
        var talks = new[] { "_ai/one.md", "_ml/two.md", "_policy/three.md" }.Select(t => files.Write(t, "---\ntitle: " + t + "\ndate: 2020-01-02\n---\nText.\n")).ToArray();

        var result = new LamdImporter(new ImportOptions { DisplayRoot = files.Root }).Import(talks, Path.Combine(files.Root, "out"));

        var project = result.Files.Single(f => f.RelativePath.EndsWith(".csproj", StringComparison.Ordinal)).Content;
        Assert.Contains($"<TalkDslMediaFolder>{Path.Combine(files.Root, "slides")}</TalkDslMediaFolder>", project, StringComparison.Ordinal);
        Assert.Contains("<TalkDslFormats>slides,notes,pdf,docx</TalkDslFormats>", project, StringComparison.Ordinal);
        var differs = Assert.Single(result.Summary.Diagnostics, d => d.Id == LamdDiagnosticIds.FolderSettingsDiffer);
        Assert.Equal(("_policy/_lamd.yml", 1), (differs.Position.File.Replace('\\', '/'), differs.Position.Line));
        Assert.Contains("formats (reveal, posts, pdf, docx, …) (slides,notes,post) differs from the project's (slides,notes,pdf,docx)", differs.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_lamd_writes_and_Jekyll_templates_are_skipped_unless_named()
    {
        var files = _lecture.Files;
        foreach (var folder in new[] { "_posts", "_notes", "slides", "_site", "_layouts", "_includes", "_ai" })
        {
            files.Write($"{folder}/talk.md", "---\ntitle: T\n---\nText.\n");
        }

        Assert.Equal([Path.Combine(files.Root, "_ai", "talk.md")], LamdImporter.FindTalks(files.Root));
        Assert.Equal([Path.Combine(files.Root, "_posts", "talk.md")], LamdImporter.FindTalks(Path.Combine(files.Root, "_posts")));
    }
}
