using TalkDsl;

namespace Snippets;

public static partial class Accelerate
{
    /// <summary>The Royal Society and Turing report (lamd's <c>_accelerate/includes/rs-turing-ai-science.md</c>).</summary>
    [TalkPart]
    public static TalkPart RsTuringAiScience => TalkPart.Create()
        .NewSlide("The AI revolution in scientific research")
        .Slides("""
            A joint report of the Royal Society and the Alan Turing Institute:
            [*The AI revolution in scientific research*](https://royalsociety.org/-/media/policy/projects/ai-and-society/AI-revolution-in-science.pdf)
            """)
        .SpeakerNotes("""
            Two national bodies, the Royal Society and the Turing, on what AI means for research.
            """)
        .Notes("""
            *Figure:* the Royal Society and the Alan Turing Institute's joint report on
            [the AI revolution in scientific research](https://royalsociety.org/-/media/policy/projects/ai-and-society/AI-revolution-in-science.pdf).
            """);
}
