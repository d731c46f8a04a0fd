using TalkDsl.Formats;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Reading;
using YamlDotNet.RepresentationModel;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// A folder's <c>_lamd.yml</c>: the talks' header keys in it (author, …) go to each talk's header; the rest
/// are settings of the whole folder. Those with a TalkDsl counterpart become the project's settings, once
/// (<see cref="ProjectSettings"/>: MSBuild properties the host reads as its defaults); every other one is counted
/// once per file in the report, each with what to do in TalkDsl.
/// </summary>
internal static class FolderSettings
{
    public const string FileName = "_lamd.yml";

    /// <summary>lamd's output switches and the TalkDsl format each stands for (lamd always writes the notes page).</summary>
    private static readonly (string Key, TalkFormat Format, bool Default)[] Switches =
    [
        ("reveal", TalkFormats.Slides, true), ("posts", TalkFormats.Post, true), ("pdf", TalkFormats.Pdf, false), ("notespdf", TalkFormats.NotesPdf, false),
        ("pptx", TalkFormats.Pptx, false), ("docx", TalkFormats.Docx, false), ("ipynb", TalkFormats.Ipynb, false), ("slidesipynb", TalkFormats.SlidesIpynb, false),
    ];

    /// <summary>What each lamd setting with no TalkDsl counterpart here is for, and what to do instead.</summary>
    private static readonly Dictionary<string, string> Advice = new(StringComparer.Ordinal)
    {
        ["ghub"] = "the edit links' base, lamd's sources on GitHub: an imported talk's source is its C# file; set NotesOptions.EditBaseUrl to the repository that holds the project",
    };

    public static bool IsFolderFile(string displayPath) => Path.GetFileName(displayPath) == FileName;

    /// <summary>
    /// The project settings the talks' <c>_lamd.yml</c> files give, and one report line per setting of each file.
    /// Where folders disagree, the setting most of them give is the project's, and LAMD029 names the others.
    /// </summary>
    public static (ProjectSettings Settings, List<ConstructUse> Uses) Map(IReadOnlyList<LamdTalk> talks, ICollection<LamdDiagnostic> diagnostics)
    {
        // One folder file per folder, with the folder it sits in (its relative paths start there).
        var folders = talks
            .SelectMany(t => t.FrontMatter.Entries.Where(e => IsFolderFile(e.Position.File)).Select(e => (Folder: Path.GetDirectoryName(t.FullPath)!, Entry: e)))
            .GroupBy(x => x.Entry.Position.File, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (File: g.Key, Folder: g.First().Folder, Entries: g.Select(x => x.Entry).DistinctBy(e => e.Key).ToList()))
            .ToList();
        var uses = new List<ConstructUse>();
        var media = new List<(string File, string? Value, LamdFrontMatterEntry Entry)>();
        var formats = new List<(string File, string? Value, LamdFrontMatterEntry Entry)>();
        foreach (var (file, folder, entries) in folders)
        {
            foreach (var entry in entries.Where(e => !FrontMatterMapper.Mapped.Contains(e.Key)).OrderBy(e => e.Position.Line))
            {
                if (entry.Key == "diagramsdir")
                {
                    var (folderPath, why) = MediaFolder(Scalar(entry.Value), folder);
                    media.Add((file, folderPath, entry));
                    uses.Add(new ConstructUse($"{FileName} 'diagramsdir'", entry.Position, folderPath is null ? ConstructOutcome.NotMapped : ConstructOutcome.Mapped,
                        folderPath is null ? why! : $"the project's media folder (TalkDslMediaFolder): {folderPath}"));
                }
                else if (Switches.Any(s => s.Key == entry.Key))
                {
                    uses.Add(new ConstructUse($"{FileName} '{entry.Key}'", entry.Position, ConstructOutcome.Mapped, "the project's formats (TalkDslFormats)"));
                }
                else if (entry.Key == "talkcss")
                {
                    var css = Scalar(entry.Value);
                    uses.Add(new ConstructUse($"{FileName} 'talkcss'", entry.Position, ConstructOutcome.NotMapped,
                        $"the pages' stylesheet {css}: TalkDsl's pages work offline and copy their stylesheet beside them; download it into the project and set TalkDslStylesheet to it"));
                }
                else
                {
                    uses.Add(new ConstructUse($"{FileName} '{entry.Key}'", entry.Position, ConstructOutcome.NotMapped,
                        Advice.TryGetValue(entry.Key, out var advice) ? advice : "a lamd build setting TalkDsl's outputs do not use"));
                }
            }

            if (entries.Any(e => Switches.Any(s => s.Key == e.Key)))
            {
                var chosen = Switches.Where(s => entries.LastOrDefault(e => e.Key == s.Key) is { } e ? IsTrue(e.Value) : s.Default).Select(s => s.Format).ToList();
                var list = Names(TalkFormats.All.Where(f => f == TalkFormats.Notes || chosen.Contains(f)));
                formats.Add((file, list, entries.First(e => Switches.Any(s => s.Key == e.Key))));
            }
        }

        var settings = new ProjectSettings(
            Choose("the media folder (diagramsdir)", media.Where(m => m.Value is not null).ToList(), diagnostics),
            Choose("the formats (reveal, posts, pdf, docx, …)", formats, diagnostics) is { } f && f != DefaultFormats ? f : null);
        return (settings, uses);
    }

