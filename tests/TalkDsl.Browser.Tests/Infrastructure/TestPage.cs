using System.Collections.Concurrent;
using PuppeteerSharp;

namespace TalkDsl.Browser.Tests.Infrastructure;

/// <summary>
/// A browser tab under test, opened from <c>file://</c>. Every request is intercepted: files go through, any
/// other (a CDN, a font service, even <c>data:</c>) is aborted and recorded as a network request, as is any
/// file that fails to load.
/// </summary>
public sealed class TestPage : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _offMachine = new();
    private readonly ConcurrentQueue<string> _failed = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly IReadOnlyCollection<string> _blocked;

    private TestPage(IPage page, IReadOnlyCollection<string> blocked)
    {
        Page = page;
        _blocked = blocked;
    }

    public IPage Page { get; }

    /// <summary>Requests that would have left the file system (refused).</summary>
    public IReadOnlyCollection<string> OffMachineRequests => _offMachine;

    /// <summary>Files that failed to load (a missing script, font, …), other than those blocked on purpose.</summary>
    public IReadOnlyCollection<string> FailedRequests => _failed;

    /// <summary>Uncaught errors in the page's scripts.</summary>
    public IReadOnlyCollection<string> PageErrors => _errors;

    /// <param name="page">The tab.</param>
    /// <param name="blocked">The <c>file://</c> URLs to refuse as if they had failed to load.</param>
    /// <param name="origin">A server on this machine whose pages count as local too (the live preview's), e.g. <c>http://127.0.0.1:5217</c>.</param>
    public static async Task<TestPage> WatchAsync(IPage page, IReadOnlyCollection<string> blocked, string? origin = null)
    {
        bool Local(string url) => url.StartsWith("file:", StringComparison.Ordinal) || (origin is not null && url.StartsWith(origin + "/", StringComparison.Ordinal));

        var watched = new TestPage(page, blocked);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            if (blocked.Contains(url))
            {
                await e.Request.AbortAsync();
            }
            else if (Local(url))
            {
                await e.Request.ContinueAsync();
            }
            else
            {
                watched._offMachine.Enqueue(url);
                await e.Request.AbortAsync();
            }
        };
        page.RequestFailed += (_, e) =>
        {
            if (Local(e.Request.Url) && !blocked.Contains(e.Request.Url))
            {
                watched._failed.Enqueue($"{e.Request.FailureText} {e.Request.Url}");
            }
        };
        page.PageError += (_, e) => watched._errors.Enqueue(e.Message);
        return watched;
    }

    /// <summary>Fails if the page asked for anything but files, a file failed to load, or a script threw.</summary>
    public void AssertStayedLocal()
    {
        Assert.True(_offMachine.IsEmpty, "The page asked the network for: " + string.Join(", ", _offMachine));
        Assert.True(_failed.IsEmpty, "Files failed to load: " + string.Join(", ", _failed));
        Assert.True(_errors.IsEmpty, "The page's scripts failed: " + string.Join(" | ", _errors));
    }

    public Task<T> EvaluateAsync<T>(string script, params object[] args) => Page.EvaluateFunctionAsync<T>(script, args);

    public ValueTask DisposeAsync() => Page.DisposeAsync();
}
