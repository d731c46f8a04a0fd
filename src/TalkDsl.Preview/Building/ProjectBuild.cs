using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;

namespace TalkDsl.Preview.Building;

/// <summary>
/// What the preview needs from MSBuild, read once per full build: the compiler's own command line for the
/// talk project (sources, references, analyzers and generators, .editorconfig files, options), the output
/// folder the build wrote, and the projects it references. The preview then compiles in process from it.
/// </summary>
/// <param name="ProjectFile">The talk project's <c>.csproj</c>, absolute.</param>
/// <param name="Arguments">The compiler's command line, parsed.</param>
/// <param name="OutputFolder">The folder <c>dotnet build</c> wrote the project's assembly and its dependencies to.</param>
/// <param name="ReferencedProjectFolders">The folders of the projects the talk project references: a save there needs a full build.</param>
internal sealed record ProjectBuild(
    string ProjectFile,
    CSharpCommandLineArguments Arguments,
    string OutputFolder,
    ImmutableArray<string> ReferencedProjectFolders)
{
    public string ProjectFolder => Path.GetDirectoryName(ProjectFile)!;

    /// <summary>
    /// Builds <paramref name="projectFile"/> with <c>dotnet build</c> (its referenced projects too), then asks
    /// MSBuild for the compiler's command line without compiling again: the <c>Compile</c> target with
    /// <c>SkipCompilerExecution</c> and <c>ProvideCommandLineArgs</c>, as Roslyn's own MSBuild workspace does.
    /// </summary>
    /// <param name="buildArguments">MSBuild properties both commands get, e.g. <c>-p:Configuration=Release</c>.</param>
    /// <exception cref="PreviewBuildException">The build failed; the message holds its errors.</exception>
    public static async Task<ProjectBuild> RunAsync(string projectFile, IReadOnlyList<string> buildArguments, CancellationToken cancellation)
    {
        if (!File.Exists(projectFile))
        {
            throw new PreviewBuildException($"The talk project {projectFile} does not exist: give the path of its .csproj (or of the folder holding it).");
        }

        var folder = Path.GetDirectoryName(projectFile)!;
        var (exit, output) = await DotnetProcess.RunAsync(folder, ["build", projectFile, "--nologo", "-v:q", "-nodeReuse:false", .. buildArguments], cancellation).ConfigureAwait(false);
        if (exit != 0)
        {
            throw new PreviewBuildException($"dotnet build {projectFile} failed (exit code {exit}):{Environment.NewLine}{ErrorLines(output)}");
        }

        return await ReadAsync(projectFile, buildArguments, cancellation).ConfigureAwait(false);
    }

    /// <summary>Reads the compiler's command line of a project that is already built.</summary>
    public static async Task<ProjectBuild> ReadAsync(string projectFile, IReadOnlyList<string> buildArguments, CancellationToken cancellation)
    {
        var folder = Path.GetDirectoryName(projectFile)!;
        string[] query =
        [
            "msbuild", projectFile, "-nologo", "-nodeReuse:false", "-t:Compile",
            "-p:ProvideCommandLineArgs=true", "-p:SkipCompilerExecution=true", "-p:BuildProjectReferences=false",
            // CoreCompile lists this as an input, so it is never up to date and always reports its command line.
            "-p:NonExistentFile=__TalkDslPreviewNonExistentFile__",
            "-getItem:CscCommandLineArgs", "-getItem:ProjectReference", "-getProperty:TargetPath",
            .. buildArguments.Where(a => !a.StartsWith("-p:BuildProjectReferences", StringComparison.OrdinalIgnoreCase)),
        ];
        var (exit, output) = await DotnetProcess.RunAsync(folder, query, cancellation).ConfigureAwait(false);
        if (exit != 0)
        {
            throw new PreviewBuildException($"MSBuild could not report the compiler's command line of {projectFile} (exit code {exit}):{Environment.NewLine}{ErrorLines(output)}");
        }

        var start = output.IndexOf('{', StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output[start..]);
        var root = json.RootElement;
        var items = root.GetProperty("Items");
        var args = items.GetProperty("CscCommandLineArgs").EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!).ToList();
        var references = items.TryGetProperty("ProjectReference", out var refs)
            ? refs.EnumerateArray().Select(r => Path.GetDirectoryName(r.GetProperty("FullPath").GetString()!)!).Distinct().ToImmutableArray()
            : [];
        var targetPath = root.GetProperty("Properties").GetProperty("TargetPath").GetString()!;

        var parsed = CSharpCommandLineParser.Default.Parse(args, folder, sdkDirectory: null);
        var problems = parsed.Errors.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        if (problems.Count > 0)
        {
            throw new PreviewBuildException($"The compiler's command line of {projectFile} could not be read: {string.Join("; ", problems)}");
        }

        return new ProjectBuild(Path.GetFullPath(projectFile), parsed, Path.GetDirectoryName(targetPath)!, references);
    }

    /// <summary>The lines of a build log that say what failed.</summary>
    private static string ErrorLines(string output)
    {
        var errors = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        return errors.Count > 0 ? string.Join(Environment.NewLine, errors) : output.Trim();
    }
}

/// <summary>The talk project could not be built; the message holds the build's errors.</summary>
internal sealed class PreviewBuildException(string message) : Exception(message);
