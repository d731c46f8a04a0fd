using TalkDsl.Generators.Tests.Infrastructure;
using TalkDsl.Rendering;

namespace TalkDsl.Generators.Tests.Generation;

/// <summary>
/// The generated renderers replay compile-time constants; the run time builds the talk and replays the
/// model. Both must write the same bytes, for every test talk and for the example.
/// </summary>
public class DifferentialTests
{
    public static TheoryData<string> Compilations => new(TestTalks.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Compilations))]
    public void Generated_renderers_write_what_the_built_talk_writes(string name)
    {
        var (_, output, _) = GeneratorHarness.Run(TestCompilation.Create(TestTalks.All.Single(t => t.Name == name).Files));
        var catalog = LoadedAssembly.Emit(output).Catalog("TalkTests");

        var talk = Assert.Single(catalog);
        Assert.Equal(name != "Dynamic", talk.IsPrecompiled);
        AssertSameOutputs(talk);
    }

    [Fact]
    public void The_example_talks_render_the_same_both_ways_and_are_precompiled()
    {
        Assert.NotEmpty(AccelerateSpark.TalkCatalog.All);
        Assert.All(AccelerateSpark.TalkCatalog.All, talk =>
        {
            Assert.True(talk.IsPrecompiled, talk.Name + " should replay compile-time constants");
            AssertSameOutputs(talk);
        });
    }

    [Fact]
    public void The_example_outline_is_the_compile_time_constant()
    {
        var outline = AccelerateSpark.AccelerateSparkInformationSession.Outline;

        Assert.Equal(AccelerateSpark.AccelerateSparkInformationSession.Define().Outline(), outline);
        Assert.Equal("accelerate-spark-information-session", AccelerateSpark.AccelerateSparkInformationSession.Sections.AccelerateSparkInformationSession);
        Assert.Contains(outline.Headings, h => h.Anchor == AccelerateSpark.AccelerateSparkInformationSession.Sections.Welcome);
    }

    private static void AssertSameOutputs(GeneratedTalk talk)
    {
        var built = talk.Define();
        Assert.Equal(built.Build().Metadata, talk.Metadata);
        Assert.Equal(built.Outline(), talk.Outline);
        Assert.Equal(built.RenderSlides(), talk.RenderSlides());
        Assert.Equal(built.RenderNotes(), talk.RenderNotes());
        Assert.Equal(built.RenderJekyllNotes(), talk.RenderJekyllNotes());
    }
}
