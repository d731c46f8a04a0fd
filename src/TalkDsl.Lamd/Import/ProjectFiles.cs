using System.Text;

namespace TalkDsl.Lamd.Import;

/// <summary>The files around the generated talks that make the output a project <c>dotnet run</c> renders.</summary>
internal static class ProjectFiles
{
    /// <summary>
    /// The project: TalkDsl by project reference and the generator as an analyzer, paths relative to the
    /// output folder when they share a root (so the pair can move together).
    /// </summary>
    /// <param name="outputDirectory">Where the project is written.</param>
    /// <param name="talkDslRoot">The TalkDsl repository the project references.</param>
    /// <param name="bibliographyFolders">Folders outside the project whose <c>.bib</c> files talks cite from (lamd's bibdir).</param>
    public static string Project(string outputDirectory, string talkDslRoot, IEnumerable<string>? bibliographyFolders = null)
    {
        var bibliographies = string.Concat((bibliographyFolders ?? []).Select(folder => $"\n    <AdditionalFiles Include=\"{folder}/*.bib\" />"));
        var library = Relative(outputDirectory, Path.Combine(talkDslRoot, "src", "TalkDsl", "TalkDsl.csproj"));
        var generator = Relative(outputDirectory, Path.Combine(talkDslRoot, "generators", "TalkDsl.Generators", "TalkDsl.Generators.csproj"));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Imported from lamd by `talk import`. `dotnet run` renders every talk into out/. -->
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Talks</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{library}" />
                <ProjectReference Include="{generator}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <ItemGroup>
                <!-- The bibliographies, so the analyzers check citation keys while you type (TALK015). -->
                <AdditionalFiles Include="**/*.bib" Exclude="bin/**;obj/**" />{bibliographies}
              </ItemGroup>
            </Project>

            """;
    }

    /// <summary>Own build settings, so a folder above (say, the TalkDsl repository) does not impose its own.</summary>
    public const string DirectoryBuildProps = """
        <Project>
          <!-- The imported project's own settings: MSBuild stops looking for Directory.Build.props here. -->
          <PropertyGroup>
            <LangVersion>latest</LangVersion>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
        </Project>

        """;

    public const string GitIgnore = "bin/\nobj/\nout/\n";

    /// <summary>
    /// Renders each talk on its own (one talk's errors do not stop the others) into out/, or the folder
    /// given as the first argument (with the images of the folder given as the second), and prints every file written.
    /// </summary>
    public static string Program(IReadOnlyList<string> talkClasses)
    {
        var builder = new StringBuilder();
        builder.Append("""
            // Imported from lamd by `talk import`. Renders every talk into out/ (or the folder given as the first
            // argument) and prints the files written; a talk with errors is reported and the others still render.
            // A second argument names the folder holding the images (the one with diagrams/): each image is then
            // checked and copied beside the pages, and a missing one is reported with its file and line.
            using TalkDsl.Output;
            using TalkDsl.Rendering;

            var options = new TalkOutputOptions(args.Length > 0 ? args[0] : "out") { MediaFolder = args.Length > 1 ? args[1] : null };
            var talks = new (string Name, Func<TalkDsl.Talk> Define)[]
            {

            """);
        foreach (var talk in talkClasses)
        {
            builder.Append($"    (nameof({ImportNames()}.{talk}), () => {ImportNames()}.{talk}.Talk),\n");
        }

        builder.Append("""
            };

            var failed = 0;
            foreach (var (name, define) in talks)
            {
                try
                {
                    foreach (var file in TalkOutput.Write([new RenderableTalk(name, define())], options))
                    {
                        Console.WriteLine(file);
                    }
                }
                catch (Exception e) when (e is TalkOutputException or TalkDsl.Rules.TalkValidationException or ArgumentException)
                {
                    failed++;
                    Console.Error.WriteLine($"{name}: {e.Message}");
                }
            }

            return failed == 0 ? 0 : 1;

            """);
        return builder.ToString();
    }

    private static string ImportNames() => Mapping.ImportNames.TalksNamespace;

    private static string Relative(string from, string to)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(from), Path.GetFullPath(to));
        return relative.Replace('\\', '/');
    }
}
