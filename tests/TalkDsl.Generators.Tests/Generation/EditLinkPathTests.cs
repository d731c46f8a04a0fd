using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TalkDsl.Generators.Tests.Infrastructure;
using TalkDsl.Rendering;
using TalkDsl.Testing;

namespace TalkDsl.Generators.Tests.Generation;

/// <summary>
/// <c>EditMe()</c> records its file through <c>[CallerFilePath]</c> at run time; the generated renderer must
/// write the very string the compiler passes: the tree's path, after <c>#line</c> mapping and <c>/pathmap</c>.
/// </summary>
public class EditLinkPathTests
{
    private const string TalkFile = "/work/talks/Intro/Intro.cs";

    /// <summary>What a build with <c>PathMap=/work/talks/=/_/</c> (as deterministic CI builds set) gives the compiler.</summary>
    private static readonly SourceFileResolver MappedResolver = new(
        ImmutableArray<string>.Empty, "/work/talks", ImmutableArray.Create(KeyValuePair.Create("/work/talks/", "/_/")));

    [Theory]
    [InlineData(".EditMe()", false, TalkFile)]
    [InlineData(".EditMe()", true, "/_/Intro/Intro.cs")]
    [InlineData("\n#line 40 \"lamd/intro.md\"\n.EditMe()\n#line default\n", false, "lamd/intro.md")]
    [InlineData("\n#line 40 \"lamd/intro.md\"\n.EditMe()\n#line default\n", true, "/_/Intro/lamd/intro.md")]
    [InlineData(".EditMe(file: \"docs/intro.md\")", true, "docs/intro.md")]
    public void The_generated_edit_link_names_the_file_the_compiler_passes(string call, bool pathMap, string expected)
    {
        var talk = Compile(call, pathMap);

        Assert.True(talk.IsPrecompiled);
        var generated = RecordingWriter.Record(talk);
        var built = RecordingWriter.Record(new RenderableTalk(talk.Name, talk.Define()));
        Assert.Equal(built, generated);
        Assert.Contains($"EditLink({expected})", generated);
    }

    [Fact]
    public void An_edit_link_to_a_file_computed_at_run_time_is_built_then()
    {
        var talk = Compile(".EditMe(file: System.IO.Path.Combine(\"docs\", \"intro.md\"))", pathMap: false);

        Assert.False(talk.IsPrecompiled);
        Assert.Contains($"EditLink({Path.Combine("docs", "intro.md")})", RecordingWriter.Record(talk));
    }

    private static GeneratedTalk Compile(string call, bool pathMap)
    {
        var source = $$"""
            using TalkDsl;
            public static partial class T
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Edit me")
                    .Author(given: "Ada", family: "Lovelace")
                    {{call}}
                    .Subsection("One")
                        .Markdown("Content.");
            }
            """;
        var compilation = TestCompilation.Create([(TalkFile, source)]);
        if (pathMap)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSourceReferenceResolver(MappedResolver));
        }

        var (_, output, diagnostics) = GeneratorHarness.Run(compilation);
        Assert.Empty(diagnostics);
        return Assert.Single(LoadedAssembly.Emit(output).Catalog("TalkTests"));
    }
}
