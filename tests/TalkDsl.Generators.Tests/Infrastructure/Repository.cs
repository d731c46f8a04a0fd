namespace TalkDsl.Generators.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder holding <c>TalkDsl.sln</c>.</summary>
    public static string Root { get; } = Find();

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TalkDsl.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TalkDsl.sln not found above " + AppContext.BaseDirectory);
    }
}
