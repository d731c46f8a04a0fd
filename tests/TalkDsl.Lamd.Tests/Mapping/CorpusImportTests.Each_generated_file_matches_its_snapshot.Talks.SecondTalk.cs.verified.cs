// Imported from lamd by `talk import` from lectures/second-talk.md. It is yours now: edit it freely.
using TalkDsl;

namespace Talks;

public static partial class SecondTalk
{
    [Talk]
    public static Talk Talk => global::TalkDsl.Talk.Titled("Second Talk")
        .FileName("second-talk")
        .Author(given: "Grace", family: "Hopper")
        .Date(2022, 1, 2)
        // Notation: lamd's \newcommand definitions, from the talk and the parts it includes.
        .Notation(@"\dataMatrix", @"\mathbf{Y}")
        .Include(Snippets.Compsci.ComputerLab)
        .Include(Snippets.Class.ClassPart)
        .Subsection("Closing remarks")
        .Markdown("""
            The data $\dataMatrix$.
            """)
        // lamd \newcommand at lectures/second-talk.md:16:1 — left out of the notation: \dataMatrix is already \newcommand{\dataMatrix}{\mathbf{Y}} (from snippets/_compsci/includes/compsci.md:6:1).
        .Markdown("""
            Thanks for listening.
            """)
        .Thanks();
}
