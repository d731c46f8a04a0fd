using System.Globalization;
using System.Text;
using TalkDsl.Testing;

namespace TalkDsl.Preview.Benchmarks;

/// <summary>The talk projects timed: a copy of the example, and a generated project of many talks sharing parts.</summary>
internal static class BenchProjects
{
    /// <summary>
    /// A project of <paramref name="talks"/> talks in one file each, ten subsections of Markdown with speaker
    /// notes, each including two of twenty shared parts; returns the .csproj.
    /// </summary>
    public static string Generate(string root, int talks)
    {
        var folder = Path.Combine(root, "ManyTalks");
        Directory.CreateDirectory(Path.Combine(folder, "Talks"));
        Directory.CreateDirectory(Path.Combine(folder, "Parts"));
        ExampleCopy.CopySettings(root);
        var src = Path.Combine(ExampleCopy.Repository, "src", "TalkDsl");
        File.WriteAllText(Path.Combine(folder, "ManyTalks.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>ManyTalks</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/TalkDsl.csproj" />
                <ProjectReference Include="{ExampleCopy.Repository}/generators/TalkDsl.Generators/TalkDsl.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{src}/buildTransitive/TalkDsl.props" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "return TalkDsl.Hosting.TalkApp.Run(args, ManyTalks.TalkCatalog.All);\n");
        for (var p = 0; p < 20; p++)
        {
            File.WriteAllText(Path.Combine(folder, "Parts", $"Part{p:00}.cs"), $$""""
                using TalkDsl;

                namespace ManyTalks;

                public static partial class Parts
                {
                    [TalkPart]
                    public static TalkPart Part{{p:00}} => TalkPart.Create()
                        .Subsection("Shared topic {{p}}")
                        .Markdown("""
                            * A point every talk on this topic makes, number {{p}}.
                            * Another, with *emphasis* and `code`.
                            """)
                        .SpeakerNotes("Say why topic {{p}} matters to this audience.");
                }
                """");
        }

        for (var t = 0; t < talks; t++)
        {
            File.WriteAllText(TalkFile(folder, t), TalkSource(t, "Opening"));
        }

        return Path.Combine(folder, "ManyTalks.csproj");
    }

    public static string TalkFile(string folder, int talk) => Path.Combine(folder, "Talks", $"Talk{talk:000}.cs");

    /// <summary>The source of talk number <paramref name="t"/>, its first subsection titled <paramref name="heading"/>.</summary>
    public static string TalkSource(int t, string heading)
    {
        var body = new StringBuilder();
        for (var s = 1; s < 10; s++)
        {
            body.Append(CultureInfo.InvariantCulture, $$""""

                        .Subsection("Point {{s}} of talk {{t}}")
                            .Markdown("""
                                * The first thing to say about point {{s}}.
                                * The second, with a [link](https://example.org/{{t}}/{{s}}).
                                * The third: $x^{{s}}$ grows.
                                """)
                            .SpeakerNotes("Explain point {{s}} slowly, with an example from the audience's own work.")
                """");
        }

        return $$""""
            using TalkDsl;

            namespace ManyTalks;

            public static partial class Talk{{t:000}}
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Generated talk number {{t}}")
                    .Author(given: "Ada", family: "Lovelace")
                    .Date(2024, {{1 + t % 12}}, {{1 + t % 28}})
                    .Venue("Benchmark hall")
                    .Subsection("{{heading}}")
                        .Markdown("Why we are here.")
                    .Include(Parts.Part{{t % 20:00}})
                    .Include(Parts.Part{{(t + 7) % 20:00}}){{body}}
                    .Thanks();
            }
            """";
    }
}
