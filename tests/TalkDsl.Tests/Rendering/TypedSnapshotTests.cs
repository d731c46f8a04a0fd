using TalkDsl.Rendering;
using TalkDsl.Testing;

namespace TalkDsl.Tests.Rendering;

/// <summary>The talk that uses every typed call, in each format, byte for byte. The verified files are the spec.</summary>
public class TypedSnapshotTests
{
    [Fact]
    public void Slides() => Snapshot.Match(TypedTalks.Everything.RenderSlides(), "html");

    [Fact]
    public void Notes() => Snapshot.Match(TypedTalks.Everything.RenderNotes(TypedTalks.EditOptions), "html");

    [Fact]
    public void Jekyll() => Snapshot.Match(TypedTalks.Everything.RenderJekyllNotes(TypedTalks.EditOptions), "html");
}
