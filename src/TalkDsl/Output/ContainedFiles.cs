using System.Runtime.InteropServices;

namespace TalkDsl.Output;

// Linked into TalkDsl.Lamd as well (its includes obey the same rules as media files): one copy of the logic.

/// <summary>Why a file may not be read.</summary>
internal enum FileRefusal
{
    None,

    /// <summary>The file (after following every symbolic link) is not inside any of the folders allowed.</summary>
    Outside,

    /// <summary>A device, a pipe, a socket or a folder: reading it could block, never end, or leak the machine's state.</summary>
    NotRegular,

    /// <summary>Larger than <see cref="ContainedFiles.MaxBytes"/>.</summary>
    TooLarge,
}

/// <summary>
/// Files read only from inside the folders a user gave: the real path (every symbolic link followed, in
/// every folder of the path) must lie inside one of the real roots, the file must be a regular file (not
/// <c>/dev/zero</c>, a FIFO or a socket), and no larger than <see cref="MaxBytes"/>. The checks use the
/// real path, so a link inside the folder that points out of it is refused like <c>../</c> would be.
/// </summary>
internal static class ContainedFiles
{
    /// <summary>The largest file read: 4 MiB, far above any talk, snippet or image a page should load.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private const int MaxLinks = 40;

    /// <summary>Whether <paramref name="path"/> may be read; <paramref name="realPath"/> is the file it names once links are followed.</summary>
    public static FileRefusal Check(string path, IEnumerable<string> roots, out string realPath)
    {
        realPath = RealPath(path);
        var real = realPath;
        if (!roots.Any(root => IsInside(real, RealPath(root))))
        {
            return FileRefusal.Outside;
        }

        if (!IsRegularFile(realPath))
        {
            return FileRefusal.NotRegular;
        }

        return new FileInfo(realPath).Length > MaxBytes ? FileRefusal.TooLarge : FileRefusal.None;
    }

    /// <summary>Reads at most <see cref="MaxBytes"/> bytes; null when the file holds more (a size can change, or be reported as 0 by /proc).</summary>
    public static byte[]? ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>What a refusal means, for a message: "… <paramref name="what"/> … what to do".</summary>
    public static string Explain(FileRefusal refusal, string what, string allowed) => refusal switch
    {
        FileRefusal.Outside => $"{what} is outside {allowed} (absolute paths, '..' and symbolic links may not lead out of them): move the file inside, or give its folder",
        FileRefusal.NotRegular => $"{what} is not a regular file (a device, pipe, socket or folder): give an ordinary file",
        FileRefusal.TooLarge => $"{what} is larger than {MaxBytes / (1024 * 1024)} MiB: split it, or make it smaller",
        _ => string.Empty,
    };

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or below it (both real, absolute).</summary>
    public static bool IsInside(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>The absolute path with every symbolic link followed, folder by folder; a part that does not exist is kept as written.</summary>
    public static string RealPath(string path) => RealPath(Path.GetFullPath(path), 0);

    private static string RealPath(string full, int links)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            var next = part == ".." ? Path.GetDirectoryName(current) ?? current : Path.Combine(current, part);
            FileSystemInfo info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (links >= MaxLinks)
                {
                    return next; // a loop of links: the file cannot be opened anyway
                }

                next = RealPath(Path.GetFullPath(target, current), links + 1);
            }

            current = next;
        }

        return current;
    }

    /// <summary>Whether the path (links followed) is a regular file: not a folder, device, FIFO or socket.</summary>
    public static bool IsRegularFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsLinux())
        {
            // statx's layout is the same on every architecture: stx_mode is the 16 bits at offset 28.
            var buffer = new byte[256];
            if (Native.Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return false;
            }

            var mode = BitConverter.ToUInt16(buffer, 28);
            return (mode & 0xF000) == 0x8000; // S_IFMT, S_IFREG
        }

        return !File.GetAttributes(path).HasFlag(FileAttributes.Device);
    }

    private const int AtFdCwd = -100;

    private const uint StatxType = 1;

    private static class Native
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code; this is called once per file.
        public static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054
    }
}
