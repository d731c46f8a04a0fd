using System.Reflection;

namespace TalkDsl.Testing.Packages;

/// <summary>
/// The packages as a user gets them: <c>dotnet pack TalkDsl.sln -o artifacts/packages</c> (which <c>bash tests/run</c>
/// runs before the tests, so no test builds the solution's projects while others use them), copied once per test run
/// into a local feed outside the repository.
/// </summary>
internal static class PackedFeed
{
    /// <summary>The version every package has (Directory.Build.props), as this test assembly was built with it.</summary>
    public static string Version { get; } = StripRevision(typeof(PackedFeed).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);

    public static string RepositoryRoot { get; } =
        typeof(PackedFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Where <c>dotnet pack</c> writes the packages.</summary>
    public static string Artifacts => Path.Combine(RepositoryRoot, "artifacts", "packages");

    private static readonly Lazy<string> Copied = new(CopyToFeed);

    /// <summary>A folder holding TalkDsl, TalkDsl.Preview, TalkDsl.Templates and TalkDsl.Cli at <see cref="Version"/>, and nothing else.</summary>
    public static string Folder => Copied.Value;

    /// <summary>The path of a package in <see cref="Artifacts"/>, failing with what to run when it is missing.</summary>
    public static string Package(string id, string extension = "nupkg")
    {
        var path = Path.Combine(Artifacts, $"{id}.{Version}.{extension}");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing: run `dotnet pack TalkDsl.sln -o artifacts/packages` first (`bash tests/run` does).");
        }

        return path;
    }

    private static string CopyToFeed()
    {
        var feed = Directory.CreateTempSubdirectory("talkdsl-feed-").FullName;
        foreach (var id in new[] { "TalkDsl", "TalkDsl.Preview", "TalkDsl.Templates", "TalkDsl.Cli" })
        {
            File.Copy(Package(id), Path.Combine(feed, Path.GetFileName(Package(id))));
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(feed);
        return feed;
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a process of a test may still hold a file; the folder is in the temp directory
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string StripRevision(string version) => version.Split('+')[0];
}
