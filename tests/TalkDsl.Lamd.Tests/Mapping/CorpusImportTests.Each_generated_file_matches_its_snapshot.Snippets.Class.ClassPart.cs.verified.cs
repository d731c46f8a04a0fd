// Imported from lamd by `talk import` from snippets/_class/includes/class.md. It is yours now: edit it freely.
using TalkDsl;

namespace Snippets;

public static partial class Class
{
    [TalkPart]
    public static TalkPart ClassPart => TalkPart.Create()
        .Subsection("Class")
        .SpeakerNotes("""
            A snippet whose name is a C# keyword.
            """);
}
