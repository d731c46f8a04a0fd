using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TalkDsl.Lamd.Import;

namespace TalkDsl.Cli.Output;

/// <summary>The output folder cannot be used; nothing was written.</summary>
internal sealed class ProjectFolderException(string message) : Exception(message);

/// <summary>What a write did to the project folder, file by file (paths relative to it, '/'-separated).</summary>
/// <param name="Written">Files written: new, or rewritten because they were as the last import left them.</param>
/// <param name="Unchanged">Files that already held exactly what the import generated.</param>
/// <param name="KeptEdited">Files the import would have written but that were edited (or not written by an import): left alone.</param>
/// <param name="Removed">Files an earlier import wrote, no longer generated and not edited since: removed.</param>
internal sealed record ProjectWrite(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> KeptEdited, IReadOnlyList<string> Removed);

/// <summary>
/// Writes a generated project into a folder that may hold an earlier import the user has since edited,
/// without ever losing their work. Every import records what it wrote in <see cref="ManifestName"/>
/// (each file's SHA-256). A re-import rewrites a file only when it is still as the import wrote it; a file
/// the user edited (or one no import wrote) is left alone and reported, unless <c>force</c>; a file no
/// longer generated is removed only when unedited, and only after an import with no failed file. Nothing
/// else in the folder is touched. All or nothing: the new files are written beside the folder first and
/// moved in one by one, every replaced file kept aside until all moves succeeded, and put back otherwise.
/// </summary>
internal static class ProjectFolder
{
    public const string Marker = "import-report.md";

    /// <summary>The record of what the last import wrote, in the project folder.</summary>
    public const string ManifestName = ".talkdsl-import.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <param name="force">Rewrite generated files the user edited, too (never a file no import wrote).</param>
    /// <param name="removeStale">Remove unedited files of the earlier import that are no longer generated (false after a partly failed import, so a talk that failed keeps its earlier files).</param>
    public static ProjectWrite Write(string target, IReadOnlyList<GeneratedFile> files, bool force = false, bool removeStale = true)
    {
        target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (File.Exists(target))
        {
            throw new ProjectFolderException($"{target} is a file: choose a folder for --out");
        }

        var earlier = ReadManifest(target);
        if (earlier is null && Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker)))
        {
            throw new ProjectFolderException($"{target} already holds files that are not an earlier import: choose another --out, or empty it first");
        }

        earlier ??= [];
        var plan = Plan(target, files, earlier, force, removeStale);
        Apply(target, plan);
        return new ProjectWrite(
            [.. plan.Writes.Select(w => w.RelativePath)],
            plan.Unchanged,
            plan.KeptEdited,
            [.. plan.Removals]);
    }

    private sealed record WritePlan(List<GeneratedFile> Writes, List<string> Unchanged, List<string> KeptEdited, List<string> Removals, SortedDictionary<string, string> Manifest);

    private static WritePlan Plan(string target, IReadOnlyList<GeneratedFile> files, Dictionary<string, string> earlier, bool force, bool removeStale)
    {
        var plan = new WritePlan([], [], [], [], new SortedDictionary<string, string>(StringComparer.Ordinal));
        var generated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Normalise(file.RelativePath);
            var path = Inside(target, relative);
            generated.Add(relative);
            var hash = Hash(Encoding.UTF8.GetBytes(file.Content));
            var onDisk = HashOf(path);
            if (onDisk is null || (onDisk == earlier.GetValueOrDefault(relative)) || force)
            {
                plan.Writes.Add(file with { RelativePath = relative });
                plan.Manifest[relative] = hash;
            }
            else if (onDisk == hash)
            {
                plan.Unchanged.Add(relative);
                plan.Manifest[relative] = hash;
            }
            else
            {
                plan.KeptEdited.Add(relative);
                if (earlier.TryGetValue(relative, out var recorded))
                {
                    plan.Manifest[relative] = recorded; // still ours, still edited: reported again next time
                }
            }
        }

        foreach (var (relative, recorded) in earlier.Where(e => !generated.Contains(e.Key)))
        {
            var onDisk = HashOf(Inside(target, relative));
            if (onDisk is null)
            {
                continue;
            }

            if (onDisk == recorded && removeStale)
            {
                plan.Removals.Add(relative);
            }
            else if (onDisk == recorded)
            {
                plan.Manifest[relative] = recorded;
            }
            else
            {
                plan.KeptEdited.Add(relative); // edited, and no longer generated: the user's now
            }
        }

        return plan;
    }

    /// <summary>Stages every new file, then moves them in (and removals out), undoing all on any failure.</summary>
    private static void Apply(string target, WritePlan plan)
    {
        var parent = Path.GetDirectoryName(target) ?? throw new ProjectFolderException($"{target} is a root folder: choose a folder inside it for --out");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.import-{Guid.NewGuid():N}");
        var aside = Path.Combine(staging, ".replaced");
        var done = new List<(string Path, string? Aside, bool Placed)>();
        var createdTarget = !Directory.Exists(target);
        try
        {
            foreach (var file in plan.Writes)
            {
                WriteFile(Path.Combine(staging, file.RelativePath), file.Content);
            }

            WriteFile(Path.Combine(staging, ManifestName), JsonSerializer.Serialize(new Manifest(1, plan.Manifest), Indented) + "\n");

            Directory.CreateDirectory(target);
            foreach (var relative in plan.Writes.Select(w => w.RelativePath).Append(ManifestName))
            {
                var destination = Path.Combine(target, relative);
                var keptAside = MoveAside(destination, Path.Combine(aside, relative));
                done.Add((destination, keptAside, false));
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(Path.Combine(staging, relative), destination);
                done[^1] = (destination, keptAside, true);
            }

            foreach (var relative in plan.Removals)
            {
                var path = Path.Combine(target, relative);
                done.Add((path, MoveAside(path, Path.Combine(aside, relative)), false));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            for (var i = done.Count - 1; i >= 0; i--)
            {
                var (path, keptAside, placed) = done[i];
                if (placed)
                {
                    File.Delete(path);
                }

                if (keptAside is not null)
                {
                    File.Move(keptAside, path);
                }
            }

            if (createdTarget && Directory.Exists(target) && !Directory.EnumerateFileSystemEntries(target, "*", SearchOption.AllDirectories).Any(File.Exists))
            {
                Directory.Delete(target, recursive: true);
            }

            throw new ProjectFolderException($"nothing was changed in {target}: {e.Message}");
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static string? MoveAside(string path, string aside)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
        File.Move(path, aside);
        return aside;
    }

    private static void WriteFile(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }

    private static string Normalise(string relative) => relative.Replace('\\', '/');

    /// <summary>The absolute path of a generated file, refused when it would land outside the project folder.</summary>
    private static string Inside(string target, string relative)
    {
        var path = Path.GetFullPath(Path.Combine(target, relative));
        if (!path.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ProjectFolderException($"the generated file {relative} would land outside the project folder");
        }

        return path;
    }

    private static string? HashOf(string path) => File.Exists(path) ? Hash(File.ReadAllBytes(path)) : null;

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The earlier import's record; null when there is none (or it cannot be read: then every file counts as the user's).</summary>
    private static Dictionary<string, string>? ReadManifest(string target)
    {
        var path = Path.Combine(target, ManifestName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path));
            return manifest?.Files?
                .Where(f => f.Value is not null && !Path.IsPathRooted(f.Key) && !f.Key.Split('/').Contains(".."))
                .ToDictionary(f => Normalise(f.Key), f => f.Value, StringComparer.Ordinal) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private sealed record Manifest(int Version, IDictionary<string, string> Files);
}
