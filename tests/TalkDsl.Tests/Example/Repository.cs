using System.Runtime.CompilerServices;

namespace TalkDsl.Tests.Example;

/// <summary>Where the repository is, found from this source file, so tests can read its files (README, docs, .ci/run).</summary>
internal static class Repository
{
    public static string Root { get; } = Locate();

    private static string Locate([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
