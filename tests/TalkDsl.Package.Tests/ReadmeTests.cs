using System.Text.RegularExpressions;
using TalkDsl.Testing.Packages;

namespace TalkDsl.Package.Tests;

/// <summary>The README's "Start a talk" names what the packages really are: the template package, its short name, the tool.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void Start_a_talk_gives_the_three_commands_a_user_types()
    {
        var readme = File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot, "README.md"));
        var section = readme[readme.IndexOf("## Start a talk", StringComparison.Ordinal)..];

        var first = FirstBashBlock().Match(section);
        Assert.Equal(
            ["dotnet new install TalkDsl.Templates", "dotnet new talk -n MyTalk", "dotnet run --project MyTalk"],
            first.Groups["code"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("dotnet tool install -g TalkDsl.Cli", section, StringComparison.Ordinal);
        Assert.True(File.Exists(PackedFeed.Package("TalkDsl.Templates")));
        Assert.Contains("\"shortName\": \"talk\"", File.ReadAllText(Path.Combine(PackedFeed.RepositoryRoot, "templates", "content", "talk", ".template.config", "template.json")), StringComparison.Ordinal);
    }

    [GeneratedRegex("```bash\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FirstBashBlock();
}
