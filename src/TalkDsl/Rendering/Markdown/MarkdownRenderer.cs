using Markdig;
using Markdig.Extensions.SmartyPants;

namespace TalkDsl.Rendering.Markdown;

/// <summary>
/// The one Markdown renderer of every output: CommonMark with pipe tables, <c>$…$</c>/<c>$$…$$</c> math
/// in the form MathJax reads, and pandoc-like smart punctuation. Raw HTML is shown as text unless the
/// block opted in. The two pipelines are built once; Markdig pipelines are thread-safe.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline TextOnly = Build(allowHtml: false);

    private static readonly MarkdownPipeline WithHtml = Build(allowHtml: true);

    /// <summary>Renders <paramref name="markdown"/> and collects the links it cites.</summary>
    public static RenderedMarkdown Render(string markdown, bool allowHtml)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var pipeline = allowHtml ? WithHtml : TextOnly;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        PandocTypography.CurlApostrophes(document, markdown);
        var links = CitedLinks.Collect(document);
        return new RenderedMarkdown(Markdig.Markdown.ToHtml(document, pipeline), links);
    }

    private static MarkdownPipeline Build(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseMathematics()
            .UseSmartyPants(PandocTypography.SmartyPantOptions());
        builder.Extensions.AddIfNotAlready<PandocMathExtension>();
        if (!allowHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }
}
