using System.ComponentModel;
using TalkDsl.Rules;

namespace TalkDsl.Rendering;

/// <summary>
/// What a replay carries from event to event: the writer, the notes headings' anchors given so far (each
/// pandoc anchor once per talk), and the parts already included (lamd includes each part once per talk).
/// <see cref="TalkReplay"/> and the generated renderers both replay through it, so a part's headings get the
/// same anchors whether the talk is built at run time or replayed from a part's generated member, which
/// every talk that includes the part calls.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class ReplayContext
{
    private readonly PandocIdentifierSet _anchors = new();
    private readonly HashSet<string> _included = new(StringComparer.Ordinal);

    public ReplayContext(ITalkWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Writer = writer;
    }

    public ITalkWriter Writer { get; }

    /// <summary>Sends a heading; a notes heading (any level but <see cref="HeadingLevel.NewSlide"/>) gets the next anchor for its title.</summary>
    public void Heading(HeadingLevel level, string? title) =>
        Writer.Heading(level, title, level == HeadingLevel.NewSlide ? null : _anchors.Next(title ?? string.Empty));

    /// <summary>Sends the "Thanks!" section with its anchor.</summary>
    public void Thanks() => Writer.Thanks(_anchors.Next(TalkRules.ThanksTitle));

    /// <summary>Sends the References section with its anchor.</summary>
    public void References() => Writer.References(_anchors.Next(TalkRules.ReferencesTitle));

    /// <summary>Whether the part with this key (its member's documentation id) is included for the first time in the talk; it is replayed only then.</summary>
    public bool Include(string partKey) => _included.Add(partKey);
}
