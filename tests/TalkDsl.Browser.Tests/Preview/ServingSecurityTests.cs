using System.Net;
using System.Net.Sockets;
using System.Text;
using TalkDsl.Preview;
using TalkDsl.Preview.Serving;

namespace TalkDsl.Browser.Tests.Preview;

/// <summary>
/// The preview serves what it rendered, the slides runtime and the media folder, and nothing else: every way
/// out of a folder gets 404, as does a folder itself. Requests go over a raw socket so that no client
/// tidies the path first.
/// </summary>
[Collection(ServedExampleCollection.Name)]
public sealed class ServingSecurityTests(ServedExample served)
{
    public static TheoryData<string> WaysOut =>
    [
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/diagrams/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/diagrams/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..\\secret.txt",
        "/diagrams\\..\\..\\secret.txt",
        "/..%5csecret.txt",
        "/%2fetc%2fpasswd",
        "//etc/passwd",
        "/_talkdsl//etc/passwd",
        "/_talkdsl/%2fetc/passwd",
        "/_talkdsl/../../secret.txt",
        "/_talkdsl/%2e%2e/%2e%2e/secret.txt",
        "/link-out.txt",
        "/linked-folder/secret.txt",
        "/diagrams/",
        "/diagrams",
        "/_talkdsl/reveal.js/",
        "/_talkdsl/reveal.js/dist",
        "/secret.txt",
    ];

    [Fact]
    public async Task What_is_served_is_served()
    {
        PlantOutsideFiles();
        Assert.Equal(200, await StatusAsync("/"));
        Assert.Equal(200, await StatusAsync("/" + ServedExample.SlidesFile));
        Assert.Equal(200, await StatusAsync("/diagrams/dot.svg"));
        Assert.Equal(200, await StatusAsync("/_talkdsl/reveal.js/dist/reveal.js"));
        Assert.Equal(200, await StatusAsync("/_talkdsl/live.js"));
    }

    [Theory]
    [MemberData(nameof(WaysOut))]
    public async Task A_path_out_of_the_served_folders_gets_404(string path)
    {
        PlantOutsideFiles();
        Assert.True(File.Exists(Path.Combine(served.Root, "secret.txt")));

        Assert.Equal(404, await StatusAsync(path));
    }

    [Fact]
    public async Task A_non_loopback_address_is_refused_without_host()
    {
        var options = new PreviewOptions(Path.Combine(served.Root, "none.csproj")) { Host = IPAddress.Any, HostGiven = false, Port = 0, OpenBrowser = false };
        await using var session = new PreviewSession(options, TextWriter.Null);

        var refused = await Assert.ThrowsAsync<PreviewHostException>(() => PreviewServer.StartAsync(session, CancellationToken.None));

        Assert.Contains("--host", refused.Message, StringComparison.Ordinal);
        Assert.Contains("0.0.0.0", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASPNETCORE_URLS_does_not_widen_the_address()
    {
        var options = new PreviewOptions(Path.Combine(served.Root, "none.csproj")) { Port = 0, OpenBrowser = false };
        await using var session = new PreviewSession(options, TextWriter.Null);
        var before = Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        Environment.SetEnvironmentVariable("ASPNETCORE_URLS", "http://0.0.0.0:0");
        try
        {
            await using var server = await PreviewServer.StartAsync(session, CancellationToken.None);
            Assert.Equal("127.0.0.1", server.Address.Host);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_URLS", before);
        }
    }

    [Fact]
    public async Task Serving_beyond_loopback_with_host_prints_a_warning()
    {
        var stderr = new StringWriter();
        var options = new PreviewOptions(Path.Combine(served.Root, "missing", "none.csproj")) { Host = IPAddress.Any, HostGiven = true, Port = 0, OpenBrowser = false };

        var exit = await ServeCommand.RunAsync(options, TextWriter.Null, stderr, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.StartsWith("warning: serving on 0.0.0.0: other machines on the network can see these talks", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("none.csproj does not exist", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A file beside the media folder, a link in it to that file, and a link to the folder holding it.</summary>
    private void PlantOutsideFiles()
    {
        var secret = Path.Combine(served.Root, "secret.txt");
        if (!File.Exists(secret))
        {
            File.WriteAllText(secret, "not for the browser");
        }

        var link = Path.Combine(served.MediaFolder, "link-out.txt");
        if (!File.Exists(link))
        {
            File.CreateSymbolicLink(link, secret);
        }

        var folderLink = Path.Combine(served.MediaFolder, "linked-folder");
        if (!Directory.Exists(folderLink))
        {
            Directory.CreateSymbolicLink(folderLink, served.Root);
        }
    }

    /// <summary>The status code of a GET of <paramref name="target"/>, sent byte for byte.</summary>
    private async Task<int> StatusAsync(string target)
    {
        var origin = new Uri(served.Origin);
        using var client = new TcpClient();
        await client.ConnectAsync(origin.Host, origin.Port);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {origin.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        var parts = statusLine.Split(' ');
        return parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : -1;
    }
}
