using System.Collections.Concurrent;
using TalkDsl.Model;
using TalkDsl.Rules;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Authoring;

/// <summary>
/// Reads the <c>.bib</c> files a talk names at run time, each path relative to the C# file of its
/// <c>Bibliography(...)</c> call (<see cref="BibliographyPaths"/>, the compiler's rule too). A file read once is
/// kept while it is unchanged, so building, validating and rendering a talk read it once.
/// </summary>
internal static class BibliographyFiles
{
    private static readonly ConcurrentDictionary<string, (DateTime Written, long Length, BibFile File)> Cache = new(StringComparer.Ordinal);

    public static List<RuleBibliography> Load(HeaderState header) =>
        header.Bibliographies.Select(named =>
        {
            var full = BibliographyPaths.Resolve(named.Spot.File, named.Path);
            return new RuleBibliography(named.Path, full, named.Spot, Read(full));
        }).ToList();

    /// <summary>The entries cited by <paramref name="items"/>, in the order first cited, each from the first file that has it.</summary>
    public static Bibliography Cited(IReadOnlyList<RuleBibliography> bibliographies, IEnumerable<RuleItem> items) =>
        bibliographies.Count == 0
            ? Bibliography.Empty
            : new Bibliography(ReferenceRules.CitedKeys(items)
                .Select(key => ReferenceRules.Find(bibliographies, key))
                .Where(record => record is not null)
                .Select(record => BibliographyEntry.From(BibReference.From(record!)))
                .ToValueList());

    private static BibFile? Read(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return null;
        }

        if (Cache.TryGetValue(path, out var cached) && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
        {
            return cached.File;
        }

        var read = BibTexReader.Read(File.ReadAllText(path));
        Cache[path] = (file.LastWriteTimeUtc, file.Length, read);
        return read;
    }
}
