using System.Reflection;
using TalkDsl.Formats;

namespace TalkDsl.Hosting;

/// <summary>
/// A talk project's own defaults for the host's options, set as MSBuild properties (TalkDsl.props writes each
/// as an <see cref="AssemblyMetadataAttribute"/>): <c>TalkDslMediaFolder</c> for <c>--media</c> (used while the
/// folder exists), <c>TalkDslFormats</c> for <c>--format</c>, <c>TalkDslStylesheet</c> for <c>--css</c>. The command
/// line still wins. <c>talk import</c> sets them from lamd's <c>_lamd.yml</c> (diagramsdir, the output switches).
/// </summary>
/// <param name="MediaFolder">The media folder, when the project names one that exists.</param>
/// <param name="Formats">The formats to write; null for <see cref="TalkFormats.Default"/>.</param>
/// <param name="Stylesheet">The stylesheet to link from every page, if any.</param>
public sealed record TalkProjectDefaults(string? MediaFolder, IReadOnlyList<TalkFormat>? Formats, string? Stylesheet)
{
    public const string MediaFolderKey = "TalkDsl.MediaFolder";
    public const string FormatsKey = "TalkDsl.Formats";
    public const string StylesheetKey = "TalkDsl.Stylesheet";

    /// <summary>No defaults: the options' own.</summary>
    public static TalkProjectDefaults None { get; } = new(null, null, null);

    /// <summary>The defaults <paramref name="assembly"/> (a talk project) carries.</summary>
    /// <exception cref="InvalidOperationException">TalkDslFormats names a format there is none of.</exception>
    public static TalkProjectDefaults Of(Assembly? assembly)
    {
        var metadata = assembly?.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => !string.IsNullOrWhiteSpace(a.Value))
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value!.Trim(), StringComparer.Ordinal) ?? [];
        var media = metadata.GetValueOrDefault(MediaFolderKey) is { } folder && Directory.Exists(folder) ? folder : null;
        IReadOnlyList<TalkFormat>? formats = null;
        if (metadata.GetValueOrDefault(FormatsKey) is { } names)
        {
            try
            {
                formats = TalkFormats.Parse(names);
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException($"The project's TalkDslFormats property ('{names}') does not read: {e.Message} Correct it in the project file.", e);
            }
        }

        return new TalkProjectDefaults(media, formats, metadata.GetValueOrDefault(StylesheetKey));
    }
}
