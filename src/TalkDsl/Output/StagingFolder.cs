using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace TalkDsl.Output;

/// <summary>
/// A hidden folder beside the output folder where files are written first. Only when every file is
/// there are they moved in, each by one rename that replaces the file before it (so a file is never
/// missing or half-written: at every instant it is the old one or the new one); the file it replaces is
/// first copied aside, so if a move fails the files already moved are put back as they were. Deleted with
/// everything left in it on dispose.
/// </summary>
/// <remarks>
/// <para>
/// A process killed part-way cannot undo itself: before the first move the list of files is written to a
/// journal (atomically, by a rename), and the next run beside the same folder (<see cref="Recover"/>, which
/// every write, the host and <c>talk build</c> call first) finishes the moves of any journal whose process is
/// gone — every talk's files all new — and deletes a staging folder without a journal (nothing was moved yet:
/// every file old). Staging folders are named <c>.{folder}.staging-{process id}-{guid}</c> so that a run never
/// touches one that is still in use.
/// </para>
/// <para>
/// Why recovery, and not one rename per talk: a talk's files are several names in a folder it shares with
/// other talks, the runtime (<c>_talkdsl/</c>), images and the user's own files (slides, notes and post side
/// by side, as a Jekyll site wants them). No file system renames several names at once, and swapping the
/// whole folder would replace files TalkDsl did not write. So between a kill in the middle of the moves and
/// the next run, a reader of the folder can see one talk with some files new and some old (never a missing
/// or half-written file); a deploy step that must never see that calls <c>TalkOutput.Recover</c> first.
/// </para>
/// </remarks>
internal sealed class StagingFolder : IDisposable
{
    private const string JournalName = ".journal";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The staging folders of this process still in use, which recovery must leave alone.</summary>
    private static readonly ConcurrentDictionary<string, bool> InUse = new(StringComparer.Ordinal);

    private readonly List<string> _names = [];
    private readonly Action<string, string> _move;
    private bool _killed;

    /// <summary>
    /// Fault-injection seam for tests: called with the name of each step (<c>write</c>, <c>copy</c>,
    /// <c>journal</c>, <c>aside</c>, <c>place</c>, <c>clean</c> and the file) before it is done. A
    /// <see cref="SimulatedKill"/> thrown from it stops the run as a kill would: nothing is undone or deleted.
    /// </summary>
    [ThreadStatic]
    internal static Action<string>? BeforeStep;

    /// <param name="target">The absolute path of the output folder.</param>
    /// <param name="move">Moves a file (source, destination), replacing the destination in one rename; tests pass one that fails part-way.</param>
    public StagingFolder(string target, Action<string, string>? move = null)
    {
        Target = target;
        _move = move ?? ((source, destination) => File.Move(source, destination, overwrite: true));
        var parent = Path.GetDirectoryName(target)
            ?? throw new IOException($"The output folder '{target}' is a root folder; choose a folder inside it.");
        Directory.CreateDirectory(parent);
        Recover(target);
        Root = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        InUse[Root] = true;
        Directory.CreateDirectory(Root);
    }

    /// <summary>Thrown by a <see cref="BeforeStep"/> hook to stop a run the way a kill does.</summary>
    internal sealed class SimulatedKill(string step) : Exception($"killed before {step}");

    /// <summary>
    /// Finishes or removes what killed runs left beside <paramref name="target"/>: a staging folder with a
    /// journal has its remaining files moved in (the run had begun to replace the output); one without is
    /// deleted. Folders of live processes, and of this process still in use, are left alone.
    /// </summary>
    /// <returns>How many killed runs' moves were finished.</returns>
    public static int Recover(string target)
    {
        var parent = Path.GetDirectoryName(target);
        var finished = 0;
        if (parent is null || !Directory.Exists(parent))
        {
            return finished;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent, $".{Path.GetFileName(target)}.staging-*"))
        {
            if (InUse.ContainsKey(folder) || OwnerIsAlive(folder))
            {
                continue;
            }

            try
            {
                var journal = Path.Combine(folder, JournalName);
                if (File.Exists(journal))
                {
                    Directory.CreateDirectory(target);
                    foreach (var name in File.ReadAllLines(journal, Utf8).Where(n => n.Length > 0))
                    {
                        var staged = Path.Combine(folder, name);
                        if (File.Exists(staged))
                        {
                            var destination = Path.Combine(target, name);
                            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                            File.Move(staged, destination, overwrite: true);
                        }
                    }

                    finished++;
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: the next run tries again; this run's own output does not depend on it.
            }
        }

        return finished;
    }

