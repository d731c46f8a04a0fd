using Spectre.Console;
using TalkDsl.Cli.Output;
using TalkDsl.Cli.Projects;

namespace TalkDsl.Cli.Commands;

/// <summary>
/// <c>talk check [PROJECT]</c>: builds the project from scratch (<c>--no-incremental</c>, so warnings of files
/// already compiled are reported again), prints its TALK diagnostics and any other build error as
/// <c>File.cs(line,col): error TALK003: …</c>, and renders nothing.
/// </summary>
internal sealed class CheckCommand(IAnsiConsole console)
{
    /// <returns>0 when there is no error (warnings allowed); 1 when the build has errors; 2 when there is no project.</returns>
    public int Run(string? project)
    {
        if (TalkProject.Find(project, out var error) is not { } path)
        {
            console.Markup("[red]error:[/] ");
            console.WriteWholeLine(error);
            return 2;
        }

        var diagnostics = new List<BuildDiagnostic>();
        var other = new List<string>();
        var exit = Dotnet.Run(
            ["build", path, "--no-incremental", "-nologo", "-v", "quiet", "-clp:NoSummary"],
            line =>
            {
                if (BuildDiagnostic.Parse(line) is { } diagnostic)
                {
                    diagnostics.Add(diagnostic);
                }
                else if (line.Contains(": error ", StringComparison.Ordinal))
                {
                    other.Add(line.Trim()); // an error without a source position (restore, MSBuild): shown as it is
                }
            });

        var folder = Directory.GetCurrentDirectory();
        var shown = diagnostics.Where(d => d.IsTalk || d.IsError).Distinct().ToList();
        foreach (var diagnostic in shown)
        {
            console.WriteWholeLine(diagnostic.ToString(folder));
        }

        foreach (var line in other.Distinct())
        {
            console.WriteWholeLine(line);
        }

        var errors = shown.Count(d => d.IsError) + other.Distinct().Count();
        var warnings = shown.Count(d => !d.IsError);
        if (exit != 0 && errors == 0)
        {
            console.WriteWholeLine($"dotnet build {path} failed (exit code {exit}) without a diagnostic: run it to see why.");
            return 1;
        }

        console.WriteWholeLine(errors + warnings == 0
            ? $"{Path.GetFileName(path)}: no TALK diagnostics, no errors."
            : $"{Path.GetFileName(path)}: {errors} error(s), {warnings} TALK warning(s).");
        return errors == 0 ? 0 : 1;
    }
}
