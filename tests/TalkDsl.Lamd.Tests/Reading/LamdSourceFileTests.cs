using System.Text;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Reading;

public sealed class LamdSourceFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lamd-source-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_latin1_file_is_refused_at_the_line_and_column_of_the_first_bad_byte()
    {
        var path = Write("latin1.md", [.. "title\nCaf"u8, 0xE9, .. " au lait\n"u8]);
        var diagnostics = new List<LamdDiagnostic>();

        Assert.Null(LamdSourceFile.Load(path, "latin1.md", diagnostics));

        var error = Assert.Single(diagnostics);
        Assert.Equal((LamdSeverity.Error, LamdDiagnosticIds.NotUtf8, new SourcePosition("latin1.md", 2, 4)), (error.Severity, error.Id, error.Position));
        Assert.Contains("0xE9", error.Message, StringComparison.Ordinal);
        Assert.Contains("re-save it as UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    public void An_empty_file_is_refused(string content)
    {
        var path = Write("empty.md", Encoding.UTF8.GetBytes(content));
        var diagnostics = new List<LamdDiagnostic>();

        Assert.Null(LamdSourceFile.Load(path, "empty.md", diagnostics));

        Assert.Equal((LamdDiagnosticIds.EmptyFile, new SourcePosition("empty.md", 1, 1)), (diagnostics.Single().Id, diagnostics.Single().Position));
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_and_crlf_reads_as_lf()
    {
        var path = Write("bom.md", [0xEF, 0xBB, 0xBF, .. "a\r\nb \u00e9\r\n"u8]);

        var file = LamdSourceFile.Load(path, "bom.md", new List<LamdDiagnostic>())!;

        Assert.Equal("a\nb \u00e9\n", file.Text);
        Assert.Equal(new SourcePosition("bom.md", 2, 3), file.PositionAt(4));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported()
    {
        var diagnostics = new List<LamdDiagnostic>();

        Assert.Null(LamdSourceFile.Load(Path.Combine(_folder, "nope.md"), "nope.md", diagnostics));

        Assert.Equal(LamdDiagnosticIds.UnreadableFile, diagnostics.Single().Id);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
