using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TalkDsl.Testing;

/// <summary>
/// A copy of the example talk project in a folder of the caller's (a test's temporary folder), to build and
/// edit without touching the repository: its references and imports made absolute, and the repository's
/// build settings (Directory.Build.props, Directory.Packages.props, global.json) copied beside it.
/// </summary>
internal static partial class ExampleCopy
{
    /// <summary>The repository's root folder.</summary>
    public static string Repository { get; } = RepositoryRoot();

    /// <summary>Copies the example into <c><paramref name="root"/>/AccelerateSpark</c>; returns its .csproj.</summary>
    public static string Create(string root)
    {
        var source = Path.Combine(Repository, "examples", "AccelerateSpark");
        var target = Path.Combine(root, "AccelerateSpark");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*.cs").Concat(Directory.EnumerateFiles(source, "*.csproj")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        CopySettings(root);
        var csproj = Path.Combine(target, "AccelerateSpark.csproj");
        var text = RelativeReference().Replace(File.ReadAllText(csproj), m => $"{m.Groups["attribute"].Value}=\"{Path.GetFullPath(Path.Combine(source, m.Groups["path"].Value))}\"");
        File.WriteAllText(csproj, text);
        return csproj;
    }

    /// <summary>Copies the repository's build settings into <paramref name="root"/>, so projects below it build as the repository's do.</summary>
    public static void CopySettings(string root)
    {
        foreach (var settings in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            var target = Path.Combine(root, settings);
            if (!File.Exists(target))
            {
                File.Copy(Path.Combine(Repository, settings), target);
            }
        }
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));

    /// <summary>A relative path in a reference (<c>Include="../…"</c>) or an import (<c>Project="../…"</c>).</summary>
    [GeneratedRegex("(?<attribute>Include|Project)=\"(?<path>\\.\\.[^\"]+)\"")]
    private static partial Regex RelativeReference();
}
