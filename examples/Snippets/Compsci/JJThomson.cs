using TalkDsl;

namespace Snippets;

public static partial class Compsci
{
    /// <summary>Where the Computer Lab is (lamd's <c>_compsci/includes/j-j-thomson.md</c>): one slide, its caption in the notes.</summary>
    [TalkPart]
    public static TalkPart JJThomson => TalkPart.Create()
        .NewSlide("J. J. Thomson Avenue")
        .Slides("""
            The William Gates Building, home of the Computer Lab, in West Cambridge:
            next door to the Cavendish Laboratory.
            """)
        .SpeakerNotes("""
            The Lab sits right beside the Cavendish: computing and the sciences have always been
            neighbours here.
            """)
        .Notes("""
            *Figure:* the Computer Lab stands on J. J. Thomson Avenue, immediately next to the
            Cavendish Laboratory.
            """);
}
