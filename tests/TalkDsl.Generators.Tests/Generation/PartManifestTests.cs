using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Generation;

/// <summary>
/// A part's manifest is for talks in other assemblies: a library's parts carry one, an application's (a talk
/// project's) do not, so their content is compiled once, in their replay members; <c>TalkDslPartManifests</c>
/// overrides either default.
/// </summary>
public class PartManifestTests
{
    private const string Host = "internal static class Host { private static void Main() { } }";

    private const string DynamicPart = """
        using TalkDsl;

        namespace Demo.Parts;

        public static partial class Live
        {
            public static readonly string Now = "computed at run time";

            [TalkPart]
            public static TalkPart Clock => TalkPart.Create().Subsection("Clock").Notes(Now);
        }
        """;

    [Fact]
    public void An_application_s_parts_carry_no_manifest_and_its_talk_still_replays_them_from_constants()
    {
        var (driver, output, diagnostics) = GeneratorHarness.Run(Compilation(OutputKind.ConsoleApplication, TestTalks.Representative, TestTalks.PartsFile, Host));
        Assert.Empty(diagnostics);

        var parts = GeneratorHarness.Sources(driver).Where(s => s.Key.StartsWith("Demo.Parts.", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, part =>
        {
            Assert.DoesNotContain("TalkPartManifestAttribute", part.Value, StringComparison.Ordinal);
            Assert.Contains("ReplayContext replay)", part.Value, StringComparison.Ordinal);
        });

        var loaded = LoadedAssembly.Emit(output);
        Assert.Empty(Manifests(loaded.Assembly));
        Assert.True(Assert.Single(loaded.Catalog("TalkTests")).IsPrecompiled);
    }

    [Fact]
    public void A_library_s_parts_carry_their_manifests()
    {
        var (_, output, _) = GeneratorHarness.Run(Compilation(OutputKind.DynamicallyLinkedLibrary, TestTalks.Representative, TestTalks.PartsFile));

        Assert.Equal(["M:Demo.Parts.Shared.Footnote", "P:Demo.Parts.Shared.History"], Manifests(LoadedAssembly.Emit(output).Assembly).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(OutputKind.ConsoleApplication, "true", 2)]
    [InlineData(OutputKind.DynamicallyLinkedLibrary, "false", 0)]
    [InlineData(OutputKind.DynamicallyLinkedLibrary, "not a boolean", 2)]
    public void TalkDslPartManifests_overrides_the_default(OutputKind kind, string value, int manifests)
    {
        var options = new AnalyzerHarness.DictionaryOptionsProvider(new Dictionary<string, string> { ["build_property.TalkDslPartManifests"] = value });
        var (_, output, _) = GeneratorHarness.Run(Compilation(kind, TestTalks.Representative, TestTalks.PartsFile, Host), GeneratorHarness.CreateDriver(options));

        Assert.Equal(manifests, Manifests(LoadedAssembly.Emit(output).Assembly).Count);
    }

    [Fact]
    public void An_application_s_part_with_run_time_content_gets_no_file_and_a_library_s_its_manifest()
    {
        var (application, _, _) = GeneratorHarness.Run(Compilation(OutputKind.ConsoleApplication, DynamicPart, Host));
        var (library, _, _) = GeneratorHarness.Run(Compilation(OutputKind.DynamicallyLinkedLibrary, DynamicPart));

        Assert.DoesNotContain(GeneratorHarness.Sources(application).Keys, hint => hint.StartsWith("Demo.Parts.Live", StringComparison.Ordinal));
        Assert.Contains("TalkPartManifestAttribute", GeneratorHarness.Sources(library)["Demo.Parts.Live.Clock.g.cs"], StringComparison.Ordinal);
    }

    private static CSharpCompilation Compilation(OutputKind kind, params string[] sources) =>
        TestCompilation.Create(sources).WithOptions(TestCompilation.Create().Options.WithOutputKind(kind));

    private static List<string> Manifests(Assembly assembly) =>
        assembly.GetCustomAttributes<TalkPartManifestAttribute>().Select(a => a.Key).ToList();
}
