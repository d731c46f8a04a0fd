namespace TalkDsl.Preview.Site;

/// <summary>
/// Maps a request path to a file inside one folder, or to nothing: a path with <c>..</c> or <c>.</c>
/// segments, a backslash, a drive or colon, an encoded character left over (<c>%2f</c>), an empty segment,
/// or a file that is, or lies below, a symbolic link leading out of the folder, maps to nothing; so does a
/// folder (no listings).
/// </summary>
internal sealed class SafeFiles
{
    private readonly string _root;
    private readonly string _realRoot;

    public SafeFiles(string folder)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _realRoot = RealPath(_root);
    }

    /// <summary>The file at <paramref name="relative"/> (a URL path below the folder, '/'-separated, already percent-decoded once), or null.</summary>
    public string? Resolve(string relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Length > 1024)
        {
            return null;
        }

        var segments = relative.Split('/');
        if (segments.Any(s => s.Length == 0 || s is "." or ".." || s.IndexOfAny(['\\', ':', '%', '\0']) >= 0 || s.Any(char.IsControl)))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine([_root, .. segments]));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        // Every step from the folder down must stay inside it once links are followed.
        var real = RealPath(full);
        return real.StartsWith(_realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The path with every symbolic link along it followed.</summary>
    private static string RealPath(string path)
    {
        var root = Path.GetPathRoot(path)!;
        var current = root;
        foreach (var part in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = RealPath(target.FullName);
            }
        }

        return Path.TrimEndingDirectorySeparator(current);
    }
}
