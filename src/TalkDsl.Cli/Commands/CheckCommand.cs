using Spectre.Console;
using TalkDsl.Cli.Output;
using TalkDsl.Cli.Projects;

namespace TalkDsl.Cli.Commands;

/// <summary>
/// <c>talk check [PROJECT] [--layout]</c>: builds the project from scratch (so warnings of files already compiled are
/// reported again), prints its TALK diagnostics and any build error, and renders nothing. With <c>--layout</c>, a
/// project that builds is then measured by its own host (<c>dotnet run -- layout</c>: each slide in headless chromium),
/// and each slide that does not fit is printed as a TALK018 warning, in the same form.
/// </summary>
internal sealed class CheckCommand(IAnsiConsole console)
{
    /// <returns>0 when there is no error (warnings allowed); 1 when the build has errors or a talk could not be measured; 2 when there is no project.</returns>
    /// <param name="layoutArguments">Options for the host's layout command (<c>--media</c>, <c>--theme</c>, <c>--css</c>), as given.</param>
    public int Run(string? project, bool layout = false, IReadOnlyList<string>? layoutArguments = null)
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

        var errors = build.Errors;
        var warnings = build.TalkWarnings;
        if (layout && errors == 0)
        {
            var folder = Directory.GetCurrentDirectory();
            var measured = Dotnet.Run(["run", "--project", path, "--no-build", "--", "layout", .. layoutArguments ?? []], line =>
            {
                if (BuildDiagnostic.Parse(line) is { IsTalk: true } diagnostic)
                {
                    console.WriteWholeLine(diagnostic.ToString(folder));
                    warnings++;
                }
                else if (!line.StartsWith("Measured the slides", StringComparison.Ordinal))
                {
                    console.WriteWholeLine(line); // why a talk was not measured (chromium missing, a talk with errors)
                }
            });
            errors += measured == 0 ? 0 : 1;
        }
        else if (layout)
        {
            console.WriteWholeLine("The slides were not measured (--layout): the project does not build.");
        }

        console.WriteWholeLine(errors == 0 && warnings == 0
            ? $"{Path.GetFileName(path)}: no TALK diagnostics, no errors{(layout ? ", every slide fits" : "")}."
            : $"{Path.GetFileName(path)}: {errors} error(s), {warnings} TALK warning(s).");
        return errors == 0 ? 0 : 1;
    }
}
