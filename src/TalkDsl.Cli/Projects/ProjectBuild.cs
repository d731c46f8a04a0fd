namespace TalkDsl.Cli.Projects;

/// <summary>
/// <c>dotnet build</c> of a talk project, reduced to what a speaker needs to read: each TALK diagnostic and each
/// error, once, as <c>File.cs(line,col): error TALK003: …</c> with the file relative to the current folder.
/// </summary>
internal sealed record ProjectBuild(int ExitCode, IReadOnlyList<string> Lines, int Errors, int TalkWarnings)
{
    /// <param name="project">The project file.</param>
    /// <param name="rebuild">Compile every file again (<c>--no-incremental</c>), so the warnings of unchanged files are reported too.</param>
    public static ProjectBuild Run(string project, bool rebuild)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var other = new List<string>();
        string[] arguments = ["build", project, "-nologo", "-v", "quiet", "-clp:NoSummary"];
        var exit = Dotnet.Run(
            rebuild ? [.. arguments, "--no-incremental"] : arguments,
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
        var lines = shown.Select(d => d.ToString(folder)).Concat(other.Distinct()).ToList();
        var errors = shown.Count(d => d.IsError) + other.Distinct().Count();
        if (exit != 0 && errors == 0)
        {
            lines.Add($"dotnet build {project} failed (exit code {exit}) without a diagnostic: run it to see why.");
            errors = 1;
        }

        return new ProjectBuild(exit, lines, errors, shown.Count(d => !d.IsError));
    }
}
