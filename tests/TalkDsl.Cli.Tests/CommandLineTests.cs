using TalkDsl.Cli.Projects;

namespace TalkDsl.Cli.Tests;

/// <summary>Each command's help, and what build and check say when there is no project to work on.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("talk-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("new", "Example: talk new MyTalk --tests")]
    [InlineData("build", "Example: talk build MyTalk --out site")]
    [InlineData("check", "Example: talk check MyTalk")]
    [InlineData("import", "Example: talk import talks --snippets _includes --out my-talks")]
    [InlineData("serve", "Example: talk serve MyTalk --port 5000")]
    public void Every_command_has_help_with_an_example(string command, string example)
    {
        var (exit, help) = CliRun.Talk(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains(example, help, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_passes_every_host_option_through()
    {
        var (_, help) = CliRun.Talk("build", "--help");

        foreach (var option in new[] { "--out", "--talk", "--media", "--cdn", "--theme", "--css" })
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_option_exits_with_2()
    {
        var (exit, console) = CliRun.Talk("check", "--frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("--frobnicate", console, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_hands_the_host_options_given_to_the_projects_host_and_leaves_the_defaults_to_it()
    {
        var host = new TalkDsl.Hosting.TalkAppOptions("out");
        var command = new System.CommandLine.RootCommand();
        host.AddTo(command);

        Assert.Equal(
            ["--out", "site", "--talk", "Lecture", "--talk", "seminar", "--cdn", "--theme", "moon"],
            Commands.TalkCommandLine.HostArguments(command.Parse(["--theme", "moon", "--talk", "Lecture", "--cdn", "--talk", "seminar", "--out", "site"]), host));
        Assert.Empty(Commands.TalkCommandLine.HostArguments(command.Parse([]), host));
    }

    [Fact]
    public void Build_hands_the_formats_and_pdf_notes_to_the_host_and_refuses_an_unknown_format_before_building()
    {
        var host = new TalkDsl.Hosting.TalkAppOptions("out");
        var command = new System.CommandLine.RootCommand();
        host.AddTo(command);

        Assert.Equal(["--format", "pdf,pptx", "--pdf-notes"], Commands.TalkCommandLine.HostArguments(command.Parse(["--pdf-notes", "--format", "pdf,pptx"]), host));
        Assert.Contains(command.Parse(["--format", "keynote"]).Errors, e => e.Message.Contains("'keynote' is not an output format", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_refuses_a_theme_reveal_does_not_ship_before_building()
    {
        var (exit, console) = CliRun.Talk("build", _temp, "--theme", "../evil");

        Assert.Equal(2, exit);
        Assert.Contains("--theme '../evil' is not a reveal.js theme: use one of beige, black,", console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void A_folder_without_a_project_is_named_with_what_to_do(string command)
    {
        var (exit, console) = CliRun.Talk(command, _temp);

        Assert.Equal(2, exit);
        Assert.Contains($"{_temp} holds no project (.csproj): give the folder of a talk project, or create one with `talk new NAME`.", console, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_two_projects_asks_which()
    {
        File.WriteAllText(Path.Combine(_temp, "A.csproj"), "<Project />");
        File.WriteAllText(Path.Combine(_temp, "B.csproj"), "<Project />");

        Assert.Null(TalkProject.Find(_temp, out var error));
        Assert.Contains("holds 2 projects: name the one to use", error, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_temp, "A.csproj"), TalkProject.Find(Path.Combine(_temp, "A.csproj"), out _));
    }

    [Fact]
    public void A_canonical_build_line_is_read_with_its_position_and_without_the_project_suffix()
    {
        var diagnostic = BuildDiagnostic.Parse(
            "  /home/ada/Optics/Lecture.cs(13,10): error TALK003: Section(\"\") has an empty title: give it a title (https://x/TALK003.md) [/home/ada/Optics/Optics.csproj]");

        Assert.Equal(new BuildDiagnostic("/home/ada/Optics/Lecture.cs", 13, 10, "error", "TALK003", "Section(\"\") has an empty title: give it a title (https://x/TALK003.md)"), diagnostic);
        Assert.Equal("Optics/Lecture.cs(13,10): error TALK003: Section(\"\") has an empty title: give it a title (https://x/TALK003.md)", diagnostic!.ToString("/home/ada"));
        Assert.True(diagnostic.IsTalk);
        Assert.True(diagnostic.IsError);
    }

    [Fact]
    public void A_span_position_and_a_warning_are_read_too_and_other_lines_are_not()
    {
        var warning = BuildDiagnostic.Parse("/a/B.cs(1,2,3,4): warning CS0168: The variable 'x' is declared but never used [/a/B.csproj]");

        Assert.Equal(new BuildDiagnostic("/a/B.cs", 1, 2, "warning", "CS0168", "The variable 'x' is declared but never used"), warning);
        Assert.False(warning!.IsTalk);
        Assert.Null(BuildDiagnostic.Parse("Build succeeded."));
        Assert.Null(BuildDiagnostic.Parse("/a/B.csproj : error NU1101: Unable to find package TalkDsl."));
    }
}
