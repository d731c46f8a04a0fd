namespace TalkDsl.Cli.Tests;

/// <summary><c>talk new</c>: the template's files, with the name and this TalkDsl's version, written only into a new or empty folder.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("talk-new-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_new_project_is_named_after_NAME_and_references_TalkDsl_at_this_version()
    {
        var folder = Path.Combine(_temp, "Optics");

        var (exit, console) = CliRun.Talk("new", "Optics", "--output", folder);

        Assert.Equal(0, exit);
        Assert.Equal(
            [".gitignore", "Background.cs", "Lecture.cs", "Optics.csproj", "Program.cs", "README.md"],
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal));
        var project = File.ReadAllText(Path.Combine(folder, "Optics.csproj"));
        Assert.Contains($"<PackageReference Include=\"TalkDsl\" Version=\"{TalkDsl.Lamd.Import.TalkDslPackage.Version}\" />", project, StringComparison.Ordinal);
        Assert.Contains("<RootNamespace>Optics</RootNamespace>", project, StringComparison.Ordinal);
        Assert.Equal("return TalkDsl.Hosting.TalkApp.Run(args, Optics.TalkCatalog.All);\n", File.ReadAllText(Path.Combine(folder, "Program.cs")));
        Assert.Contains("namespace Optics;", File.ReadAllText(Path.Combine(folder, "Lecture.cs")), StringComparison.Ordinal);
        Assert.DoesNotContain(
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("MyTalk", StringComparison.Ordinal) || File.ReadAllText(f).Contains("TALKDSL_PACKAGE_VERSION", StringComparison.Ordinal));
        Assert.Contains("Optics.csproj", console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("out\0put")]
    public void An_empty_or_NUL_output_is_refused_with_what_to_do(string output)
    {
        var (exit, console) = CliRun.Talk("new", "Optics", "--output", output);

        Assert.Equal(2, exit);
        Assert.Contains("--output is empty, only spaces or holds a control character", console, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", console, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_cannot_be_created_ends_with_a_message_and_exit_3_not_a_stack_trace()
    {
        // /proc refuses new folders: the write fails with the system's words.
        var (exit, console) = CliRun.Talk("new", "Optics", "--output", "/proc/talkdsl-cannot-be-here");

        Assert.Equal(3, exit);
        Assert.Contains("talk new: internal error:", console, StringComparison.Ordinal);
        Assert.Contains("correct it and run again", console, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", console, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tests_option_adds_the_tests_project_named_after_NAME()
    {
        var folder = Path.Combine(_temp, "Optics");

        Assert.Equal(0, CliRun.Talk("new", "Optics", "--tests", "--output", folder).ExitCode);

        var tests = Path.Combine(folder, "tests", "Optics.Tests");
        Assert.Contains("<ProjectReference Include=\"../../Optics.csproj\" />", File.ReadAllText(Path.Combine(tests, "Optics.Tests.csproj")), StringComparison.Ordinal);
        Assert.Contains("namespace Optics.Tests;", File.ReadAllText(Path.Combine(tests, "LectureTests.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_holds_files_is_refused_and_left_as_it_was()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp, "Mine")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "keep me");

        var (exit, console) = CliRun.Talk("new", "Mine", "--output", folder);

        Assert.Equal(2, exit);
        Assert.Contains($"{folder} already exists and is not empty: nothing was written", console, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("my-talk")]
    [InlineData("1st")]
    [InlineData("a..b")]
    public void A_name_that_cannot_be_a_namespace_is_refused(string name)
    {
        var (exit, console) = CliRun.Talk("new", name, "--output", Path.Combine(_temp, "x"));

        Assert.Equal(2, exit);
        Assert.Contains($"'{name}' cannot name a project and its namespace", console, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp, "x")));
    }
}
