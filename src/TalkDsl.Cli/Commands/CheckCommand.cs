using Spectre.Console;
using TalkDsl.Cli.Output;
using TalkDsl.Cli.Projects;

namespace TalkDsl.Cli.Commands;

/// <summary>
/// <c>talk check [PROJECT]</c>: builds the project from scratch (so warnings of files already compiled are
/// reported again), prints its TALK diagnostics and any build error, and renders nothing.
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

        var build = ProjectBuild.Run(path, rebuild: true);
        foreach (var line in build.Lines)
        {
            console.WriteWholeLine(line);
        }

        console.WriteWholeLine(build.Lines.Count == 0
            ? $"{Path.GetFileName(path)}: no TALK diagnostics, no errors."
            : $"{Path.GetFileName(path)}: {build.Errors} error(s), {build.TalkWarnings} TALK warning(s).");
        return build.Errors == 0 ? 0 : 1;
    }
}
