using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TalkDsl.Tests.Example;

/// <summary>
/// The lamd talk the example reproduces, kept beside these tests: its source and the notes lamd made
/// from it (with its includes expanded). The headings of that output are what the example must match.
/// </summary>
internal static partial class LamdSeed
{
    public static string Directory { get; } = Locate();

    /// <summary>The notes headings lamd wrote (<c>&lt;h1&gt;</c>/<c>&lt;h2&gt;</c>), in order, as (title, id).</summary>
    public static IReadOnlyList<(string Title, string Id)> NotesHeadings()
    {
        var html = File.ReadAllText(Path.Combine(Directory, "lamd-notes-output.html"));
        return HeadingPattern().Matches(html)
            .Select(m => (WebUtility.HtmlDecode(m.Groups["title"].Value), m.Groups["id"].Value))
            .ToList();
    }

    /// <summary>The <c>\include{...}</c> paths of the seed talk, in order.</summary>
    public static IReadOnlyList<string> Includes()
    {
        var source = File.ReadAllText(Path.Combine(Directory, "accelerate-overview.original.md"));
        return IncludePattern().Matches(source)
            .Select(m => m.Groups["path"].Value)
            .Where(path => path.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
    }

    private static string Locate([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Seed");

    [GeneratedRegex("""<h[12][^>]*\bid="(?<id>[^"]+)"[^>]*>(?<title>.*?)</h[12]>""")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("""\\include\{(?<path>[^}]+)\}""")]
    private static partial Regex IncludePattern();
}
