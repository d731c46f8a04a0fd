using TalkDsl.Testing.Packages;

namespace TalkDsl.Package.Tests;

/// <summary>
/// One user's machine for the tests that build: a folder outside the repository with the local feed, the
/// templates installed (<c>dotnet new install</c> of the .nupkg) and the <c>talk</c> tool installed from the feed.
/// The tests using it run one after another (they restore and build; the machine has few cores).
/// </summary>
public sealed class UserMachine : IDisposable
{
    public UserMachine()
    {
        Folder = new UserFolder();
        Folder.Succeed("dotnet", "new", "install", PackedFeed.Package("TalkDsl.Templates"));
        Folder.Succeed("dotnet", "tool", "install", "--tool-path", Folder.Tools, "TalkDsl.Cli", "--version", PackedFeed.Version);
    }

    internal UserFolder Folder { get; }

    /// <summary>Creates a project with <c>dotnet new talk -n <paramref name="name"/></c> and returns its folder.</summary>
    internal string NewTalk(string name, params string[] options)
    {
        Folder.Succeed("dotnet", ["new", "talk", "-n", name, .. options]);
        return Path.Combine(Folder.Work, name);
    }

    /// <summary>Replaces the first <c>.Section("…")</c> of the template's talk with an empty one; returns its line and column.</summary>
    internal static (int Line, int Column) EmptyTheFirstSection(string project)
    {
        var file = Path.Combine(project, "Lecture.cs");
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(".Section(\"", StringComparison.Ordinal));
        Assert.True(index >= 0, "the template's talk no longer has a Section: pick another line to break");
        var column = lines[index].IndexOf(".Section(", StringComparison.Ordinal) + 2;
        lines[index] = lines[index][..(column - 2)] + ".Section(\"\")";
        File.WriteAllLines(file, lines);
        return (index + 1, column);
    }

    public void Dispose() => Folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class UserMachineCollection : ICollectionFixture<UserMachine>
{
    public const string Name = "a user's machine";
}
