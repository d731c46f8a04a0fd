using System.Net;
using System.Net.Sockets;

namespace TalkDsl.Browser.Tests.Infrastructure;

/// <summary>
/// A tiny static file server on 127.0.0.1 for the pages under test: each URL prefix (e.g. <c>/talk/</c>)
/// maps to a folder. Requests outside the folders get 404; nothing but files is served.
/// </summary>
internal sealed class LocalServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".map"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
        [".eot"] = "application/vnd.ms-fontobject",
    };

    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, string> _folders;
    private readonly Task _loop;

    public LocalServer(IReadOnlyDictionary<string, string> folders)
    {
        _folders = folders.ToDictionary(f => "/" + f.Key.Trim('/') + "/", f => Path.GetFullPath(f.Value));
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>E.g. <c>http://127.0.0.1:41234</c>, without a trailing slash.</summary>
    public string Origin { get; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop.ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await RespondAsync(context).ConfigureAwait(false);
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        var file = Resolve(Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/"));
        if (file is null)
        {
            response.StatusCode = 404;
            return;
        }

        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
        response.ContentLength64 = bytes.Length;
        try
        {
            await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        }
        catch (HttpListenerException)
        {
            // The browser went away mid-response (a page closed while loading); nothing to do.
        }
    }

    private string? Resolve(string path)
    {
        foreach (var (prefix, folder) in _folders)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var full = Path.GetFullPath(Path.Combine(folder, path[prefix.Length..]));
            return full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
        }

        return null;
    }
}
