using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// A folder's <c>_lamd.yml</c>: the talks' header keys in it (author, …) go to each talk's header; the rest
/// are settings of the whole folder, counted once per file in the report, each with what to do in TalkDsl.
/// </summary>
internal static class FolderSettings
{
    public const string FileName = "_lamd.yml";

    /// <summary>What each lamd setting with a TalkDsl counterpart becomes (the rest: not used by TalkDsl's HTML outputs).</summary>
    private static readonly Dictionary<string, string> Counterparts = new(StringComparer.Ordinal)
    {
        ["diagramsdir"] = "the images' folder: give the folder that holds diagrams/ as the media folder when rendering (TalkOutputOptions.MediaFolder)",
        ["talkcss"] = "the pages' stylesheet: give a copy of it as the stylesheet when rendering (TalkOutputOptions.Stylesheet)",
        ["ghub"] = "the edit links' base: set NotesOptions.EditBaseUrl to the repository's edit URL",
        ["reveal"] = "the slides: TalkDsl always writes them",
        ["posts"] = "the Jekyll posts: TalkDsl writes one for each dated talk",
    };

    public static bool IsFolderFile(string displayPath) => Path.GetFileName(displayPath) == FileName;

    /// <summary>One use per setting of each <c>_lamd.yml</c> the talks read, whichever number of talks read it.</summary>
    public static IEnumerable<ConstructUse> Uses(IEnumerable<LamdFrontMatterEntry> entries) =>
        entries
            .Where(e => IsFolderFile(e.Position.File) && !FrontMatterMapper.Mapped.Contains(e.Key))
            .DistinctBy(e => (e.Position.File, e.Key))
            .OrderBy(e => e.Position.File, StringComparer.Ordinal).ThenBy(e => e.Position.Line)
            .Select(e => new ConstructUse($"{FileName} '{e.Key}'", e.Position, ConstructOutcome.NotMapped,
                Counterparts.TryGetValue(e.Key, out var counterpart) ? counterpart : "a lamd build setting TalkDsl's HTML outputs do not use"));
}
