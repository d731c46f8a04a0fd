using TalkDsl;

namespace MyTalk;

/// <summary>Parts: pieces a talk includes (and other talks can include too).</summary>
public static partial class Background
{
    [TalkPart]
    public static TalkPart Motivation => TalkPart.Create()
        .Subsection("Motivation")
        .Markdown("""
            Shown on the slide and in the notes.
            """)
        .Notes("Only in the notes: the longer story behind the slide.");
}
