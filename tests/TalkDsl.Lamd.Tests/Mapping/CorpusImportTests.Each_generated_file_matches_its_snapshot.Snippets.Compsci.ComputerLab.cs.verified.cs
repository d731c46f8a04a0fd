// Imported from lamd by `talk import` from snippets/_compsci/includes/computer-lab.md. It is yours now: edit it freely.
using TalkDsl;

namespace Snippets;

public static partial class Compsci
{
    [TalkPart]
    public static TalkPart ComputerLab => TalkPart.Create()
        .Subsection("The Computer Laboratory")
        .Notes("""
            The laboratory was founded as the Mathematical Laboratory.
            """)
        .Include(Snippets.Compsci.CompsciPart);
}
