using System.Text.RegularExpressions;
using TalkDsl.Lamd.Import;

namespace TalkDsl.Cli.Projects;

/// <summary>
/// The files of a new talk project: the template of <c>dotnet new talk</c> (templates/content/talk, embedded in
/// this tool), with the same two substitutions the template engine makes — the name for <c>MyTalk</c> and the
/// TalkDsl version for <c>TALKDSL_PACKAGE_VERSION</c> — so <c>talk new</c> needs no template installed.
/// </summary>
internal static partial class TalkTemplate
{
    private const string ResourcePrefix = "template/";
    private const string SourceName = "MyTalk";
    private const string VersionToken = "TALKDSL_PACKAGE_VERSION";

    /// <summary>A name the project, its namespace and its files can all take: a C# identifier, or several joined by dots.</summary>
    public static bool IsValidName(string name) => ValidName().IsMatch(name);

    /// <summary>The files of the project <paramref name="name"/>, by path relative to its folder; the tests project only when asked.</summary>
    public static IReadOnlyList<(string RelativePath, byte[] Content)> Files(string name, bool tests, string version)
    {
        var assembly = typeof(TalkTemplate).Assembly;
        var files = new List<(string, byte[])>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = resource[ResourcePrefix.Length..].Replace('\\', '/');
            if (path.StartsWith(".template.config/", StringComparison.Ordinal) || (!tests && path.StartsWith("tests/", StringComparison.Ordinal)))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd().Replace(SourceName, name, StringComparison.Ordinal).Replace(VersionToken, version, StringComparison.Ordinal);
            files.Add((path.Replace(SourceName, name, StringComparison.Ordinal), System.Text.Encoding.UTF8.GetBytes(text)));
        }

        return files;
    }

    /// <summary>The version of TalkDsl a new project references: this tool's own.</summary>
    public static string Version => TalkDslPackage.Version;

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex ValidName();
}
