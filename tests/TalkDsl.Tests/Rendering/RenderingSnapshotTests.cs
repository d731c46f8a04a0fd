using TalkDsl.Testing;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Rendering;

/// <summary>The three formats of each sample talk, byte for byte. The verified files are the spec.</summary>
public class RenderingSnapshotTests
{
    [Theory]
    [MemberData(nameof(SampleTalks.Names), MemberType = typeof(SampleTalks))]
    public void Slides(string name) => Snapshot.Match(SampleTalks.All[name].RenderSlides(), "html", name);

    [Theory]
    [MemberData(nameof(SampleTalks.Names), MemberType = typeof(SampleTalks))]
    public void Notes(string name) => Snapshot.Match(SampleTalks.All[name].RenderNotes(), "html", name);

    [Theory]
    [MemberData(nameof(SampleTalks.Names), MemberType = typeof(SampleTalks))]
    public void Jekyll(string name) =>
        Snapshot.Match(SampleTalks.All[name].RenderJekyllNotes(new NotesOptions { SlidesLink = "2020-12-04-" + name + ".slides.html" }), "html", name);
}