    /// <summary>TalkDslFormats' value for <paramref name="formats"/>: their names, in TalkDsl's order.</summary>
    private static string Names(IEnumerable<TalkFormat> formats) => string.Join(",", formats.Select(f => f.Name));

    private static readonly string DefaultFormats = Names(TalkFormats.Default);

    /// <summary>The folder that holds lamd's diagrams folder (images are written <c>diagrams/…</c>), or why there is none here.</summary>
    private static (string? Folder, string? Why) MediaFolder(string? diagramsDir, string talkFolder)
    {
        if (string.IsNullOrWhiteSpace(diagramsDir))
        {
            return (null, "an empty diagramsdir");
        }

        var expanded = Environment.ExpandEnvironmentVariables(diagramsDir.Replace("$HOME", "%HOME%", StringComparison.Ordinal));
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(expanded, talkFolder));
        if (!Path.GetFileName(full).Equals(LamdValues.DiagramsFolder, StringComparison.Ordinal))
        {
            return (null, $"the images' folder {full}: the talks' images are written {LamdValues.DiagramsFolder}/…, so give the folder that holds a '{LamdValues.DiagramsFolder}' folder as the media folder (TalkDslMediaFolder)");
        }

        return Directory.Exists(full)
            ? (Path.GetDirectoryName(full), null)
            : (null, $"the images' folder {full}, which is not on this machine: when it is, set TalkDslMediaFolder in the project file to {Path.GetDirectoryName(full)}");
    }

    /// <summary>The value most folders give (the first folder's on a tie), with LAMD029 naming each folder that differs.</summary>
    private static string? Choose(string what, List<(string File, string? Value, LamdFrontMatterEntry Entry)> given, ICollection<LamdDiagnostic> diagnostics)
    {
        if (given.Count == 0)
        {
            return null;
        }

        var chosen = given.GroupBy(g => g.Value, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        foreach (var other in given.Where(g => g.Value != chosen))
        {
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.FolderSettingsDiffer, other.Entry.Position,
                $"this folder's {what} ({other.Value}) differs from the project's ({chosen}), which most folders give: one project has one setting; import this folder on its own to keep its own"));
        }

        return chosen;
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value?.Trim() : null;

    private static bool IsTrue(YamlNode node) => Scalar(node) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase));
}

/// <summary>The imported project's settings from lamd's folder files: MSBuild properties its host reads as defaults.</summary>
/// <param name="MediaFolder">TalkDslMediaFolder: the folder holding lamd's diagrams folder.</param>
/// <param name="Formats">TalkDslFormats, when not TalkDsl's default (slides, notes, post).</param>
internal sealed record ProjectSettings(string? MediaFolder, string? Formats);
