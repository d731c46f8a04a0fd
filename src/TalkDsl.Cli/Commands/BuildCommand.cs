using Spectre.Console;
using TalkDsl.Cli.Output;
using TalkDsl.Cli.Projects;

namespace TalkDsl.Cli.Commands;

/// <summary>
/// <c>talk build [PROJECT] [host options]</c>: <c>dotnet build</c>, then the project's own host
/// (<c>TalkApp.Run</c>) with the options given, so it renders exactly as <c>dotnet run -- …</c> would.
/// </summary>
internal sealed class BuildCommand(IAnsiConsole console)
{
    /// <returns>The host's exit code (0, or 1 when a talk failed); 1 when the build fails; 2 when there is no project.</returns>
    public int Run(string? project, IReadOnlyList<string> hostArguments)
    {
        if (TalkProject.Find(project, out var error) is not { } path)
        {
            console.Markup("[red]error:[/] ");
            console.WriteWholeLine(error);
            return 2;
        }

        var build = ProjectBuild.Run(path, rebuild: false);
        foreach (var line in build.Lines)
        {
            console.WriteWholeLine(line);
        }

        if (build.Errors > 0)
        {
            console.WriteWholeLine($"The build failed: nothing was rendered. Fix the errors above, then run `talk build {project ?? "."}` again.");
            return 1;
        }

        return Dotnet.Run(["run", "--project", path, "--no-build", "--", .. hostArguments], console.WriteWholeLine);
    }
}
