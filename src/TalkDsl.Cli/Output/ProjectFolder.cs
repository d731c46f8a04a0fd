using System.Text;
using TalkDsl.Lamd.Import;

namespace TalkDsl.Cli.Output;

/// <summary>The output folder cannot be used; nothing was written.</summary>
internal sealed class ProjectFolderException(string message) : Exception(message);

/// <summary>
/// Writes a generated project all or nothing: every file goes into a fresh folder beside the target, which
/// replaces the target only when all are written. A target that exists must be empty or an earlier import
/// (it has <c>import-report.md</c>); anything else is refused rather than overwritten.
/// </summary>
internal static class ProjectFolder
{
    public const string Marker = "import-report.md";

    public static void Write(string target, IReadOnlyList<GeneratedFile> files)
    {
        target = Path.GetFullPath(target);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker)))
        {
            throw new ProjectFolderException($"{target} already holds files that are not an earlier import: choose another --out, or empty it first");
        }

        if (File.Exists(target))
        {
            throw new ProjectFolderException($"{target} is a file: choose a folder for --out");
        }

        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.import-{Guid.NewGuid():N}");
        var replaced = Path.Combine(parent, $".{Path.GetFileName(target)}.replaced-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in files)
            {
                var path = Path.GetFullPath(Path.Combine(staging, file.RelativePath));
                if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new ProjectFolderException($"the generated file {file.RelativePath} would land outside the project folder");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content, new UTF8Encoding(false));
            }

            if (Directory.Exists(target))
            {
                Directory.Move(target, replaced);
            }

            try
            {
                Directory.Move(staging, target);
            }
            catch
            {
                if (Directory.Exists(replaced))
                {
                    Directory.Move(replaced, target);
                }

                throw;
            }

            if (Directory.Exists(replaced))
            {
                Directory.Delete(replaced, recursive: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
