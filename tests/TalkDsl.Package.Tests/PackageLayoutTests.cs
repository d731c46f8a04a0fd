using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using TalkDsl.Testing.Packages;

namespace TalkDsl.Package.Tests;

/// <summary>What each .nupkg holds, read back with System.IO.Compression (the format is a zip) and the nuspec's XML.</summary>
public sealed class PackageLayoutTests
{
    [Fact]
    public void TalkDsl_holds_the_library_the_analyzers_and_what_a_talk_project_imports()
    {
        var entries = Entries("TalkDsl");

        Assert.Contains("lib/net10.0/TalkDsl.dll", entries);
        Assert.Contains("lib/net10.0/TalkDsl.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/TalkDsl.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/TalkDsl.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/TalkDsl.props", entries);
        Assert.Contains("buildTransitive/TalkDsl.globalconfig", entries);
        Assert.Contains("build/TalkDsl.props", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        // The analyzers are not libraries of a talk project: nothing of theirs goes into lib/.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));
    }

    [Fact]
    public void TalkDsl_carries_the_slides_runtime_in_its_library_and_the_runtimes_licenses()
    {
        var entries = Entries("TalkDsl");
        var resources = Metadata("TalkDsl", "lib/net10.0/TalkDsl.dll", reader => reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToList());

        Assert.Contains("TalkDsl.Assets/reveal.js/dist/reveal.js", resources);
        Assert.Contains("TalkDsl.Assets/reveal.js/dist/theme/white.css", resources);
        Assert.Contains("TalkDsl.Assets/reveal.js/plugin/notes/notes.js", resources);
        Assert.Contains("TalkDsl.Assets/reveal.js/plugin/math/math.js", resources);
        Assert.Contains("TalkDsl.Assets/reveal.js/plugin/highlight/highlight.js", resources);
        Assert.Contains("TalkDsl.Assets/reveal.js/plugin/zoom/zoom.js", resources);
        Assert.Contains("TalkDsl.Assets/mathjax/es5/tex-chtml-full.js", resources);
        Assert.Contains("TalkDsl.Assets/mathjax/es5/output/chtml/fonts/woff-v2/MathJax_Main-Regular.woff", resources);
        Assert.Contains("TalkDsl.Assets/reveal.js/LICENSE", resources);
        Assert.Contains("TalkDsl.Assets/mathjax/LICENSE", resources);

        Assert.Equal(
            ["licenses/league-gothic/LICENSE", "licenses/mathjax/LICENSE", "licenses/reveal.js/LICENSE", "licenses/source-sans-pro/LICENSE"],
            entries.Where(e => e.StartsWith("licenses/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("Permission is hereby granted, free of charge", Read("TalkDsl", "licenses/reveal.js/LICENSE"), StringComparison.Ordinal);
        Assert.Contains("Apache License", Read("TalkDsl", "licenses/mathjax/LICENSE"), StringComparison.Ordinal);
        Assert.Contains("SIL Open Font License", Read("TalkDsl", "licenses/source-sans-pro/LICENSE"), StringComparison.Ordinal);
        // The runtime ships once, inside the library: no loose copy of it elsewhere in the package.
        Assert.DoesNotContain(entries, e => e.EndsWith("reveal.js", StringComparison.Ordinal) || e.EndsWith(".woff", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generator_and_code_fixes_load_with_what_the_compiler_and_the_IDE_already_have()
    {
        // Roslyn, netstandard and the code fixes' reference to the generator beside it: no Markdig, no YamlDotNet,
        // nothing that would have to be found next to them at load time (the rule sources are compiled in).
        string[] provided = ["netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable"];
        Assert.All(References("TalkDsl", "analyzers/dotnet/cs/TalkDsl.Generators.dll"), r => Assert.Contains(r, provided));
        Assert.All(
            References("TalkDsl", "analyzers/dotnet/cs/TalkDsl.CodeFixes.dll"),
            r => Assert.Contains(r, provided.Concat(["Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "TalkDsl.Generators", "System.Composition.AttributedModel"])));
    }

    [Fact]
    public void Every_package_has_the_same_version_and_the_metadata_a_package_page_shows()
    {
        foreach (var id in new[] { "TalkDsl", "TalkDsl.Preview", "TalkDsl.Templates", "TalkDsl.Cli" })
        {
            var metadata = Nuspec(id);
            Assert.Equal(id, Value(metadata, "id"));
            Assert.Equal(PackedFeed.Version, Value(metadata, "version"));
            Assert.Equal("MIT", Value(metadata, "license"));
            Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")!.Value);
            Assert.Equal("README.md", Value(metadata, "readme"));
            Assert.StartsWith("https://", Value(metadata, "projectUrl"), StringComparison.Ordinal);
            Assert.Contains(PackedFeed.Version, Value(metadata, "releaseNotes"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
            Assert.Contains("README.md", Entries(id));
            Assert.Contains("LICENSE", Entries(id));
        }
    }

    [Fact]
    public void TalkDsl_depends_on_its_runtime_libraries_only_and_comes_with_symbols()
    {
        var dependencies = Nuspec("TalkDsl").Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();

        Assert.Contains("Markdig", dependencies);
        Assert.DoesNotContain(dependencies, d => d.StartsWith("TalkDsl", StringComparison.Ordinal) || d.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Contains("lib/net10.0/TalkDsl.pdb", Entries("TalkDsl", "snupkg"));
        Assert.Contains("tools/net10.0/any/talk.pdb", Entries("TalkDsl.Cli", "snupkg"));
    }

    [Fact]
    public void TalkDsl_Cli_is_a_dotnet_tool_whose_command_is_talk()
    {
        var entries = Entries("TalkDsl.Cli");
        Assert.Contains("tools/net10.0/any/talk.dll", entries);
        Assert.Contains("tools/net10.0/any/TalkDsl.dll", entries);
        Assert.Contains("tools/net10.0/any/TalkDsl.Lamd.dll", entries);

        var settings = XDocument.Parse(Read("TalkDsl.Cli", "tools/net10.0/any/DotnetToolSettings.xml"));
        var command = settings.Descendants("Command").Single();
        Assert.Equal("talk", command.Attribute("Name")!.Value);
        Assert.Equal("talk.dll", command.Attribute("EntryPoint")!.Value);
        Assert.Equal("DotnetTool", Nuspec("TalkDsl.Cli").Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
    }

    [Fact]
    public void TalkDsl_Templates_holds_the_talk_template_referencing_TalkDsl_at_this_version()
    {
        var entries = Entries("TalkDsl.Templates");
        Assert.Equal(
            [
                "content/talk/.gitignore", "content/talk/.template.config/template.json", "content/talk/Background.cs", "content/talk/Lecture.cs",
                "content/talk/MyTalk.csproj", "content/talk/Program.cs", "content/talk/README.md",
                "content/talk/tests/MyTalk.Tests/LectureTests.cs", "content/talk/tests/MyTalk.Tests/MyTalk.Tests.csproj",
            ],
            entries.Where(e => e.StartsWith("content/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        var template = System.Text.Json.JsonDocument.Parse(Read("TalkDsl.Templates", "content/talk/.template.config/template.json")).RootElement;
        Assert.Equal("talk", template.GetProperty("shortName").GetString());
        var version = template.GetProperty("symbols").GetProperty("TalkDslVersion");
        Assert.Equal(PackedFeed.Version, version.GetProperty("defaultValue").GetString());
        Assert.Contains(version.GetProperty("replaces").GetString()!, Read("TalkDsl.Templates", "content/talk/MyTalk.csproj"), StringComparison.Ordinal);
        Assert.Equal("Template", Nuspec("TalkDsl.Templates").Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
    }

    private static List<string> Entries(string id, string extension = "nupkg")
    {
        using var zip = ZipFile.OpenRead(PackedFeed.Package(id, extension));
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    private static string Read(string id, string entry)
    {
        using var zip = ZipFile.OpenRead(PackedFeed.Package(id));
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static XElement Nuspec(string id) =>
        XDocument.Parse(Read(id, id + ".nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    private static string Value(XElement metadata, string name) =>
        metadata.Elements().Single(e => e.Name.LocalName == name).Value;

    /// <summary>The names of the assemblies <paramref name="entry"/> references, read with System.Reflection.Metadata.</summary>
    private static List<string> References(string id, string entry) =>
        Metadata(id, entry, reader => reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList());

    /// <summary>Reads the metadata of the assembly <paramref name="entry"/> of a package with System.Reflection.Metadata.</summary>
    private static T Metadata<T>(string id, string entry, Func<MetadataReader, T> read)
    {
        using var zip = ZipFile.OpenRead(PackedFeed.Package(id));
        using var stream = new MemoryStream();
        using (var entryStream = zip.GetEntry(entry)!.Open())
        {
            entryStream.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        return read(pe.GetMetadataReader());
    }
}
