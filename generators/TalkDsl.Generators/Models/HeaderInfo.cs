using TalkDsl.Generators.Helpers;

namespace TalkDsl.Generators.Models;

/// <summary>An <c>Author(...)</c> call, values trimmed and blanks dropped as the builder does.</summary>
internal sealed record AuthorInfo(
    string? Given,
    string? Family,
    string? Institute,
    string? Url,
    string? Twitter,
    string? GScholar,
    string? Orcid,
    LocationInfo? Call,
    LocationInfo? UrlArgument,
    LocationInfo? TwitterArgument);

/// <summary>
/// The header calls of a talk chain (lamd's front matter) as constants. The first call whose value is
/// computed at run time is named in <see cref="DynamicCall"/>; <see cref="IsInvalid"/> marks a constant the
/// builder would refuse.
/// </summary>
internal sealed record HeaderInfo
{
    public static HeaderInfo Empty { get; } = new();

    public bool HasTitleCall { get; init; }

    public string? Title { get; init; }

    public bool TitleIsDynamic { get; init; }

    public LocationInfo? TitleCall { get; init; }

    public LocationInfo? TitleArgument { get; init; }

    public string? Subtitle { get; init; }

    public EquatableArray<AuthorInfo> Authors { get; init; } = EquatableArray<AuthorInfo>.Empty;

    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public LocationInfo? DateCall { get; init; }

    public string? Venue { get; init; }

    /// <summary>The <c>FileName(...)</c> the talk's files take, or null for the title's slug.</summary>
    public string? FileName { get; init; }

    public string? Abstract { get; init; }

    public Transition Transition { get; init; } = Transition.Slide;

    public PaperSize? PaperSize { get; init; }

    public string? PaperMargin { get; init; }

    public long? DurationTicks { get; init; }

    public LocationInfo? DurationCall { get; init; }

    /// <summary>The <c>Notation(...)</c> calls, in order.</summary>
    public EquatableArray<NotationInfo> Notation { get; init; } = EquatableArray<NotationInfo>.Empty;

    /// <summary>The <c>NotationFile(...)</c> calls, in order (read at run time, checked by the analyzer).</summary>
    public EquatableArray<BibliographyInfo> NotationFiles { get; init; } = EquatableArray<BibliographyInfo>.Empty;

    /// <summary>The <c>Bibliography(...)</c> calls, in order.</summary>
    public EquatableArray<BibliographyInfo> Bibliographies { get; init; } = EquatableArray<BibliographyInfo>.Empty;

    /// <summary>The reveal.js theme (<c>Theme(...)</c>), trimmed; null for the default.</summary>
    public string? Theme { get; init; }

    /// <summary>The <c>Stylesheet(...)</c> paths, trimmed, in order.</summary>
    public EquatableArray<string> Stylesheets { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The header constants the builder refuses (TALK014).</summary>
    public EquatableArray<RefusalInfo> Refusals { get; init; } = EquatableArray<RefusalInfo>.Empty;

    public string? DynamicCall { get; init; }

    public LocationInfo? DynamicLocation { get; init; }

    public bool IsInvalid { get; init; }

    /// <summary>Whether every header value is a constant the builder accepts.</summary>
    public bool IsConstant => DynamicCall is null && !IsInvalid;
}
