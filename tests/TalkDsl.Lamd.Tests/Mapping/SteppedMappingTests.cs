using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Mapping;
using TalkDsl.Model;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>
/// What steps through a slide: lamd's animations (<c>\startanimation</c> … <c>\newframe</c> … <c>\endanimation</c>),
/// <c>\slidesincremental</c> and <c>\slidesmall</c> become their typed calls; what a call cannot say stays raw, with the reason.
/// Every imported talk compiles against TalkDsl (<see cref="LectureImport"/>).
/// </summary>
public sealed class SteppedMappingTests : IDisposable
{
    private readonly LectureImport _lecture = new();

    public void Dispose() => _lecture.Dispose();

    [Fact]
    public void An_animation_in_slides_only_content_becomes_one_Animation_call_for_the_slides()
    {
        var (code, summary) = _lecture.Import("""
            \subsection{Stacked PCA}

            \slides{
            \define{\width}{10%}
            \startanimation{stack-pca-sample}{0}{2}
            \newframe{\includediagram{\diagramsDir/stack-pca-sample-0}{\width}}{stack-pca-sample}
            \newframe{\includediagram{\diagramsDir/stack-pca-sample-1}{\width}}{stack-pca-sample}
            \newframe{\includediagram{\diagramsDir/stack-pca-sample-2}{\width}}{stack-pca-sample}
            \endanimation
            }
            """);

        Assert.Contains("""
                    .Animation(
                        "stack-pca-sample",
                        [
                            Media.Image("diagrams/stack-pca-sample-0.svg", width: "10%", alt: "stack pca sample 0"),
                            Media.Image("diagrams/stack-pca-sample-1.svg", width: "10%", alt: "stack pca sample 1"),
                            Media.Image("diagrams/stack-pca-sample-2.svg", width: "10%", alt: "stack pca sample 2"),
                        ],
                        ContentTarget.Slides)
            """, code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
        var animation = Assert.Single(_lecture.LastTalk().Build().Blocks.OfType<AnimationBlock>());
        Assert.Equal(ContentTarget.Slides, animation.Target);
        Assert.Equal(["diagrams/stack-pca-sample-0.svg", "diagrams/stack-pca-sample-1.svg", "diagrams/stack-pca-sample-2.svg"], animation.Frames.Select(f => ((ImageMedia)f).Path));
    }

    [Fact]
    public void An_animation_outside_slides_shows_in_both_and_its_frames_may_name_the_group_through_a_macro()
    {
        var (code, summary) = _lecture.Import("""
            \subsection{PCA}
            \define{animationName}{pca-directions}
            \startanimation{\animationName}{0}{1}{PCA directions}
            \newframe{\includepng{\diagramsDir/dimred/pca-000}{60%}}{\animationName}
            \newframe{Some *Markdown*.}{\animationName}
            \endanimation
            """);

        Assert.Contains("""
                    .Animation(
                        "pca-directions",
                        [
                            Media.Image("diagrams/dimred/pca-000.png", width: "60%", alt: "pca 000"),
                            Media.Markdown("Some *Markdown*."),
                        ])
            """, code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Fact]
    public void A_frame_with_a_style_keeps_the_animation_raw_with_the_reason()
    {
        var (code, summary) = _lecture.Import("""
            \subsection{A}
            \slides{
            \startanimation{a}{0}{1}
            \newframe{\includediagram{\diagramsDir/a-0}{50%}}{a}{opacity:0.5}
            \newframe{\includediagram{\diagramsDir/a-1}{50%}}{a}
            \endanimation
            }
            """);

        Assert.DoesNotContain(".Animation(", code, StringComparison.Ordinal);
        Assert.Contains("frame 1 has the style 'opacity:0.5', which Animation(…) has no place for", code, StringComparison.Ordinal);
        Assert.Contains(summary.NotMapped, use => use.Construct == "\\startanimation");
    }

    [Fact]
    public void Incremental_lists_and_small_text_become_their_calls()
    {
        var (code, summary) = _lecture.Import("""
            \subsection{Paradox}

            \slidesincremental{
            * Original productivity paradox
            * Required restructuring
            }

            \slidesmall{A *small* remark.}
            """);

        Assert.Contains(""""
                    .Incremental("""
                        * Original productivity paradox
                        * Required restructuring
                        """)
            """", code, StringComparison.Ordinal);
        Assert.Contains(".SlidesSmall(\"A *small* remark.\")", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Fact]
    public void An_incremental_list_may_sit_in_slides_only_content_but_small_text_shown_in_both_may_not()
    {
        var (code, _) = _lecture.Import("""
            \subsection{A}
            \slides{
            \slidesincremental{* one}

            \slidesmall{tiny}
            }
            """);

        Assert.Contains(".Incremental(\"* one\")", code, StringComparison.Ordinal);
        Assert.DoesNotContain(".SlidesSmall(", code, StringComparison.Ordinal);
        Assert.Contains("lamd \\slidesmall at", code, StringComparison.Ordinal);
    }
}
