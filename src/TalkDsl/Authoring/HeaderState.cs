using System.Collections.Immutable;
using TalkDsl.Model;

namespace TalkDsl.Authoring;

/// <summary>The header calls so far. Kept raw (a date may be impossible) so the rules can report it.</summary>
internal sealed record HeaderState
{
    public static HeaderState Empty { get; } = new();

    public string? Title { get; init; }

    public SourceSpot? TitleSpot { get; init; }

    public string? Subtitle { get; init; }

    public ImmutableList<(Author Author, SourceSpot Spot)> Authors { get; init; } = ImmutableList<(Author, SourceSpot)>.Empty;

    public (int Year, int Month, int Day)? Date { get; init; }

    public SourceSpot? DateSpot { get; init; }

    public string? Venue { get; init; }

    public string? Abstract { get; init; }

    public Transition Transition { get; init; } = Transition.Slide;

    public PaperSettings? Paper { get; init; }

    public TimeSpan? Duration { get; init; }

    public SourceSpot? DurationSpot { get; init; }

    public ImmutableList<NotationMacro> Notation { get; init; } = ImmutableList<NotationMacro>.Empty;

    public string? FileName { get; init; }

    /// <summary>The <c>.bib</c> files named, as written, with the call that named each (its file is where a relative path starts).</summary>
    public ImmutableList<(string Path, SourceSpot Spot)> Bibliographies { get; init; } = ImmutableList<(string, SourceSpot)>.Empty;

    /// <summary>The notation files named (<c>NotationFile(...)</c>), as written, with the call that named each.</summary>
    public ImmutableList<(string Path, SourceSpot Spot)> NotationFiles { get; init; } = ImmutableList<(string, SourceSpot)>.Empty;

    public string? Theme { get; init; }

    public ImmutableList<(string Path, SourceSpot Spot)> Stylesheets { get; init; } = ImmutableList<(string, SourceSpot)>.Empty;

    /// <summary>The date if it exists; an impossible one is reported by TALK010 and left out.</summary>
    public DateOnly? ValidDate => Date is var (y, m, d) && Rules.TalkRules.IsValidDate(y, m, d)
        ? new DateOnly(y, m, d)
        : null;

    public TalkMetadata ToMetadata() => new(
        Title, Subtitle, Authors.Select(a => a.Author).ToValueList(), ValidDate, Venue, Abstract, Transition, Paper, Duration)
    {
        Notation = NotationFiles.Count == 0 ? Notation.ToValueList() : NotationTables.Merge(Notation, NotationFiles.Select(n => Rules.Citations.BibliographyPaths.Resolve(n.Spot.File, n.Path))),
        FileName = FileName,
        Theme = Theme,
        Stylesheets = Stylesheets.Select(s => s.Path).ToValueList(),
    };
}
