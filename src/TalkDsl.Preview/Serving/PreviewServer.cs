using System.Net;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalkDsl.Output;
using TalkDsl.Preview.Site;

namespace TalkDsl.Preview.Serving;

/// <summary>
/// The preview's web server (Kestrel): the index at <c>/</c>, each talk's pages at their file names, the
/// live script and each talk's Server-Sent Events under <c>/_talkdsl/</c>, the slides runtime (TalkDsl's
/// bundled reveal.js and MathJax, or an assets folder's) under <c>/_talkdsl/</c>, and the media folder's files at their relative paths. Nothing
/// else: no listings, and a path that tries to leave a folder gets 404. It listens on loopback unless
/// <c>--host</c> chose another address.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>E.g. <c>http://127.0.0.1:5217/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Cancelled when the host is asked to stop (SIGTERM: ASP.NET Core's console lifetime takes that signal).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Starts serving <paramref name="session"/>'s site.</summary>
    /// <exception cref="PreviewHostException">A non-loopback address without <c>--host</c>, or the port is taken.</exception>
    public static async Task<PreviewServer> StartAsync(PreviewSession session, CancellationToken cancellation)
    {
        var options = session.Options;
        if (!IPAddress.IsLoopback(options.Host) && !options.HostGiven)
        {
            throw new PreviewHostException(
                $"The preview serves only this machine (loopback) unless asked: {options.Host} is not a loopback address. "
                + "Give --host ADDRESS to serve other machines on the network too.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(PreviewServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        // Only the address asked for: ASPNETCORE_URLS or --urls in the environment must not widen it.
        builder.WebHost.UseSetting(WebHostDefaults.PreferHostingUrlsKey, "false");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.Host, options.Port));

        var app = builder.Build();
        var assets = options.AssetsFolder is null ? null : new SafeFiles(options.AssetsFolder);
        var media = options.MediaFolder is null ? null : new SafeFiles(options.MediaFolder);
        var site = session.Site;

        app.MapGet("/", () => Results.Content(IndexPage.Render(site, options.ProjectFile), "text/html; charset=utf-8"));
        app.MapGet(TalkPages.ScriptPath, () => Results.Text(LiveScript.Value, "text/javascript; charset=utf-8"));
        app.MapGet("/_talkdsl/events", (string? talk, CancellationToken aborted) =>
            TypedResults.ServerSentEvents(Follow(site, string.IsNullOrEmpty(talk) ? PreviewSite.Everything : talk, aborted)));
        app.MapGet("/{**path}", (HttpContext context, string? path) => Serve(context, path ?? "", site, assets, media));

        try
        {
            await app.StartAsync(cancellation).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new PreviewHostException($"The preview could not listen on {options.Host}:{options.Port}: {ex.Message} Give another port with --port N (0 picks a free one).");
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static IResult Serve(HttpContext context, string path, PreviewSite site, SafeFiles? assets, SafeFiles? media)
    {
        // Kestrel has already removed dot segments; whatever still looks like an escape attempt in the raw target is refused outright.
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (raw.Contains("..", StringComparison.Ordinal) || raw.Contains('\\', StringComparison.Ordinal)
            || raw.Contains("%2e", StringComparison.OrdinalIgnoreCase) || raw.Contains("%5c", StringComparison.OrdinalIgnoreCase)
            || raw.Contains("%2f", StringComparison.OrdinalIgnoreCase) || raw.Contains("%00", StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        const string AssetsPrefix = "_talkdsl/";
        if (path.StartsWith(AssetsPrefix, StringComparison.Ordinal))
        {
            var asset = path[AssetsPrefix.Length..];
            if (assets is null)
            {
                // The runtime TalkDsl carries: only a name it lists is served, so no path can lead anywhere else.
                return BundledAssets.Paths.Contains(asset, StringComparer.Ordinal)
                    ? Results.Stream(BundledAssets.Open(asset), ContentTypes.TryGetContentType(asset, out var type) ? type : "application/octet-stream")
                    : Results.NotFound();
            }

            return File(assets.Resolve(asset));
        }

        if (!path.Contains('/', StringComparison.Ordinal) && site.FindPage(path) is var (talk, page))
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Content(TalkPages.Serve(talk, page), "text/html; charset=utf-8");
        }

        return File(media?.Resolve(path));
    }

    private static IResult File(string? file)
    {
        if (file is null)
        {
            return Results.NotFound();
        }

        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return Results.File(file, type);
    }

    private static async IAsyncEnumerable<SseItem<string>> Follow(PreviewSite site, string talk, [EnumeratorCancellation] CancellationToken aborted)
    {
        using var subscription = site.Subscribe(talk);
        await foreach (var status in subscription.Reader.ReadAllAsync(aborted).ConfigureAwait(false))
        {
            yield return new SseItem<string>(JsonSerializer.Serialize(status, JsonSerializerOptions.Web), "talk");
        }
    }

    private static readonly Lazy<string> LiveScript = new(() =>
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("TalkDsl.Preview.live.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}

/// <summary>The preview cannot listen where it was asked to; the message says what to do.</summary>
internal sealed class PreviewHostException(string message) : Exception(message);
