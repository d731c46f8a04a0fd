namespace TalkDsl.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("talk-import-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Importing_a_folder_writes_a_project_with_every_talk_and_every_snippet_reached_once()
    {
        var output = Path.Combine(_temp, "corpus");
        var (exit, console) = CliRun.Talk("import", Path.Combine(CliRun.Fixtures, "corpus"), "--snippets", Path.Combine(CliRun.Fixtures, "corpus", "snippets"), "--out", output);

        Assert.Equal(0, exit);
        Assert.Equal(
            [
                ".gitignore", ".talkdsl-import.json", "Corpus.csproj", "Directory.Build.props", "Program.cs", "Snippets/Class/ClassPart.cs", "Snippets/Compsci/CompsciPart.cs",
                "Snippets/Compsci/ComputerLab.cs", "Snippets/Ml/_3dModels.cs", "Talks/FullTalk.cs", "Talks/SecondTalk.cs", "import-report.md",
            ],
            Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Matches(@"talks\s+│\s+2", console);
        Assert.Matches(@"parts\s+│\s+4", console);
        Assert.Matches(@"macros mapped\s+│\s+72", console);
        Assert.Matches(@"constructs not mapped\s+│\s+15", console);
        Assert.Contains("full-talk.md:162:1: \\figure — a figure (contents, caption, label): its contents: \\columns is not an image, a video or an alignment block", console, StringComparison.Ordinal);
        Assert.Contains("lectures/second-talk.md:16:1: warning LAMD015", console, StringComparison.Ordinal);
        Assert.Contains("full-talk.md:97:1: \\include — _ml/includes/not-there.md: not found", console, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(_temp, ".corpus.*"));
    }

    [Fact]
    public void A_folder_with_bad_files_imports_the_good_ones_and_exits_with_one()
    {
        var output = Path.Combine(_temp, "errors");
        var (exit, console) = CliRun.Talk("import", Path.Combine(CliRun.Fixtures, "errors"), "--out", output);

        Assert.Equal(1, exit);
        Assert.True(File.Exists(Path.Combine(output, "Talks", "Good.cs")));
        Assert.False(File.Exists(Path.Combine(output, "Talks", "StrayEndif.cs")));
        Assert.Contains("stray-endif.md:6:6: error LAMD008", console, StringComparison.Ordinal);
        // What gpp accepts imports as gpp reads it, with a warning.
        Assert.True(File.Exists(Path.Combine(output, "Talks", "Unbalanced.cs")));
        Assert.Contains("unbalanced.md:8:7: warning LAMD001", console, StringComparison.Ordinal);
        Assert.Contains("unterminated.md:8:1: warning LAMD002", console, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_holding_other_files_is_refused_and_left_untouched()
    {
        var output = Directory.CreateDirectory(Path.Combine(_temp, "mine")).FullName;
        File.WriteAllText(Path.Combine(output, "precious.txt"), "keep me");

        var (exit, console) = CliRun.Talk("import", Path.Combine(CliRun.Fixtures, "errors", "good.md"), "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("already holds files that are not an earlier import", console, StringComparison.Ordinal);
        Assert.Equal(["precious.txt"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal(["mine"], Directory.EnumerateFileSystemEntries(_temp).Select(Path.GetFileName));
    }

    [Fact]
    public void Importing_again_updates_an_earlier_import_and_keeps_files_the_user_added()
    {
        var output = Path.Combine(_temp, "again");
        Assert.Equal(0, CliRun.Talk("import", Path.Combine(CliRun.Fixtures, "errors", "good.md"), "--out", output).ExitCode);
        File.WriteAllText(Path.Combine(output, "Talks", "Mine.cs"), "// the user's own file");

        Assert.Equal(0, CliRun.Talk("import", Path.Combine(CliRun.Fixtures, "errors", "good.md"), "--out", output).ExitCode);

        Assert.Equal("// the user's own file", File.ReadAllText(Path.Combine(output, "Talks", "Mine.cs")));
        Assert.True(File.Exists(Path.Combine(output, "Talks", "Good.cs")));
    }

    [Theory]
    [InlineData("nowhere.md", "is neither a lamd talk nor a folder")]
    [InlineData("", "holds no lamd talk")]
    public void Bad_input_is_refused_with_what_to_do(string input, string message)
    {
        var path = input.Length == 0 ? Directory.CreateDirectory(Path.Combine(_temp, "empty")).FullName : Path.Combine(_temp, input);

        var (exit, console) = CliRun.Talk("import", path, "--out", Path.Combine(_temp, "out"));

        Assert.Equal(2, exit);
        Assert.Contains(message, console, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp, "out")));
    }

    [Fact]
    public void A_snippets_folder_that_does_not_exist_is_refused()
    {
        var (exit, console) = CliRun.Talk("import", Path.Combine(CliRun.Fixtures, "errors", "good.md"), "--snippets", Path.Combine(_temp, "gone"), "--out", Path.Combine(_temp, "out"));

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", console, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_finding_and_error_stays_on_one_line_on_an_80_column_console()
    {
        var (_, console) = CliRun.TalkAtWidth(80, "import", Path.Combine(CliRun.Seed, "accelerate-overview.original.md"), "--snippets", Path.Combine(CliRun.Seed, "includes"), "--out", Path.Combine(_temp, "out"));
        var lines = console.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Contains("  accelerate-overview.original.md:62:1: \\include \u2014 _accelerate/includes/ai-for-science.md: not found", lines);
        Assert.Contains(lines, l => l.StartsWith("  accelerate-overview.original.md:104:1: warning LAMD006: ", StringComparison.Ordinal) && l.EndsWith("with --snippets", StringComparison.Ordinal));

        var (exit, refused) = CliRun.TalkAtWidth(80, "import", Path.Combine(_temp, "a-talk-whose-name-is-long-enough-to-wrap.md"));
        Assert.Equal(2, exit);
        Assert.Matches(@"^error: \S+a-talk-whose-name-is-long-enough-to-wrap\.md is neither a lamd talk nor a folder: give the path of a talk \(\.md\) or of a folder of talks\.\r?\n$", refused);
    }
}
