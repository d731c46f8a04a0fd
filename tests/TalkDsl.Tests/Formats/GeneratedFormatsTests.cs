using AccelerateSpark;
using TalkDsl.Formats;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Formats;

/// <summary>The generated per-talk renderer replays compile-time constants; every text format it renders is byte-identical to the built talk's.</summary>
public sealed class GeneratedFormatsTests
{
    public static TheoryData<string> TextFormats => new(TalkFormats.All.Where(f => !f.IsBinary).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void The_generated_renderer_writes_what_the_built_talk_writes(string name)
    {
        var format = TalkFormats.Find(name)!;
        var generated = AccelerateSparkInformationSession.Renderable;
        Assert.True(generated.IsPrecompiled);

        var built = new RenderableTalk(generated.Name, AccelerateSparkInformationSession.Define());

        Assert.Equal(built.RenderText(format), generated.RenderText(format));
    }

    [Fact]
    public void A_binary_format_is_refused_as_text_with_what_to_do()
    {
        var error = Assert.Throws<ArgumentException>(() => AccelerateSparkInformationSession.Renderable.RenderText(TalkFormats.Pptx));

        Assert.StartsWith("The pptx format is binary: render it to a Stream with Render(format, stream).", error.Message, StringComparison.Ordinal);
    }
}
