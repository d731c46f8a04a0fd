using System.ComponentModel;
using TalkDsl.Rules;

namespace TalkDsl.Rendering;

/// <summary>
/// What a replay carries from event to event: the writer, the notes headings' anchors given so far (each
/// pandoc anchor once per talk), the parts already included (lamd includes each part once per talk), and
/// the output the current include shows in (the writer's <see cref="ITalkWriter.Output"/> is all it replays). <see cref="TalkReplay"/> and the generated renderers both replay
/// through it, so a part's headings get the same anchors whether the talk is built at run time or replayed
/// from a part's generated member, which every talk that includes the part calls.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class ReplayContext
{
    private readonly PandocIdentifierSet _anchors = new();
    private readonly HashSet<string> _included = new(StringComparer.Ordinal);
    private readonly ITalkWriter _writer;

    // Which outputs the current scope shows in (ShownIn): both at the top, one or none inside one-output includes.
    private bool _inSlides = true;
    private bool _inNotes = true;

    public ReplayContext(ITalkWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer.Output is not (ContentTarget.Slides or ContentTarget.Notes))
        {
            throw new ArgumentException($"{writer.GetType().Name}.Output is {writer.Output}: a writer makes the slides or the notes (ContentTarget.Slides or ContentTarget.Notes).", nameof(writer));
        }

        _writer = writer;
    }

    /// <summary>The writer the events go to; a part's generated member reaches it only when its include shows in the writer's output.</summary>
    public ITalkWriter Writer => _writer;

    /// <summary>
    /// Sends a heading, when the writer's output shows it, with the next anchor for its title (none for a
    /// <see cref="HeadingLevel.NewSlide"/>). As in lamd, where each build runs pandoc on its own text, the anchors
    /// are those of the headings the writer's output shows: the notes' are the outline's.
    /// </summary>
    /// <param name="shownIn">The one output the heading shows in, or both (lamd's <c>\notes{\subsection{…}}</c>).</param>
    public void Heading(HeadingLevel level, string? title, ContentTarget shownIn = ContentTarget.Both)
    {
        var (inSlides, inNotes) = Within(shownIn);
        if (Shows(inSlides, inNotes))
        {
            _writer.Heading(level, title, level == HeadingLevel.NewSlide ? null : _anchors.Next(title ?? string.Empty));
        }
    }

    /// <summary>Sends the "Thanks!" section with its anchor.</summary>
    public void Thanks() => Writer.Thanks(_anchors.Next(TalkRules.ThanksTitle));

    /// <summary>Sends the References section with its anchor.</summary>
    public void References() => Writer.References(_anchors.Next(TalkRules.ReferencesTitle));

    /// <summary>
    /// Whether the part with this key (its member's documentation id) is included for the first time in the writer's
    /// output, where the current scope shows (<see cref="ShownIn"/>); it is replayed only then. As lamd's guards are set
    /// per build, a part first included in the notes only is included in the slides where it comes again.
    /// </summary>
    public bool Include(string partKey) => Shows(_inSlides, _inNotes) && _included.Add(partKey);

    /// <summary>
    /// Until the scope is disposed, what is replayed shows in <paramref name="shownIn"/> only (an include shown in one
    /// output, <c>Include(part, shownIn: …)</c>); scopes nest by intersection, as lamd's <c>\slides{}</c>/<c>\notes{}</c> do.
    /// </summary>
    public IDisposable ShownIn(ContentTarget shownIn)
    {
        var scope = new Scope(this, _inSlides, _inNotes);
        (_inSlides, _inNotes) = Within(shownIn);
        return scope;
    }

    /// <summary>Whether what shows in <paramref name="shownIn"/>, in the current scope, reaches this writer.</summary>
    public bool Shows(ContentTarget shownIn)
    {
        var (inSlides, inNotes) = Within(shownIn);
        return Shows(inSlides, inNotes);
    }

    private (bool InSlides, bool InNotes) Within(ContentTarget shownIn)
    {
        if (ValueChecks.ShownIn(shownIn) is { } problem)
        {
            throw new ArgumentException(problem, nameof(shownIn));
        }

        return (_inSlides && shownIn != ContentTarget.Notes, _inNotes && shownIn != ContentTarget.Slides);
    }

    private bool Shows(bool inSlides, bool inNotes) => _writer.Output == ContentTarget.Slides ? inSlides : inNotes;

    private sealed class Scope(ReplayContext replay, bool inSlides, bool inNotes) : IDisposable
    {
        public void Dispose() => (replay._inSlides, replay._inNotes) = (inSlides, inNotes);
    }
}
