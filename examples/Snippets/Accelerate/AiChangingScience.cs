using TalkDsl;

namespace Snippets;

public static partial class Accelerate
{
    /// <summary>
    /// How AI changes the practice of science, and the machines that came before it (lamd's
    /// <c>_accelerate/includes/ai-changing-science.md</c>): two slides, their captions in the notes.
    /// </summary>
    [TalkPart]
    public static TalkPart AiChangingScience => TalkPart.Create()
        .NewSlide("AI is changing how we do science")
        .Slides("""
            *Science*, July 2017:
            [AI is changing how we do science. Get a glimpse](https://www.sciencemag.org/news/2017/07/ai-changing-how-we-do-science-get-glimpse)
            """)
        .SpeakerNotes("""
            Science magazine's survey of how AI is changing the way research is done, from 2017.
            """)
        .Notes("""
            *Figure:* an [article from July 2017](https://www.sciencemag.org/news/2017/07/ai-changing-how-we-do-science-get-glimpse)
            on the ways AI is changing how science is done.
            """)
        .NewSlide("Difference Engine No. 2")
        .Slides("""
            Designed by Charles Babbage in the 1840s; first built in 1991, at the Science Museum in London.
            """)
        .SpeakerNotes("""
            Babbage's design was only built in 1991, by Doron Swade and colleagues at the Science
            Museum: the ideas ran far ahead of the machines of the day.
            """)
        .Notes("""
            *Figure:* Difference Engine No. 2, designed by Charles Babbage and finally completed in
            June 1991 by [Doron Swade and colleagues](https://collection.sciencemuseumgroup.org.uk/objects/co526657/difference-engine-no-2-designed-by-charles-babbage-built-by-science-museum-difference-engine)
            at the Science Museum in London.
            """);
}
