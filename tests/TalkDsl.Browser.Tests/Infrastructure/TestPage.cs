using System.Collections.Concurrent;
using PuppeteerSharp;

namespace TalkDsl.Browser.Tests.Infrastructure;

/// <summary>
/// A browser tab under test. Every request is intercepted: those to the local server go through, any
/// other (a CDN, a font service…) is aborted and recorded, as is any local request that fails.
/// </summary>
public sealed class TestPage : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _offMachine = new();
    private readonly ConcurrentQueue<string> _failed = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private TestPage(IPage page) => Page = page;

    public IPage Page { get; }

    /// <summary>Requests that would have left this machine (refused).</summary>
    public IReadOnlyCollection<string> OffMachineRequests => _offMachine;

    /// <summary>Local requests that failed or got an error status (a missing script, font, …).</summary>
    public IReadOnlyCollection<string> FailedRequests => _failed;

    /// <summary>Uncaught errors in the page's scripts.</summary>
    public IReadOnlyCollection<string> PageErrors => _errors;

    public static async Task<TestPage> WatchAsync(IPage page, string origin)
    {
        var watched = new TestPage(page);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            if (url.StartsWith(origin + "/", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal))
            {
                await e.Request.ContinueAsync();
                return;
            }

            watched._offMachine.Enqueue(url);
            await e.Request.AbortAsync();
        };
        page.Response += (_, e) =>
        {
            // Chromium asks for /favicon.ico by itself; the page does not.
            if (e.Response.Status >= System.Net.HttpStatusCode.BadRequest && !e.Response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                watched._failed.Enqueue($"{(int)e.Response.Status} {e.Response.Url}");
            }
        };
        page.RequestFailed += (_, e) =>
        {
            if (e.Request.Url.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                watched._failed.Enqueue($"{e.Request.FailureText} {e.Request.Url}");
            }
        };
        page.PageError += (_, e) => watched._errors.Enqueue(e.Message);
        return watched;
    }

    /// <summary>Fails if the page asked for anything off this machine, a local request failed, or a script threw.</summary>
    public void AssertStayedLocal()
    {
        Assert.True(_offMachine.IsEmpty, "The page asked the network for: " + string.Join(", ", _offMachine));
        Assert.True(_failed.IsEmpty, "Local requests failed: " + string.Join(", ", _failed));
        Assert.True(_errors.IsEmpty, "The page's scripts failed: " + string.Join(" | ", _errors));
    }

    public Task<T> EvaluateAsync<T>(string script, params object[] args) => Page.EvaluateFunctionAsync<T>(script, args);

    public ValueTask DisposeAsync() => Page.DisposeAsync();
}
