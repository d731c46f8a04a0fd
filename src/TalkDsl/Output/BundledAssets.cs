using System.Reflection;
using System.Security.Cryptography;

namespace TalkDsl.Output;

/// <summary>
/// The slides runtime TalkDsl carries inside its assembly (src/TalkDsl/assets: reveal.js with its notes,
/// math, highlight and zoom plugins and their themes; MathJax's TeX-to-CHTML script and fonts; their
/// licenses), so rendered talks need no network. <see cref="TalkOutput"/> copies it into
/// <see cref="FolderName"/> of the output folder, where the default <see cref="Rendering.SlidesOptions"/>
/// and <see cref="Rendering.NotesOptions"/> point.
/// </summary>
public static class BundledAssets
{
    /// <summary>The folder, beside the pages, that holds the runtime: <c>_talkdsl</c>.</summary>
    public const string FolderName = "_talkdsl";

    /// <summary>The bundled reveal.js version (src/TalkDsl/assets/package-lock.json pins it).</summary>
    public const string RevealVersion = "5.2.1";

    /// <summary>The bundled MathJax version (src/TalkDsl/assets/package-lock.json pins it).</summary>
    public const string MathJaxVersion = "3.2.2";

    private const string ResourcePrefix = "TalkDsl.Assets/";

    private static readonly Assembly Assembly = typeof(BundledAssets).Assembly;

    /// <summary>Every bundled file, as a path below <see cref="FolderName"/> with '/' separators, e.g. <c>reveal.js/dist/reveal.js</c>; in ordinal order.</summary>
    public static IReadOnlyList<string> Paths { get; } = Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Opens one bundled file for reading.</summary>
    /// <param name="path">One of <see cref="Paths"/>.</param>
    /// <exception cref="ArgumentException">Not a bundled file.</exception>
    public static Stream Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Assembly.GetManifestResourceStream(ResourcePrefix + path)
            ?? throw new ArgumentException($"'{path}' is not a file TalkDsl bundles: see BundledAssets.Paths.", nameof(path));
    }

    /// <summary>
    /// Copies the runtime into <c><paramref name="folder"/>/_talkdsl/</c>, for a page rendered on its own
    /// (<see cref="TalkOutput"/> does this itself). A file already there with the same content is left alone.
    /// </summary>
    /// <returns>The absolute paths of the files written.</returns>
    public static IReadOnlyList<string> CopyTo(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var written = new List<string>();
        foreach (var path in Changed(Path.GetFullPath(folder)))
        {
            var file = Path.Combine(Path.GetFullPath(folder), FolderName, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var source = Open(path))
            using (var target = File.Create(file))
            {
                source.CopyTo(target);
            }

            written.Add(file);
        }

        return written;
    }

    /// <summary>The bundled files whose copy in <c><paramref name="folder"/>/_talkdsl/</c> is missing or differs (by size, then SHA-256).</summary>
    internal static IEnumerable<string> Changed(string folder)
    {
        foreach (var path in Paths)
        {
            var file = new FileInfo(Path.Combine(folder, FolderName, path));
            if (!file.Exists)
            {
                yield return path;
                continue;
            }

            using var bundled = Open(path);
            if (file.Length != bundled.Length || !SameHash(bundled, file))
            {
                yield return path;
            }
        }
    }

    private static bool SameHash(Stream bundled, FileInfo file)
    {
        using var copy = file.OpenRead();
        return SHA256.HashData(bundled).AsSpan().SequenceEqual(SHA256.HashData(copy));
    }
}
