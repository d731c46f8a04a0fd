// Imported from lamd by `talk import` from lectures/second-talk.md. It is yours now: edit it freely.
using TalkDsl;

namespace Talks;

public static partial class SecondTalk
{
    [Talk]
    public static Talk Talk => global::TalkDsl.Talk.Titled("Second Talk")
        .Author(given: "Grace", family: "Hopper")
        .Date(2022, 1, 2)
        .Include(Snippets.Compsci.ComputerLab)
        .Include(Snippets.Class.ClassPart)
        .Subsection("Closing remarks")
        .Markdown("""
            Thanks for listening.
            """)
        .Thanks();
}
