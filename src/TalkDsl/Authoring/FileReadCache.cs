using System.Collections.Concurrent;

namespace TalkDsl.Authoring;

/// <summary>
/// A file the talks name beside their C# (a <c>.bib</c>, a notation file), read and parsed once while it is
/// unchanged (same write time and length), so building, validating and rendering a talk — or every talk of a
/// project sharing it — read it once per change.
/// </summary>
internal sealed class FileReadCache<T>(Func<string, T> parse)
    where T : class
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, T Content)> _read = new(StringComparer.Ordinal);

    /// <summary>The file at <paramref name="path"/>, parsed; null when there is no such file.</summary>
    public T? Read(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return null;
        }

        if (_read.TryGetValue(path, out var cached) && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
        {
            return cached.Content;
        }

        var content = parse(File.ReadAllText(path));
        _read[path] = (file.LastWriteTimeUtc, file.Length, content);
        return content;
    }

    /// <summary>The files a talk's header names (resolved beside the naming call's C# file), each read as <see cref="Read"/> reads it.</summary>
    public List<Rules.RuleNamedFile<T>> ReadNamed(IEnumerable<(string Path, SourceSpot Spot)> named) =>
        named.Select(file =>
        {
            var full = Rules.Citations.BibliographyPaths.Resolve(file.Spot.File, file.Path);
            return new Rules.RuleNamedFile<T>(file.Path, full, file.Spot, Read(full));
        }).ToList();
}
