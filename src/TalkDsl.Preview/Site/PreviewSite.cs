using System.Collections.Immutable;
using System.Threading.Channels;

namespace TalkDsl.Preview.Site;

/// <summary>
/// What the preview serves, swapped whole on each change (requests read a consistent snapshot without a
/// lock): every talk's entry in the catalog's order, the project's errors outside any talk, and the
/// subscribers of each talk's Server-Sent Events, told of each change as it is committed.
/// </summary>
internal sealed class PreviewSite
{
    /// <summary>The subscription of the index page: it hears of every talk.</summary>
    public const string Everything = "*";

    private readonly object _gate = new();
    private readonly List<(string Talk, Channel<TalkStatus> Channel)> _subscribers = [];
    private State _state = new([], [], 0);

    private sealed record State(ImmutableArray<TalkEntry> Talks, ImmutableArray<PreviewDiagnostic> ProjectDiagnostics, long Clock);

    /// <summary>Every talk, in the catalog's order.</summary>
    public ImmutableArray<TalkEntry> Talks => _state.Talks;

    /// <summary>The errors and warnings not inside any talk's member (a part, a helper class, a broken file): an error there stops every talk.</summary>
    public ImmutableArray<PreviewDiagnostic> ProjectDiagnostics => _state.ProjectDiagnostics;

    /// <summary>Moves on with every commit that changed something; the index page's version.</summary>
    public long Version => _state.Clock;

    /// <summary>Raised after a commit with the statuses pushed to subscribers (the benchmark times this).</summary>
    public event Action<IReadOnlyList<TalkStatus>>? Pushed;

    public TalkEntry? Find(string talkName) => _state.Talks.FirstOrDefault(t => t.Name == talkName);

    /// <summary>The talk and page (<c>slides</c> or <c>notes</c>) served at <paramref name="fileName"/>, e.g. <c>my-talk.slides.html</c>.</summary>
    public (TalkEntry Talk, string Page)? FindPage(string fileName)
    {
        foreach (var talk in _state.Talks)
        {
            if (talk.Files is not { } files)
            {
                continue;
            }

            if (files.Slides == fileName)
            {
                return (talk, "slides");
            }

            if (files.Notes == fileName)
            {
                return (talk, "notes");
            }
        }

        return null;
    }

    /// <summary>
    /// Replaces every talk with <paramref name="talks"/> (their versions are set here: a talk whose pages are
    /// unchanged keeps its pages version, so open pages do not reload for nothing) and tells the subscribers
    /// of each talk that changed.
    /// </summary>
    public void Commit(IReadOnlyList<TalkEntry> talks, ImmutableArray<PreviewDiagnostic> projectDiagnostics, bool reloadAll = false)
    {
        List<TalkStatus> statuses;
        lock (_gate)
        {
            var before = _state.Talks.ToDictionary(t => t.Name, StringComparer.Ordinal);
            var tick = _state.Clock + 1;
            var projectChanged = !projectDiagnostics.SequenceEqual(_state.ProjectDiagnostics);
            var next = new List<TalkEntry>(talks.Count);
            var changed = new List<TalkEntry>();
            foreach (var talk in talks)
            {
                var old = before.GetValueOrDefault(talk.Name);
                var samePages = !reloadAll && old is not null && old.SlidesHtml == talk.SlidesHtml && old.NotesHtml == talk.NotesHtml;
                var entry = talk with
                {
                    PagesVersion = samePages ? old!.PagesVersion : tick,
                    Version = samePages && old!.SameAs(talk) && !projectChanged ? old.Version : tick,
                };
                next.Add(entry);
                if (entry.Version == tick)
                {
                    changed.Add(entry);
                }
            }

            var removed = before.Keys.Except(talks.Select(t => t.Name)).ToList();
            if (changed.Count == 0 && removed.Count == 0 && !projectChanged)
            {
                return;
            }

            _state = new State([.. next], projectDiagnostics, tick);
            var projectErrors = projectDiagnostics.Where(d => d.IsError).ToList();
            statuses = [
                .. changed.Select(t => TalkStatus.Of(t, projectErrors)),
                .. removed.Select(name => new TalkStatus(name, tick, tick, true, [])),
                new TalkStatus(Everything, tick, tick, false, []),
            ];
            foreach (var status in statuses)
            {
                foreach (var (talk, channel) in _subscribers)
                {
                    if (talk == status.Talk)
                    {
                        channel.Writer.TryWrite(status);
                    }
                }
            }
        }

        Pushed?.Invoke(statuses);
    }

    /// <summary>
    /// Follows one talk (or <see cref="Everything"/>): the channel gets its current status at once (a page
    /// opened between a change and its push still hears of it), then each change. Dispose to stop.
    /// </summary>
    public Subscription Subscribe(string talk)
    {
        var channel = Channel.CreateUnbounded<TalkStatus>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            var entry = Find(talk);
            var current = talk == Everything
                ? new TalkStatus(Everything, _state.Clock, _state.Clock, false, [])
                : entry is null
                    ? new TalkStatus(talk, _state.Clock, _state.Clock, true, [])
                    : TalkStatus.Of(entry, _state.ProjectDiagnostics.Where(d => d.IsError));
            channel.Writer.TryWrite(current);
            _subscribers.Add((talk, channel));
        }

        return new Subscription(channel.Reader, () =>
        {
            lock (_gate)
            {
                _subscribers.RemoveAll(s => s.Channel == channel);
            }

            channel.Writer.TryComplete();
        });
    }

    /// <summary>A subscription's statuses; disposing it unsubscribes.</summary>
    public sealed class Subscription(ChannelReader<TalkStatus> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<TalkStatus> Reader { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}
