using System.Collections.Generic;

namespace TalkDsl.Rules.Citations;

// Shared source (see RuleCatalog.cs). Where a local image's address points (TALK016), and where Bibliography("refs.bib") points: relative to the C# file that
// names it (as lamd's bibliography: is relative to the talk's file). One rule, so the compiler and the run
// time open the same file. Pure string work: analyzers may not touch the file system.

internal static class BibliographyPaths
{
    /// <summary>The full path of <paramref name="path"/> as named in <paramref name="sourceFile"/>, '.' and '..' resolved, '/' separated.</summary>
    public static string Resolve(string sourceFile, string path)
    {
        var named = path.Replace('\\', '/');
        var rooted = named.StartsWith("/", System.StringComparison.Ordinal) || (named.Length > 1 && named[1] == ':');
        var source = sourceFile.Replace('\\', '/');
        var folder = source.LastIndexOf('/') is var slash and >= 0 ? source.Substring(0, slash) : string.Empty;
        return Normalize(rooted || folder.Length == 0 ? named : folder + "/" + named);
    }

    /// <summary>The file path an image address names relative to the page, or null when it is not a local file
    /// (a fragment, a site path, or a URL with a scheme: https:, data:, mailto:, C:).</summary>
    public static string? RelativeFilePath(string address)
    {
        var end = address.IndexOfAny(new[] { '?', '#' });
        var path = (end < 0 ? address : address.Substring(0, end)).Trim();
        var colon = path.IndexOf(':');
        var slash = path.IndexOfAny(new[] { '/', '\\' });
        if (path.Length == 0 || path[0] is '/' or '\\' || (colon >= 0 && (slash < 0 || colon < slash)))
        {
            return null;
        }

        return System.Uri.UnescapeDataString(path);
    }

    /// <summary>A path with '/' separators and '.' and '..' segments resolved.</summary>
    public static string Normalize(string path)
    {
        var parts = new List<string>();
        var text = path.Replace('\\', '/');
        foreach (var part in text.Split('/'))
        {
            if (part == "." || (part.Length == 0 && parts.Count > 0))
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join("/", parts);
    }
}
