using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rendering.Notes;

namespace TalkDsl.Rendering;

/// <summary>
/// Writes a talk's lecture notes as a Jekyll post in lamd's shape: YAML front matter (title, venue,
/// authors, date, <c>reveal:</c> link, layout, categories), then the notes body as HTML, the same body
/// <see cref="NotesHtmlWriter"/> writes, without the page around it (the Jekyll layout provides that). The body
/// is inert for Liquid: inside <c>{% raw %}</c>, with every <c>{{</c> and <c>{%</c> written as <c>&amp;#123;</c>.
/// </summary>
public sealed class JekyllNotesWriter : NotesWriter
{
    /// <param name="output">Receives the post; the writer does not dispose it.</param>
    /// <param name="options">The <c>reveal:</c> link, layout and categories; <see cref="NotesOptions.Default"/> when null.</param>
    public JekyllNotesWriter(TextWriter output, NotesOptions? options = null)
        : base(new LiquidInertWriter(output ?? throw new ArgumentNullException(nameof(output))), options)
    {
        _post = output;
    }

    /// <summary>The post itself; the body goes through <see cref="LiquidInertWriter"/> (the base's output).</summary>
    private readonly TextWriter _post;

    /// <inheritdoc/>
    private protected override void WriteStart(TalkMetadata metadata)
    {
        JekyllFrontMatter.Write(_post, metadata, Options);
        _post.Line("{% raw %}");
        WriteNotation(metadata.Notation);
    }

    /// <inheritdoc/>
    private protected override void WriteEnd()
    {
        ((LiquidInertWriter)Output).Complete();
        _post.Line("{% endraw %}");
    }

    /// <summary>
    /// The site's layout loads MathJax with its own configuration, so the post defines the talk's notation
    /// in hidden math that MathJax reads first: lamd's <c>\newcommand</c>s, escaped as text.
    /// </summary>
    private void WriteNotation(IReadOnlyList<NotationMacro> notation)
    {
        if (notation.Count == 0)
        {
            return;
        }

        Output.Line("<div class=\"notation\" style=\"display:none\">");
        foreach (var macro in notation)
        {
            Output.Line($"\\({HtmlText.Escape(macro.ToLatex())}\\)");
        }

        Output.Line("</div>");
    }
}
