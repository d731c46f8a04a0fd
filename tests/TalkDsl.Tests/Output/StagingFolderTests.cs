using TalkDsl.Output;

namespace TalkDsl.Tests.Output;

/// <summary>The all-or-nothing move, with a mover that fails at a chosen file as a full or locked disk would.</summary>
public sealed class StagingFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Stages_beside_the_target_and_moves_every_file_in()
    {
        string[] moved;
        using (var staging = new StagingFolder(_temp.Out))
        {
            Assert.Equal(_temp.Root, Path.GetDirectoryName(staging.Root));
            staging.Add("a.html", w => w.Write("A"));
            staging.Add("b.html", w => w.Write("B"));
            Assert.False(Directory.Exists(_temp.Out));

            moved = [.. staging.MoveIntoPlace()];
        }

        Assert.Equal([Path.Combine(_temp.Out, "a.html"), Path.Combine(_temp.Out, "b.html")], moved);
        Assert.Equal("A", File.ReadAllText(moved[0]));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void Files_are_utf8_without_a_byte_order_mark()
    {
        using var staging = new StagingFolder(_temp.Out);
        staging.Add("a.html", w => w.Write("café"));

        var path = staging.MoveIntoPlace()[0];

        Assert.Equal("café"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_failed_move_puts_back_the_replaced_files_and_removes_the_new_ones()
    {
        Directory.CreateDirectory(_temp.Out);
        File.WriteAllText(Path.Combine(_temp.Out, "a.html"), "old A");
        var before = OutputTestTalks.Contents(_temp.Out);

        using (var staging = new StagingFolder(_temp.Out, FailOn("c.html")))
        {
            staging.Add("a.html", w => w.Write("new A"));
            staging.Add("b.html", w => w.Write("new B"));
            staging.Add("c.html", w => w.Write("new C"));

            var error = Assert.Throws<IOException>(staging.MoveIntoPlace);
            Assert.Contains("c.html", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, OutputTestTalks.Contents(_temp.Out));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void A_failed_move_into_a_folder_it_created_removes_the_folder()
    {
        using (var staging = new StagingFolder(_temp.Out, FailOn("b.html")))
        {
            staging.Add("a.html", w => w.Write("A"));
            staging.Add("b.html", w => w.Write("B"));

            Assert.Throws<IOException>(staging.MoveIntoPlace);
        }

        Assert.False(Directory.Exists(_temp.Out));
        Assert.Empty(_temp.Leftovers);
    }

    [Fact]
    public void A_failed_move_removes_the_sub_folders_it_created_for_copied_files()
    {
        Directory.CreateDirectory(_temp.Out);
        File.WriteAllText(Path.Combine(_temp.Out, "a.html"), "old A");
        var before = OutputTestTalks.Contents(_temp.Out);
        var image = Path.Combine(_temp.Root, "x.png");
        File.WriteAllText(image, "png");

        using (var staging = new StagingFolder(_temp.Out, FailOn("z.html")))
        {
            staging.AddCopy("diagrams/ml/x.png", image);
            staging.Add("z.html", w => w.Write("Z"));

            Assert.Throws<IOException>(staging.MoveIntoPlace);
        }

        File.Delete(image);
        Assert.Equal(before, OutputTestTalks.Contents(_temp.Out));
        Assert.Empty(_temp.Leftovers);
    }

    private static Action<string, string> FailOn(string fileName) => (source, destination) =>
    {
        if (Path.GetFileName(destination) == fileName && Path.GetFileName(Path.GetDirectoryName(destination)) == "out")
        {
            throw new IOException($"Simulated failure moving {fileName}.");
        }

        File.Move(source, destination, overwrite: true);
    };
}
