namespace TalkDsl.Package.Tests;

/// <summary>The <c>talk</c> command as installed by <c>dotnet tool install</c> from the feed.</summary>
[Collection(UserMachineCollection.Name)]
public sealed class ToolTests(UserMachine machine)
{
    [Fact]
    public void Talk_new_writes_the_same_files_as_dotnet_new_talk_without_the_template()
    {
        machine.NewTalk("Same", "--tests", "-o", "from-template");
        var fromTemplate = Path.Combine(machine.Folder.Work, "from-template");
        machine.Folder.Succeed(machine.Folder.Talk, "new", "Same", "--tests", "--output", "from-tool");
        var fromTool = Path.Combine(machine.Folder.Work, "from-tool");

        var expected = Files(fromTemplate);
        Assert.Equal(expected.Keys, Files(fromTool).Keys);
        Assert.Contains("tests/Same.Tests/Same.Tests.csproj", expected.Keys);
        Assert.All(expected, file => Assert.Equal(file.Value, Files(fromTool)[file.Key]));
    }

    [Fact]
    public void Talk_check_exits_0_on_a_clean_talk_and_1_with_TALK003_at_its_line_and_renders_nothing()
    {
        machine.Folder.Succeed(machine.Folder.Talk, "new", "Checked");
        var project = Path.Combine(machine.Folder.Work, "Checked");

        var clean = machine.Folder.Run(machine.Folder.Talk, ["check", "Checked"]);
        Assert.True(clean.ExitCode == 0, clean.Output);
        Assert.Contains("Checked.csproj: no TALK diagnostics, no errors.", clean.Output, StringComparison.Ordinal);

        var (line, column) = UserMachine.EmptyTheFirstSection(project);
        var broken = machine.Folder.Run(machine.Folder.Talk, ["check", "Checked"]);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"Checked/Lecture.cs({line},{column}): error TALK003: Section(\"\") has an empty title", broken.Output, StringComparison.Ordinal);
        Assert.Contains("Checked.csproj: 1 error(s)", broken.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(project, "out")));
        Assert.False(Directory.Exists(Path.Combine(machine.Folder.Work, "out")));
    }

    [Fact]
    public void Talk_build_renders_with_the_hosts_options_and_exits_1_without_rendering_when_the_build_fails()
    {
        machine.Folder.Succeed(machine.Folder.Talk, "new", "Built");
        var site = Path.Combine(machine.Folder.Work, "built-site");

        var built = machine.Folder.Run(machine.Folder.Talk, ["build", "Built", "--out", site]);
        Assert.True(built.ExitCode == 0, built.Output);
        Assert.Single(Directory.GetFiles(site, "*.slides.html"));
        Assert.Single(Directory.GetFiles(site, "*.notes.html"));

        UserMachine.EmptyTheFirstSection(Path.Combine(machine.Folder.Work, "Built"));
        var broken = Path.Combine(machine.Folder.Work, "broken-site");
        var failed = machine.Folder.Run(machine.Folder.Talk, ["build", "Built", "--out", broken]);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("error TALK003", failed.Output, StringComparison.Ordinal);
        Assert.Contains("The build failed: nothing was rendered.", failed.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(broken));
    }

    [Fact]
    public void The_installed_talk_lists_its_commands()
    {
        var help = machine.Folder.Succeed(machine.Folder.Talk, "--help");

        foreach (var command in new[] { "new", "build", "check", "import" })
        {
            Assert.Contains($"Example: talk {command}", help, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);
}