    /// <summary>Whether the process named in a staging folder's name (<c>staging-{pid}-{guid}</c>) is running and is not this one.</summary>
    private static bool OwnerIsAlive(string folder)
    {
        var name = Path.GetFileName(folder);
        var parts = name[(name.LastIndexOf(".staging-", StringComparison.Ordinal) + ".staging-".Length)..].Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var pid) || pid == Environment.ProcessId)
        {
            return false; // an older name, or this process's own folder from a run that no longer uses it
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private void Step(string step)
    {
        try
        {
            BeforeStep?.Invoke(step);
        }
        catch (SimulatedKill)
        {
            _killed = true;
            InUse.TryRemove(Root, out _); // a killed process no longer uses its folder
            throw;
        }
    }

    /// <summary>The absolute path of the output folder.</summary>
    public string Target { get; }

    /// <summary>The absolute path of the staging folder.</summary>
    public string Root { get; }

    /// <summary>Writes one file into the staging folder.</summary>
    public void Add(string name, Action<TextWriter> write)
    {
        Step("write " + name);
        using (var output = new StreamWriter(Path.Combine(Root, name), append: false, Utf8))
        {
            write(output);
        }

        _names.Add(name);
    }

    /// <summary>Writes one binary file into the staging folder.</summary>
    public void Add(string name, Action<Stream> write)
    {
        using (var output = new FileStream(Path.Combine(Root, name), FileMode.Create, FileAccess.Write))
        {
            write(output);
        }

        _names.Add(name);
    }

    /// <summary>Copies <paramref name="source"/> into the staging folder as <paramref name="name"/>, which may hold sub-folders ('/').</summary>
    public void AddCopy(string name, string source)
    {
        Step("copy " + name);
        var staged = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        File.Copy(source, staged);
        _names.Add(name);
    }

    /// <summary>Writes what <paramref name="open"/> gives into the staging folder as <paramref name="name"/>, which may hold sub-folders ('/').</summary>
    public void AddCopy(string name, Func<Stream> open)
    {
        Step("copy " + name);
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
        var journal = Path.Combine(Root, JournalName);
        try
        {
            // From here a kill is finished by the next run (see Recover): the journal appears whole, by a rename.
            Step("journal");
            File.WriteAllLines(journal + ".tmp", _names, Utf8);
            File.Move(journal + ".tmp", journal);
            foreach (var name in _names)
            {
                var move = new Move(Path.Combine(Root, name), Path.Combine(Target, name), Path.Combine(replacedFolder, name));
                CreateFolderOf(move.Destination, createdFolders);
                Directory.CreateDirectory(Path.GetDirectoryName(move.Replaced)!);
                moves.Add(move);
                if (File.Exists(move.Destination))
                {
                    // A copy, not a move: the old file stays in place until the new one replaces it.
                    Step("aside " + name);
                    File.Copy(move.Destination, move.Replaced);
                    move.HasReplaced = true;
                }

                Step("place " + name);
                _move(move.Staged, move.Destination);
                move.IsInPlace = true;
            }
        }
        catch (Exception ex) when (ex is not SimulatedKill)
        {
            Undo(moves);
            File.Delete(journal); // undone: nothing for the next run to finish
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
        if (_killed)
        {
            return; // a simulated kill: the folder stays as a killed process would leave it
        }

        InUse.TryRemove(Root, out _);
        try
        {
            Step("clean");
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

    // In reverse order of doing: each file moved in replaced by the copy of what it replaced, or removed if it replaced nothing.
    private static void Undo(List<Move> moves)
    {
        for (var i = moves.Count - 1; i >= 0; i--)
        {
            var move = moves[i];
            if (!move.IsInPlace)
            {
                continue; // the old file never left
            }

            if (move.HasReplaced)
            {
                File.Move(move.Replaced, move.Destination, overwrite: true);
            }
            else
            {
                File.Delete(move.Destination);
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
