namespace TalkDsl.Cli.Tests;

/// <summary>Folders that once hung or escaped the search for talks (issue 12).</summary>
public sealed class FindTalksTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("talk-find-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_FIFO_named_like_a_talk_and_a_link_back_to_a_parent_folder_are_skipped()
    {
        File.WriteAllText(Path.Combine(_temp, "real.md"), "---\ntitle: Real\n---\nText.\n");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_temp, "pipe.md")))
        {
            mkfifo.WaitForExit();
        }

        Directory.CreateSymbolicLink(Path.Combine(_temp, "loop"), _temp);

        Assert.Equal([Path.Combine(_temp, "real.md")], TalkDsl.Lamd.Import.LamdImporter.FindTalks(_temp));
    }
}
