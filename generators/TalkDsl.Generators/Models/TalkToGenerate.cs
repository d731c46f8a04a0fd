using TalkDsl.Generators.Helpers;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Generators.Models;

/// <summary>
/// One call of the replay: a writer event (the same events <c>TalkReplay.Replay</c> sends) for a body call of
/// the talk or of a part it replays itself, read without locations; or, for an <c>Include</c> of a part with a
/// generated replay member, a call of that member (<see cref="PartReplayer"/>).
/// </summary>
internal sealed record TalkEvent(StepInfo Step, string? PartReplayer = null)
{
    /// <summary>For an include of a part without a replay member (a referenced assembly's), expanded in place: where
    /// its events start (<see cref="InlinePart.Open"/>, the include's step) and end.</summary>
    public InlinePart Inline { get; init; }
}

/// <summary>Marks the events of a part expanded in place: they replay as a part's member does, in the include's
/// output (<c>shownIn</c>) and the first time that output includes the part.</summary>
internal enum InlinePart
{
    None,
    Open,
    Close,
}

/// <summary>A <c>Sections</c> constant: a heading's PascalCase name and its anchor.</summary>
internal sealed record SectionConstant(string Name, HeadingLevel Level, string Title, string Anchor);

/// <summary>A heading of the outline.</summary>
internal sealed record OutlineHeadingInfo(HeadingLevel Level, string Title, string Anchor);

/// <summary>The compile-time <c>TalkOutline</c>.</summary>
internal sealed record OutlineInfo(
    string Title,
    EquatableArray<OutlineHeadingInfo> Headings,
    int SlideCount,
    int SlideWords,
    int NotesWords,
    int SpeakerNotesWords,
    long EstimatedTicks);

/// <summary>
/// Everything the emitter writes for one <c>[Talk]</c>. <see cref="Outline"/> is null when the talk holds
/// run-time content (the outline is then computed when asked); <see cref="Metadata"/> is non-null only when
/// the talk is replayed from constants, in which case <see cref="Events"/> is the whole replay. A replayed
/// talk that names bibliographies has <see cref="Needs"/> until its entries are looked up (<see cref="Cited"/>).
/// </summary>
internal sealed record TalkToGenerate(
    ContainingTypeInfo Type,
    string MemberName,
    bool IsProperty,
    string Name,
    EquatableArray<SectionConstant> Sections,
    OutlineInfo? Outline,
    HeaderInfo? Metadata,
    EquatableArray<TalkEvent> Events,
    CitationNeeds? Needs = null,
    EquatableArray<BibReference> Cited = default);

/// <summary>One line of <c>TalkCatalog.All</c>.</summary>
internal sealed record CatalogEntry(string TypeGlobalName, string Name);

/// <summary>The assembly's <c>TalkCatalog</c>: its namespace and every talk in a stable order.</summary>
internal sealed record CatalogInfo(string Namespace, EquatableArray<CatalogEntry> Entries);
