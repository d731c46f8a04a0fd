using Spectre.Console;
using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Cli.Output;

/// <summary>The summary printed at the end of <c>talk import</c>.</summary>
internal static class ImportReport
{
    /// <summary>No talk imported: the errors, and that the output folder was left as it was.</summary>
    public static void ShowFailure(IAnsiConsole console, ImportSummary summary, string outputPath)
    {
        List("Errors", summary.Errors.Select(d => d.ToString()), "red", console);
        console.MarkupLine($"[red]No talk could be imported[/] ({summary.FailedFiles.Length} files with errors): nothing was written, and {Markup.Escape(outputPath)} was left as it was. Fix the errors above and import again.");
    }

    public static void Show(IAnsiConsole console, ImportSummary summary, string outputPath, ProjectWrite written)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("imported").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("talks", summary.Talks.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("parts", summary.Parts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("macros mapped", summary.MappedCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("constructs not mapped", summary.NotMapped.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("missing includes", summary.MissingIncludes.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("files not imported", summary.FailedFiles.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);

        List("Constructs not mapped (kept as raw blocks or comments)", summary.NotMapped.Select(u => u.ToString()), "yellow", console);
        List("Missing includes", summary.MissingIncludes.Select(u => u.ToString()), "yellow", console);
        List("Errors", summary.Errors.Select(d => d.ToString()), "red", console);
        List("Warnings", summary.Diagnostics.Where(d => d.Severity == LamdSeverity.Warning).Select(d => d.ToString()), "yellow", console);
        List("Files you edited, left as they are (import again with --force to overwrite them with the new import)", written.KeptEdited, "yellow", console);
        List("Files of the earlier import no longer generated, removed", written.Removed, "yellow", console);
        console.MarkupLine($"Wrote [green]{Markup.Escape(outputPath)}[/] ({summary.Talks.Length} talks, {summary.Parts.Length} parts); the full report is in {ProjectFolder.Marker}.");
        console.MarkupLine($"Render the talks with: [blue]dotnet run --project {Markup.Escape(outputPath)}[/]");
    }

    private static void List(string title, IEnumerable<string> lines, string colour, IAnsiConsole console)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[{colour}]{Markup.Escape(title)}:[/]");
        foreach (var line in list)
        {
            console.WriteWholeLine("  " + line);
        }
    }
}
