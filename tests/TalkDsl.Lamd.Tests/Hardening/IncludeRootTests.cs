using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Hardening;

/// <summary>
/// <c>\include</c> reads only inside the talk's library (the folders imported and <c>--snippets</c>):
/// before issue 12 each of these put a file from anywhere on the machine into the generated C#, exit 0.
/// </summary>
public sealed class IncludeRootTests : IDisposable
{
    private readonly TempLibrary _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("/etc/hostname")]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    [InlineData("/dev/zero")]
    public void An_absolute_include_is_LAMD016_at_the_include(string path)
    {
        var diagnostic = _files.SingleError($"Before.\n\n  \\include{{{path}}}\n");

        Assert.Equal((LamdDiagnosticIds.IncludeOutsideLibrary, new SourcePosition("talk.md", 6, 3)), (diagnostic.Id, diagnostic.Position));
        Assert.Contains("absolute path", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../../../../../../etc/passwd")]
    [InlineData("../../../../../../../../proc/self/environ")]
    [InlineData("../outside.md")]
    public void Dot_dots_out_of_the_library_are_LAMD016(string path)
    {
        _files.Write("outside.md", "secret");

        var diagnostic = _files.SingleError($"\\include{{{path}}}");

        Assert.Equal(LamdDiagnosticIds.IncludeOutsideLibrary, diagnostic.Id);
        Assert.Contains("outside the talk's library", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_that_leads_out_of_the_snippets_is_LAMD016()
    {
        var secret = _files.Write("secret.md", "secret");
        File.CreateSymbolicLink(Path.Combine(_files.Snippets, "link.md"), secret);
        Directory.CreateSymbolicLink(Path.Combine(_files.Snippets, "etc"), "/etc");

        Assert.Equal(LamdDiagnosticIds.IncludeOutsideLibrary, _files.SingleError("\\include{link.md}").Id);
        Assert.Equal(LamdDiagnosticIds.IncludeOutsideLibrary, _files.SingleError("\\include{etc/hostname}").Id);
    }

    [Fact]
    public void A_symbolic_link_inside_the_library_is_followed()
    {
        var real = _files.Write("snippets/_x/includes/real.md", "\\subsection{Real}\n");
        File.CreateSymbolicLink(Path.Combine(_files.Snippets, "alias.md"), real);

        var (talk, workspace) = _files.Read("\\include{alias.md}");

        Assert.NotNull(talk);
        Assert.DoesNotContain(workspace.Diagnostics, d => d.Severity == LamdSeverity.Error);
    }

    [Fact]
    public void A_device_reached_by_a_link_is_LAMD017_not_four_gigabytes()
    {
        File.CreateSymbolicLink(Path.Combine(_files.Snippets, "zero.md"), "/dev/zero");

        // /dev is not in the library, so the link is refused as leading outside; a FIFO inside the library is refused as not a file.
        Assert.Equal(LamdDiagnosticIds.IncludeOutsideLibrary, _files.SingleError("\\include{zero.md}").Id);
    }

    [Fact]
    public void A_FIFO_inside_the_library_is_LAMD017_and_is_never_opened()
    {
        var fifo = Path.Combine(_files.Snippets, "pipe.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var diagnostic = _files.SingleError("\\include{pipe.md}");

        Assert.Equal(LamdDiagnosticIds.NotRegularFile, diagnostic.Id);
        Assert.Contains("not a regular file", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_four_MiB_is_LAMD018()
    {
        _files.Write("snippets/big.md", new string('x', (4 * 1024 * 1024) + 1));

        var diagnostic = _files.SingleError("\\include{big.md}");

        Assert.Equal(LamdDiagnosticIds.FileTooLarge, diagnostic.Id);
        Assert.Contains("4 MiB", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_importer_takes_the_imported_folder_and_the_snippets_as_the_library()
    {
        _files.Write("secret.md", "\\subsection{Secret}\n");
        _files.Write("snippets/_x/includes/ok.md", "\\subsection{Ok}\n");
        var talk = _files.Write("talks/talk.md", "---\ntitle: T\n---\n\\include{_x/includes/ok.md}\n\\include{../secret.md}\n");

        var result = _files.Import(talk);

        var error = Assert.Single(result.Summary.Diagnostics, d => d.Severity == LamdSeverity.Error);
        Assert.Equal((LamdDiagnosticIds.IncludeOutsideLibrary, "talk.md", 5), (error.Id, error.Position.File, error.Position.Line));
        Assert.DoesNotContain(result.Files, f => f.Content.Contains("Secret", StringComparison.Ordinal));
    }
}
