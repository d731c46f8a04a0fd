namespace TalkDsl.Lamd.Import;

/// <summary>The files around the generated talks that make the output a project <c>dotnet run</c> renders.</summary>
internal static class ProjectFiles
{
    /// <summary>
    /// The project: the <c>TalkDsl</c> package (the library, its generator and analyzers, the host) at
    /// <paramref name="packageVersion"/>. Nothing points into a TalkDsl checkout, so the folder can move anywhere.
    /// </summary>
    /// <param name="packageVersion">The TalkDsl package version.</param>
    /// <param name="bibliographyFolders">Folders outside the project whose <c>.bib</c> files talks cite from (lamd's bibdir);
    /// the package's props give the project's own <c>.bib</c> files to the compiler already.</param>
    /// <param name="settings">The project's settings from lamd's <c>_lamd.yml</c> (the host's defaults).</param>
    public static string Project(string packageVersion, IEnumerable<string>? bibliographyFolders = null, Mapping.ProjectSettings? settings = null)
    {
        var folders = (bibliographyFolders ?? []).ToList();
        var properties = string.Concat(
            settings?.MediaFolder is { } media ? $"\n    <!-- lamd's diagramsdir: the folder holding diagrams/, where the talks' images are. -->\n    <TalkDslMediaFolder>{System.Security.SecurityElement.Escape(media)}</TalkDslMediaFolder>" : string.Empty,
            settings?.Formats is { } formats ? $"\n    <!-- lamd's output switches (reveal, posts, pdf, docx, ...): what `dotnet run` writes. -->\n    <TalkDslFormats>{formats}</TalkDslFormats>" : string.Empty);
        var bibliographies = folders.Count == 0 ? string.Empty : $"""

              <ItemGroup>
                <!-- lamd's bibdir: the .bib files talks cite from, for the analyzers (TALK015). -->
            {string.Concat(folders.Select(folder => $"    <AdditionalFiles Include=\"{folder}/*.bib\" />\n"))}  </ItemGroup>
            """;
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Imported from lamd by `talk import`. `dotnet run` renders every talk into out/. -->
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Talks</RootNamespace>{properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{TalkDslPackage.Id}" Version="{packageVersion}" />
              </ItemGroup>{bibliographies}
            </Project>

            """;
    }

    /// <summary>A package source for a local folder of packages (<c>talk import --feed DIR</c>), beside the user's own sources.</summary>
    public static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <!-- Written by `talk import` with a feed folder: TalkDsl is restored from this folder too, beside your usual sources. -->
        <configuration>
          <packageSources>
            <add key="talkdsl-local" value="{System.Security.SecurityElement.Escape(feed)}" />
          </packageSources>
        </configuration>

        """;

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
    /// The one-line host over the generated catalog of the project's talks: <c>dotnet run -- --help</c> lists its
    /// options (<c>--out</c>, <c>--talk</c>, <c>--media</c>, …); each talk renders on its own.
    /// </summary>
    public const string Program = """
        // Imported from lamd by `talk import`. Renders every talk into out/; `dotnet run -- --help` lists the options.
        return TalkDsl.Hosting.TalkApp.Run(args, Talks.TalkCatalog.All);

        """;
}
