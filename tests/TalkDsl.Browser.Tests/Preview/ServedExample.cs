using PuppeteerSharp;
using TalkDsl.Browser.Tests.Infrastructure;
using TalkDsl.Preview;
using TalkDsl.Preview.Serving;
using TalkDsl.Preview.Site;
using TalkDsl.Testing;

namespace TalkDsl.Browser.Tests.Preview;

/// <summary>
/// A copy of the example in a temporary folder (the repository's files are never edited), served by the
/// preview with the reveal.js and MathJax TalkDsl bundles, and one headless chromium. Built once for
/// every test of the collection: the first build of the copy is the slow part.
/// </summary>
public sealed class ServedExample : IAsyncLifetime
{
    public const string TalkName = "AccelerateSparkInformationSession";

    public const string SlidesFile = "accelerate-spark-information-session.slides.html";

    private readonly StringWriter _printed = new();
    private DirectoryInfo? _temp;
    private PreviewSession? _session;
    private PreviewServer? _server;
    private IBrowser? _browser;

    /// <summary>The copy's talk file, which tests edit (and put back).</summary>
    public string TalkFile { get; private set; } = "";

    /// <summary>The temporary folder holding the copy, the media folder and a file outside both.</summary>
    public string Root => _temp!.FullName;

    /// <summary>The media folder served beside the pages (holds <c>diagrams/dot.svg</c>).</summary>
    public string MediaFolder => Path.Combine(Root, "media");

    internal PreviewSite Site => _session!.Site;

    /// <summary>What the preview printed: shown when it does not follow a change in time.</summary>
    public TextWriter Log => TextWriter.Synchronized(_printed);

    /// <summary>E.g. <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public string Origin => _server!.Address.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        // What the browser needs is checked before the slow build.
        BrowserSetup.FindChromium(Environment.GetEnvironmentVariable(BrowserSetup.ChromiumVariable));
        _temp = Directory.CreateTempSubdirectory("talkdsl-serve-");
        var project = ExampleCopy.Create(_temp.FullName);
        TalkFile = Path.Combine(Path.GetDirectoryName(project)!, "AccelerateSparkInformationSession.cs");
        Directory.CreateDirectory(Path.Combine(MediaFolder, "diagrams"));
        File.WriteAllText(Path.Combine(MediaFolder, "diagrams", "dot.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");

        var options = new PreviewOptions(project)
        {
            Port = 0,
            OpenBrowser = false,
            MediaFolder = MediaFolder,
            // The index lists the slides that do not fit (LayoutIndexTests); measured after each push, off the reload's path.
            Layout = true,
            // The repository's projects are built already, in the configuration these tests run in.
            BuildArguments = ["-p:Configuration=" + Configuration(), "-p:BuildProjectReferences=false"],
        };
        _session = new PreviewSession(options, Log);
        await _session.StartAsync(CancellationToken.None);
        _server = await PreviewServer.StartAsync(_session, CancellationToken.None);

        _browser = await BrowserSetup.LaunchAsync(Path.Combine(_temp.FullName, "profile"), BrowserFixture.TabTimeoutMs);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _temp?.Delete(recursive: true);
    }

    public IBrowser Browser => _browser!;

    /// <summary>Opens a served page in a new tab that refuses requests off this machine.</summary>
    public async Task<TestPage> OpenAsync(string path)
    {
        var page = await _browser!.NewPageAsync();
        page.DefaultTimeout = BrowserFixture.TabTimeoutMs;
        page.DefaultNavigationTimeout = BrowserFixture.TabTimeoutMs;
        var watched = await TestPage.WatchAsync(page, [], Origin);
        await page.GoToAsync(Origin + path, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = BrowserFixture.TabTimeoutMs });
        return watched;
    }

    /// <summary>Puts the talk file back as it was and waits until the preview has followed (no errors, the original heading served).</summary>
    public async Task RestoreTalkFileAsync(string original)
    {
        if (await File.ReadAllTextAsync(TalkFile) == original)
        {
            return;
        }

        await File.WriteAllTextAsync(TalkFile, original);
        await WaitUntilAsync(() => Site.Find(TalkName) is { HasErrors: false } talk && talk.SlidesHtml is { } html && html.Contains(">Welcome</h2>", StringComparison.Ordinal));
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after two minutes (a hung preview, not a speed check).</summary>
    public async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(BrowserFixture.TabTimeoutMs);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The preview did not follow the change in time. It printed:\n" + _printed);
            await Task.Delay(50);
        }
    }

    /// <summary>Debug or Release: the configuration of this test assembly, which the repository's projects were built in.</summary>
    private static string Configuration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}

/// <summary>The tests that share one served copy of the example.</summary>
[CollectionDefinition(Name)]
public sealed class ServedExampleCollection : ICollectionFixture<ServedExample>
{
    public const string Name = "served example";
}
