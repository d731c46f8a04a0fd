using System.Text.RegularExpressions;

namespace TalkDsl.Cli.Projects;

/// <summary>
/// One error or warning of a build, read from MSBuild's canonical line
/// <c>/path/File.cs(12,9): error TALK003: message [/path/Project.csproj]</c>.
/// </summary>
internal sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public bool IsError => Severity == "error";

    public bool IsTalk => Id.StartsWith("TALK", StringComparison.Ordinal);

    /// <summary>The line as the compiler writes it, the file relative to <paramref name="folder"/> when it is inside it.</summary>
    public string ToString(string folder)
    {
        var relative = Path.GetRelativePath(folder, File);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? File : relative;
        return $"{shown}({Line},{Column}): {Severity} {Id}: {Message}";
    }

    public static BuildDiagnostic? Parse(string line)
    {
        var match = Canonical().Match(line.Trim());
        return match.Success
            ? new BuildDiagnostic(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value)
            : null;
    }

    // file(line,col) or file(line,col,endLine,endCol), then ": error ID: message", then MSBuild's " [project]".
    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)(,\d+,\d+)?\): (?<severity>error|warning) (?<id>[A-Za-z]+\d+): (?<message>.*?)(?: \[[^\[\]]+\])?$")]
    private static partial Regex Canonical();
}
