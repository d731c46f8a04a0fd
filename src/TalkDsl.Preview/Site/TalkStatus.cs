using System.Collections.Immutable;

namespace TalkDsl.Preview.Site;

/// <summary>
/// What an open page is told over Server-Sent Events: the talk's version (the page reloads in place when
/// <see cref="PagesVersion"/> is newer than its own) and its errors (shown in an overlay while any remain).
/// </summary>
/// <param name="Talk">The talk's name; <c>*</c> for the index (any talk changed).</param>
/// <param name="Removed">The talk is no longer in the project.</param>
internal sealed record TalkStatus(string Talk, long Version, long PagesVersion, bool Removed, ImmutableArray<StatusDiagnostic> Errors)
{
    public static TalkStatus Of(TalkEntry entry, IEnumerable<PreviewDiagnostic> projectErrors) => new(
        entry.Name,
        entry.Version,
        entry.PagesVersion,
        false,
        [.. entry.Diagnostics.Where(d => d.IsError).Concat(projectErrors).Distinct().Select(StatusDiagnostic.Of)]);
}

/// <summary>One error in the overlay: <c>File.cs(12,9)</c>, the id and message, the docs page.</summary>
internal sealed record StatusDiagnostic(string Location, string Id, string Message, string? HelpLink)
{
    public static StatusDiagnostic Of(PreviewDiagnostic diagnostic) => new(diagnostic.Location, diagnostic.Id, diagnostic.Message, diagnostic.HelpLink);
}
