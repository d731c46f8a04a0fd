using TalkDsl.Cli.Output;
using TalkDsl.Lamd.Import;

namespace TalkDsl.Cli.Tests;

public sealed class ProjectFolderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("project-folder-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_failure_part_way_leaves_no_half_written_folder_and_no_staging_behind()
    {
        var target = Path.Combine(_temp, "out");
        GeneratedFile[] files = [new("Talks/A.cs", "// a"), new("../escape.cs", "// outside")];

        Assert.Throws<ProjectFolderException>(() => ProjectFolder.Write(target, files));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public void A_failure_keeps_the_earlier_import_as_it_was()
    {
        var target = Path.Combine(_temp, "out");
        ProjectFolder.Write(target, [new(ProjectFolder.Marker, "earlier"), new("Talks/Old.cs", "// old")]);

        Assert.Throws<ProjectFolderException>(() => ProjectFolder.Write(target, [new(ProjectFolder.Marker, "new"), new("../escape.cs", "")]));

        Assert.Equal("earlier", File.ReadAllText(Path.Combine(target, ProjectFolder.Marker)));
        Assert.True(File.Exists(Path.Combine(target, "Talks", "Old.cs")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(_temp).Select(Path.GetFileName));
    }
}
