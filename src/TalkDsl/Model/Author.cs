namespace TalkDsl.Model;

/// <summary>An author as lamd's front matter describes one.</summary>
public sealed record Author(
    string? Given = null,
    string? Family = null,
    string? Institute = null,
    string? Url = null,
    string? Twitter = null,
    string? GScholar = null,
    string? Orcid = null)
{
    /// <summary>"Given Family", or whichever of the two is present.</summary>
    public string DisplayName => string.Join(" ", new[] { Given, Family }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));

    /// <summary>The twitter handle without a leading <c>@</c>, or null.</summary>
    public string? TwitterHandle => string.IsNullOrWhiteSpace(Twitter) ? null : Twitter.Trim().TrimStart('@');
}
