// Imported from lamd by `talk import` from snippets/_compsci/includes/compsci.md. It is yours now: edit it freely.
using TalkDsl;

namespace Snippets;

public static partial class Compsci
{
    [TalkPart]
    public static TalkPart CompsciPart => TalkPart.Create()
        .Slides("""
            * Computing, then and now
            """);
        // lamd \newcommand at snippets/_compsci/includes/compsci.md:6:1 — a LaTeX notation macro: every talk that includes this part declares .Notation(@"\dataMatrix", @"\mathbf{Y}").
}
