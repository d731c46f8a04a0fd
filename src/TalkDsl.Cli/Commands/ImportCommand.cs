using Spectre.Console;
using TalkDsl.Cli.Output;
using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Cli.Commands;

/// <summary><c>talk import &lt;talk.md | folder&gt; --snippets &lt;dir&gt; [--out &lt;dir&gt;] [--feed &lt;dir&gt;] [--lamd &lt;dir&gt;]</c>.</summary>
internal sealed class ImportCommand(IAnsiConsole console)
{
    /// <returns>0 when everything imported; 1 when some file or call was left out (an error); 2 when nothing could be done.</returns>
    public int Run(string input, IReadOnlyList<string> snippets, string? output, string? feed, string? lamd = null)
    {
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

        try
        {
            ProjectFolder.Write(outputPath, result!.Files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ProjectFolderException)
        {
            return Fail($"nothing was written: {e.Message}");
        }

        ImportReport.Show(console, result.Summary, outputPath);
        return result.Summary.LeftOutAnything ? 1 : 0;
    }

    private int Fail(string message)
    {
        console.Markup("[red]error:[/] ");
        console.WriteWholeLine(message);
        return 2;
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
