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
    private static readonly FileReadCache<BibFile> Files = new(BibTexReader.Read);

    public static List<RuleNamedFile<BibFile>> Load(HeaderState header) => Files.ReadNamed(header.Bibliographies);

    /// <summary>The entries cited by <paramref name="items"/>, in the order first cited, each from the first file that has it.</summary>
    public static Bibliography Cited(IReadOnlyList<RuleNamedFile<BibFile>> bibliographies, IEnumerable<RuleItem> items) =>
        bibliographies.Count == 0
            ? Bibliography.Empty
            : new Bibliography(ReferenceRules.CitedKeys(items)
                .Select(key => ReferenceRules.Find(bibliographies, key))
                .Where(record => record is not null)
                .Select(record => BibliographyEntry.From(BibReference.From(record!)))
                .ToValueList());
}
