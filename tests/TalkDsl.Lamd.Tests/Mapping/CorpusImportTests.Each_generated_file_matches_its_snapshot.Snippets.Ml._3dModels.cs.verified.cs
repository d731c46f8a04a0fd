// Imported from lamd by `talk import` from snippets/_ml/includes/3d-models.md. It is yours now: edit it freely.
using TalkDsl;

namespace Snippets;

public static partial class Ml
{
    [TalkPart]
    public static TalkPart _3dModels => TalkPart.Create()
        .Subsection("3D Models")
        .Markdown("""
            Models in three dimensions, with $\mathbb{R}^3$ intact.
            """)
        // lamd \newcommand at snippets/_ml/includes/3d-models.md:8:1 — a LaTeX notation macro: every talk that includes this part declares .Notation(@"\R", @"\mathbb{R}").
        // lamd \newcommand at snippets/_ml/includes/3d-models.md:9:1 — a LaTeX notation macro: every talk that includes this part declares .Notation(@"\pointCloud", @"\mathbf{P}").
        .Markdown("""
            A point cloud $\pointCloud \subset \R^3$.
            """);
}
