using Spectre.Console;
using TalkDsl.Cli.Output;
using TalkDsl.Cli.Projects;

namespace TalkDsl.Cli.Commands;

/// <summary><c>talk new NAME [--tests] [--output DIR]</c>: the same project as <c>dotnet new talk -n NAME</c>.</summary>
internal sealed class NewCommand(IAnsiConsole console)
{
    /// <returns>0 when the project was written; 2 when the name or the folder cannot be used (nothing written).</returns>
    public int Run(string name, bool tests, string? output)
    {
        if (!TalkTemplate.IsValidName(name))
        {
            return Fail($"'{name}' cannot name a project and its namespace: use letters, digits and '_' (not first), optionally joined by dots, e.g. MyTalk.");
        }

        if (output is not null && (output.Trim().Length == 0 || output.Any(char.IsControl)))
        {
            return Fail("--output is empty, only spaces or holds a control character (such as NUL): give an ordinary folder path, e.g. --output MyTalk. Nothing was written.");
        }

        var folder = Path.GetFullPath(output ?? name);
        if (File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            return Fail($"{folder} already exists and is not empty: nothing was written. Choose another name or --output folder.");
        }

        var files = TalkTemplate.Files(name, tests, TalkTemplate.Version);
        foreach (var (relativePath, content) in files)
        {
            var path = Path.Combine(folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }

        console.WriteWholeLine($"Created {folder} (TalkDsl {TalkTemplate.Version}):");
        foreach (var (relativePath, _) in files)
        {
            console.WriteWholeLine("  " + relativePath);
        }

        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), folder);
        console.WriteWholeLine($"Next: `talk build {shown}` (or `dotnet run --project {shown}`) renders it into out/.");
        return 0;
    }

    private int Fail(string message)
    {
        console.Markup("[red]error:[/] ");
        console.WriteWholeLine(message);
        return 2;
    }
}
