using TalkDsl;

namespace MyTalk;

/// <summary>The talk: its header, its slides and notes, and the part it includes.</summary>
public static partial class Lecture
{
    [Talk]
    public static Talk Define() => Talk
        .Titled("MyTalk")
        .Author(given: "Ada", family: "Lovelace")
        .Date(2026, 1, 15)
        .Section("Introduction")
            .Slides("""
                * What this talk is about
                * Why it matters: $E = mc^2$
                """)
            .SpeakerNotes("Welcome everyone, and say why the topic matters to them.")
            .Notes("The notes page holds what you would say, written out for readers.")
        .Include(Background.Motivation)
        .Thanks();
}
