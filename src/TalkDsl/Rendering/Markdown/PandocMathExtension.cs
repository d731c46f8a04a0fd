using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TalkDsl.Rendering.Markdown;

/// <summary>
/// Writes inline math as pandoc's <c>--mathjax</c> does: <c>$x$</c> as <c>\(x\)</c> in a
/// <c>math inline</c> span and <c>$$x$$</c> as display math <c>\[x\]</c> (Markdig's own renderer makes
/// both inline). Must be added after Markdig's mathematics extension, whose renderer it replaces.
/// </summary>
internal sealed class PandocMathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new PandocMathInlineRenderer());
        }
    }

    private sealed class PandocMathInlineRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math)
        {
            var display = math.DelimiterCount > 1;
            renderer.Write(display ? "<span class=\"math display\">\\[" : "<span class=\"math inline\">\\(");
            renderer.WriteEscape(ref math.Content);
            renderer.Write(display ? "\\]</span>" : "\\)</span>");
        }
    }
}
