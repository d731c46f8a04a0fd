using System.Text;

namespace TalkDsl.Output;

/// <summary>
/// A hidden folder beside the output folder where files are written first. Only when every file is
/// there are they moved in (a rename on the same disk); if a move fails, the files already moved are
/// taken out again and the ones they replaced are put back. Deleted with everything left in it on dispose.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<string> _names = [];
    private readonly Action<string, string> _move;

    /// <param name="target">The absolute path of the output folder.</param>
    /// <param name="move">Moves a file (source, destination); tests pass one that fails part-way.</param>
    public StagingFolder(string target, Action<string, string>? move = null)
    {
        Target = target;
        _move = move ?? ((source, destination) => File.Move(source, destination));
        var parent = Path.GetDirectoryName(target)
            ?? throw new IOException($"The output folder '{target}' is a root folder; choose a folder inside it.");
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The absolute path of the output folder.</summary>
    public string Target { get; }

    /// <summary>The absolute path of the staging folder.</summary>
    public string Root { get; }

    /// <summary>Writes one file into the staging folder.</summary>
    public void Add(string name, Action<TextWriter> write)
    {
        using (var output = new StreamWriter(Path.Combine(Root, name), append: false, Utf8))
        {
            write(output);
        }

        _names.Add(name);
    }

    /// <summary>Copies <paramref name="source"/> into the staging folder as <paramref name="name"/>, which may hold sub-folders ('/').</summary>
    public void AddCopy(string name, string source)
    {
        var staged = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        File.Copy(source, staged);
        _names.Add(name);
    }

    /// <summary>Writes what <paramref name="open"/> gives into the staging folder as <paramref name="name"/>, which may hold sub-folders ('/').</summary>
    public void AddCopy(string name, Func<Stream> open)
    {
        var staged = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        using (var source = open())
        using (var target = File.Create(staged))
        {
            source.CopyTo(target);
        }

        _names.Add(name);
    }

    /// <summary>Takes files out of the staging folder again (those of a talk that failed part-way); names never added are ignored.</summary>
    public void Discard(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            // A file whose writing failed was never added, but may be there half-written.
            _names.Remove(name);
            File.Delete(Path.Combine(Root, name));
        }
    }

    /// <summary>Moves every staged file into the output folder, all or none; returns their absolute paths.</summary>
    public IReadOnlyList<string> MoveIntoPlace()
    {
        var createdTarget = !Directory.Exists(Target);
        Directory.CreateDirectory(Target);
        var replacedFolder = Path.Combine(Root, ".replaced");
        Directory.CreateDirectory(replacedFolder);

        var moves = new List<Move>();
        var createdFolders = new List<string>();
        try
        {
            foreach (var name in _names)
            {
                var move = new Move(Path.Combine(Root, name), Path.Combine(Target, name), Path.Combine(replacedFolder, name));
                CreateFolderOf(move.Destination, createdFolders);
                Directory.CreateDirectory(Path.GetDirectoryName(move.Replaced)!);
                moves.Add(move);
                if (File.Exists(move.Destination))
                {
                    _move(move.Destination, move.Replaced);
                    move.HasReplaced = true;
                }

                _move(move.Staged, move.Destination);
                move.IsInPlace = true;
            }
        }
        catch
        {
            Undo(moves);
            for (var i = createdFolders.Count - 1; i >= 0; i--)
            {
                if (!Directory.EnumerateFileSystemEntries(createdFolders[i]).Any())
                {
                    Directory.Delete(createdFolders[i]);
                }
            }

            if (createdTarget && !Directory.EnumerateFileSystemEntries(Target).Any())
            {
                Directory.Delete(Target);
            }

            throw;
        }

        return moves.Select(m => m.Destination).ToList();
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Clean-up is best effort: failing here would hide the outcome (success or the real error).
        }
    }

    /// <summary>Creates the folders above <paramref name="file"/> that are missing, noting each (outermost first) so a failed move can remove them.</summary>
    private static void CreateFolderOf(string file, List<string> created)
    {
        var missing = new Stack<string>();
        for (var folder = Path.GetDirectoryName(file); folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing.Push(folder);
        }

        foreach (var folder in missing)
        {
            Directory.CreateDirectory(folder);
            created.Add(folder);
        }
    }

    // In reverse order of doing: each file taken out, then what it replaced put back.
    private static void Undo(List<Move> moves)
    {
        for (var i = moves.Count - 1; i >= 0; i--)
        {
            var move = moves[i];
            if (move.IsInPlace)
            {
                File.Delete(move.Destination);
            }

            if (move.HasReplaced)
            {
                File.Move(move.Replaced, move.Destination);
            }
        }
    }

    private sealed class Move(string staged, string destination, string replaced)
    {
        public string Staged { get; } = staged;

        public string Destination { get; } = destination;

        public string Replaced { get; } = replaced;

        public bool HasReplaced { get; set; }

        public bool IsInPlace { get; set; }
    }
}
