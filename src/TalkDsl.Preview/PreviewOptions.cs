using System.Net;

namespace TalkDsl.Preview;

/// <summary>What <c>serve</c> was asked for.</summary>
/// <param name="ProjectFile">The talk project's <c>.csproj</c>.</param>
internal sealed record PreviewOptions(string ProjectFile)
{
    /// <summary>The port when none is given.</summary>
    public const int DefaultPort = 5217;

    /// <summary>The address to listen on: loopback unless <see cref="HostGiven"/>.</summary>
    public IPAddress Host { get; init; } = IPAddress.Loopback;

    /// <summary>Whether <c>--host</c> chose <see cref="Host"/>: a non-loopback address is refused without it.</summary>
    public bool HostGiven { get; init; }

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Open the index in the browser once serving.</summary>
    public bool OpenBrowser { get; init; } = true;

    /// <summary>The folder holding the talks' images: served beside the pages, and a save there reloads them.</summary>
    public string? MediaFolder { get; init; }

    /// <summary>
    /// A folder holding <c>reveal.js/</c> (its npm package: <c>dist/</c>, <c>plugin/</c>) and <c>mathjax/</c>
    /// (with <c>es5/tex-chtml-full.js</c>), served at <c>/_talkdsl/</c> instead of the copies TalkDsl bundles (null).
    /// </summary>
    public string? AssetsFolder { get; init; }

    /// <summary>The reveal.js theme of the slides.</summary>
    public string Theme { get; init; } = Rendering.SlidesOptions.DefaultTheme;

    /// <summary>Measure each talk's slides in headless chromium after it renders (<c>--layout</c>): the index lists each slide that does not fit (TALK018).</summary>
    public bool Layout { get; init; }

    /// <summary>MSBuild properties for each <c>dotnet build</c>, e.g. <c>-p:Configuration=Release</c>.</summary>
    public IReadOnlyList<string> BuildArguments { get; init; } = [];

    /// <summary>How long the files must stay quiet after a save before it is compiled (an editor may write in several steps).</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(15);
}
