using Spectre.Console;
using TalkDsl.Cli.Output;
using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Cli.Commands;

/// <summary><c>talk import &lt;talk.md | folder&gt; --snippets &lt;dir&gt; [--out &lt;dir&gt;] [--feed &lt;dir&gt;] [--lamd &lt;dir&gt;]</c>.</summary>
internal sealed class ImportCommand(IAnsiConsole console)
{
    /// <summary>Everything imported.</summary>
    public const int Success = 0;

    /// <summary>Some file had an error and was left out; the rest was written (nothing, when no talk imported).</summary>
    public const int SomeFilesFailed = 1;

    /// <summary>Nothing could be done: the input, the snippets or the output folder cannot be used.</summary>
    public const int NothingDone = 2;

    /// <summary>A bug in TalkDsl: the message names the input and asks for a report; nothing was changed.</summary>
    public const int InternalError = 3;

    /// <returns>One of <see cref="Success"/>, <see cref="SomeFilesFailed"/>, <see cref="NothingDone"/>, <see cref="InternalError"/>.</returns>
    public int Run(string input, IReadOnlyList<string> snippets, string? output, string? feed, bool force = false, string? lamd = null)
    {
        try
        {
            return Import(input, snippets, output, feed, force, lamd);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No input may end the command with a stack trace: say what failed, on what, and how to report it.
            console.Markup("[red]internal error:[/] ");
            console.WriteWholeLine(
                $"importing {input} failed ({e.GetType().Name}: {e.Message}). This is a bug in TalkDsl, not in your talks; nothing in the output folder was changed. "
                + "Please report it on TalkDsl's issue tracker with this message and the talk (or the smallest file that still fails) attached.");
            return InternalError;
        }
    }

    private int Import(string input, IReadOnlyList<string> snippets, string? output, string? feed, bool force, string? lamd)
    {
        if (input.Length == 0 || input.Any(char.IsControl) || (output is not null && (output.Trim().Length == 0 || output.Any(char.IsControl))))
        {
            return Fail("a path is empty or holds a control character (such as NUL): give the talk or folder, and --out, as ordinary paths.");
        }

        var inputPath = Path.GetFullPath(input);
        IReadOnlyList<string> talks;
        string displayRoot;
        if (File.Exists(inputPath))
        {
            talks = [inputPath];
            displayRoot = Path.GetDirectoryName(inputPath)!;
        }
        else if (Directory.Exists(inputPath))
        {
            talks = LamdImporter.FindTalks(inputPath);
            displayRoot = inputPath;
        }
        else
        {
            return Fail($"{input} is neither a lamd talk nor a folder: give the path of a talk (.md) or of a folder of talks.");
        }

        if (talks.Count == 0)
        {
            return Fail($"{input} holds no lamd talk (a .md file that starts with '---' front matter): give a talk or the folder of your talks.");
        }

        if (snippets.FirstOrDefault(s => !Directory.Exists(s)) is { } missing)
        {
            return Fail($"the snippets folder {missing} does not exist: give the folder that holds your _subject/includes/*.md snippets.");
        }

        if (lamd is not null && !Directory.Exists(lamd))
        {
            return Fail($"the lamd folder {lamd} does not exist: give the folder that holds lamd's talk-macros.gpp (or its macros/ folder).");
        }

        if (feed is not null && !Directory.Exists(feed))
        {
            return Fail($"the package folder {feed} does not exist: give the folder that holds TalkDsl.{TalkDslPackage.Version}.nupkg.");
        }

        var stem = File.Exists(inputPath) ? Path.GetFileNameWithoutExtension(inputPath) : Path.GetFileName(inputPath.TrimEnd(Path.DirectorySeparatorChar));
        var outputPath = Path.GetFullPath(output ?? $"{stem}-talkdsl");
        var importer = new LamdImporter(new ImportOptions
        {
            SnippetDirectories = snippets,
            PackageFeed = feed is null ? null : Path.GetFullPath(feed),
            DisplayRoot = displayRoot,
            ProjectName = Lamd.Mapping.CSharpIdentifier.Pascal(stem, "ImportedTalks").TrimStart('_', '@'),
            LamdDirectory = lamd is null ? null : Path.GetFullPath(lamd),
        });

        ImportResult? result = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .Start(context =>
            {
                var task = context.AddTask("importing", maxValue: 1);
                result = importer.Import(talks, outputPath, new Progress(task));
                task.Value = task.MaxValue;
            });

        if (result!.Summary.Talks.IsEmpty)
        {
            // A failed import changes nothing: an earlier import, and the user's edits in it, stay as they are.
            ImportReport.ShowFailure(console, result.Summary, outputPath);
            return SomeFilesFailed;
        }

        ProjectWrite written;
        try
        {
            written = ProjectFolder.Write(outputPath, result.Files, force, removeStale: result.Summary.FailedFiles.IsEmpty);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ProjectFolderException)
        {
            return Fail($"nothing was written: {e.Message}");
        }

        ImportReport.Show(console, result.Summary, outputPath, written);
        return result.Summary.LeftOutAnything ? SomeFilesFailed : Success;
    }

    private int Fail(string message)
    {
        console.Markup("[red]error:[/] ");
        console.WriteWholeLine(message);
        return NothingDone;
    }

    /// <summary>Feeds the importer's progress into a Spectre progress task (synchronously: the import runs on this thread).</summary>
    private sealed class Progress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
            task.Description = Markup.Escape(value.Item);
        }
    }
}
