using TalkDsl.Cli.Commands;
using TalkDsl.Cli.Output;

namespace TalkDsl.Cli.Tests;

/// <summary>
/// Re-importing into a project the user has worked on never loses their work (issue 12): before, a
/// re-import replaced the folder wholesale, even when every talk failed.
/// </summary>
public sealed class ReImportTests : IDisposable
{
    private const string Talk = "---\ntitle: A Good Talk\nauthor:\n- given: Alan\n  family: Turing\n---\n\n\\subsection{Fine}\n\nFirst words.\n";

    private readonly string _temp = Directory.CreateTempSubdirectory("talk-reimport-").FullName;

    public ReImportTests()
    {
        Directory.CreateDirectory(Source);
        File.WriteAllText(Path.Combine(Source, "good.md"), Talk);
        File.WriteAllText(Path.Combine(Source, "other.md"), Talk.Replace("A Good Talk", "Another Talk", StringComparison.Ordinal));
    }

    private string Source => Path.Combine(_temp, "talks");

    private string Output => Path.Combine(_temp, "project");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void An_edited_talk_and_an_added_file_survive_a_re_import_and_the_edit_is_reported()
    {
        Assert.Equal(ImportCommand.Success, Import().ExitCode);
        var edited = Path.Combine(Output, "Talks", "Good.cs");
        File.AppendAllText(edited, "// my edit\n");
        File.WriteAllText(Path.Combine(Output, "Notes.txt"), "mine");
        File.WriteAllText(Path.Combine(Source, "other.md"), Talk.Replace("First words.", "New words.", StringComparison.Ordinal).Replace("A Good Talk", "Another Talk", StringComparison.Ordinal));

        var (exit, console) = Import();

        Assert.Equal(ImportCommand.Success, exit);
        Assert.EndsWith("// my edit\n", File.ReadAllText(edited), StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Output, "Notes.txt")));
        Assert.Contains("New words.", File.ReadAllText(Path.Combine(Output, "Talks", "Other.cs")), StringComparison.Ordinal);
        Assert.Contains("Files you edited, left as they are", console, StringComparison.Ordinal);
        Assert.Contains("  Talks/Good.cs", console, StringComparison.Ordinal);
    }

    [Fact]
    public void A_re_import_that_fails_for_every_talk_changes_nothing()
    {
        Assert.Equal(ImportCommand.Success, Import().ExitCode);
        File.AppendAllText(Path.Combine(Output, "Talks", "Good.cs"), "// my edit\n");
        File.WriteAllText(Path.Combine(Output, "Notes.txt"), "mine");
        var before = Snapshot();
        File.WriteAllText(Path.Combine(Source, "good.md"), Talk + "\\else\n");
        File.WriteAllText(Path.Combine(Source, "other.md"), Talk + "\\endif\n");

        var (exit, console) = Import();

        Assert.Equal(ImportCommand.SomeFilesFailed, exit);
        Assert.Contains("nothing was written", console, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_partly_failed_re_import_keeps_the_failed_talk_s_earlier_files()
    {
        Assert.Equal(ImportCommand.Success, Import().ExitCode);
        File.WriteAllText(Path.Combine(Source, "good.md"), Talk + "\\else\n");

        Assert.Equal(ImportCommand.SomeFilesFailed, Import().ExitCode);

        Assert.True(File.Exists(Path.Combine(Output, "Talks", "Good.cs")));
        Assert.True(File.Exists(Path.Combine(Output, "Talks", "Other.cs")));
    }

    [Fact]
    public void A_talk_removed_from_the_source_loses_its_generated_file_only_when_unedited()
    {
        Assert.Equal(ImportCommand.Success, Import().ExitCode);
        File.AppendAllText(Path.Combine(Output, "Talks", "Other.cs"), "// my edit\n");
        File.Delete(Path.Combine(Source, "other.md"));
        File.WriteAllText(Path.Combine(Source, "third.md"), Talk.Replace("A Good Talk", "Third", StringComparison.Ordinal));
        Assert.Equal(ImportCommand.Success, Import().ExitCode);
        File.Delete(Path.Combine(Source, "third.md"));

        Assert.Equal(ImportCommand.Success, Import().ExitCode);

        Assert.True(File.Exists(Path.Combine(Output, "Talks", "Other.cs")));
        Assert.False(File.Exists(Path.Combine(Output, "Talks", "Third.cs")));
    }

    [Fact]
    public void Force_overwrites_edited_generated_files_but_never_files_the_user_added()
    {
        Assert.Equal(ImportCommand.Success, Import().ExitCode);
        var edited = Path.Combine(Output, "Talks", "Good.cs");
        var generated = File.ReadAllText(edited);
        File.AppendAllText(edited, "// my edit\n");
        File.WriteAllText(Path.Combine(Output, "Notes.txt"), "mine");

        Assert.Equal(ImportCommand.Success, Import("--force").ExitCode);

        Assert.Equal(generated, File.ReadAllText(edited));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Output, "Notes.txt")));
    }

    [Fact]
    public void An_import_from_before_the_manifest_keeps_every_file_that_differs()
    {
        Assert.Equal(ImportCommand.Success, Import().ExitCode);
        File.Delete(Path.Combine(Output, ProjectFolder.ManifestName));
        File.AppendAllText(Path.Combine(Output, "Talks", "Good.cs"), "// my edit\n");

        var (exit, console) = Import();

        Assert.Equal(ImportCommand.Success, exit);
        Assert.EndsWith("// my edit\n", File.ReadAllText(Path.Combine(Output, "Talks", "Good.cs")), StringComparison.Ordinal);
        Assert.Contains("  Talks/Good.cs", console, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_records_a_sha256_for_each_file_written()
    {
        Assert.Equal(ImportCommand.Success, Import().ExitCode);

        var manifest = File.ReadAllText(Path.Combine(Output, ProjectFolder.ManifestName));
        var good = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(Output, "Talks", "Good.cs"))));
        Assert.Contains($"\"Talks/Good.cs\": \"{good}\"", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Over_the_corpus_every_edited_and_added_file_survives_a_re_import_and_a_failing_one()
    {
        var corpus = Path.Combine(_temp, "corpus");
        CopyFolder(Path.Combine(CliRun.Fixtures, "corpus"), corpus);
        int ImportCorpus() => CliRun.Talk("import", corpus, "--snippets", Path.Combine(corpus, "snippets"), "--out", Output).ExitCode;
        Assert.Equal(ImportCommand.Success, ImportCorpus());
        var edited = Directory.EnumerateFiles(Output, "*.cs", SearchOption.AllDirectories).ToList();
        foreach (var file in edited)
        {
            File.AppendAllText(file, "// edited by hand\n");
        }

        string[] added = ["Notes.txt", "Talks/Extra.cs", "Snippets/Mine/Mine.cs", "assets/logo.svg", "out/keep.html"];
        foreach (var file in added)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Output, file))!);
            File.WriteAllText(Path.Combine(Output, file), "// the user's: " + file);
        }

        var userFiles = edited.Concat(added.Select(a => Path.Combine(Output, a))).ToDictionary(f => f, File.ReadAllText);

        Assert.Equal(ImportCommand.Success, ImportCorpus());
        foreach (var talk in Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Where(f => File.ReadAllText(f).StartsWith("---", StringComparison.Ordinal)))
        {
            File.AppendAllText(talk, "\n\\else\n"); // an error: gpp accepts unclosed braces, not a stray \else
        }

        Assert.Equal(ImportCommand.SomeFilesFailed, ImportCorpus());

        var lost = userFiles.Count(f => !File.Exists(f.Key) || File.ReadAllText(f.Key) != f.Value);
        Assert.True(edited.Count >= 6, $"{edited.Count} generated files edited");
        Assert.Equal(0, lost);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Theory]
    [InlineData("--out", "")]
    [InlineData("--out", " ")]
    [InlineData("--out", "a\0b")]
    public void An_empty_or_control_character_output_path_is_refused(string option, string value)
    {
        var (exit, console) = CliRun.Talk("import", Source, option, value);

        Assert.Equal(ImportCommand.NothingDone, exit);
        Assert.Contains("control character", console, StringComparison.Ordinal);
    }

    private (int ExitCode, string Output) Import(params string[] more) => CliRun.Talk(["import", Source, "--out", Output, .. more]);

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(Output, f), File.ReadAllText);
}
