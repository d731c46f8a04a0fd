namespace TalkDsl.Cli.Projects;

/// <summary>The talk project a command works on: a <c>.csproj</c>, or the folder holding exactly one.</summary>
internal static class TalkProject
{
    /// <returns>The project file's full path, or null with <paramref name="error"/> saying what to give instead.</returns>
    public static string? Find(string? given, out string error)
    {
        var path = Path.GetFullPath(given ?? ".");
        error = string.Empty;
        if (File.Exists(path))
        {
            if (path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                return path;
            }

            error = $"{path} is not a project file: give a talk project (.csproj) or its folder.";
            return null;
        }

        if (!Directory.Exists(path))
        {
            error = $"{path} does not exist: give a talk project (.csproj) or its folder (default: the current folder).";
            return null;
        }

        var projects = Directory.GetFiles(path, "*.csproj");
        if (projects.Length == 1)
        {
            return projects[0];
        }

        error = projects.Length == 0
            ? $"{path} holds no project (.csproj): give the folder of a talk project, or create one with `talk new NAME`."
            : $"{path} holds {projects.Length} projects: name the one to use, e.g. `{Path.GetFileName(projects[0])}`.";
        return null;
    }
}
