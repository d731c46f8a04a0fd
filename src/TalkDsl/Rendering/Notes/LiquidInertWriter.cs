using System.Text;

namespace TalkDsl.Rendering.Notes;

/// <summary>
/// The body of a Jekyll post, made inert for Liquid: Jekyll runs Liquid on every post, so a <c>{{</c> or
/// <c>{%</c> in a title, code or math would be evaluated. The post wraps its body in <c>{% raw %}</c>, and this
/// writer also writes the <c>{</c> that would open a Liquid tag as <c>&amp;#123;</c> (the same character
/// to a browser and to MathJax), so even a literal <c>{% endraw %}</c> in the content cannot end the raw block.
/// </summary>
internal sealed class LiquidInertWriter(TextWriter inner) : TextWriter
{
    private bool _pendingBrace;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (_pendingBrace)
        {
            _pendingBrace = false;
            inner.Write(value is '{' or '%' ? "&#123;" : "{");
        }

        if (value == '{')
        {
            _pendingBrace = true;
            return;
        }

        inner.Write(value);
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    /// <summary>Writes a brace held back to see what follows it; call at the end of the body.</summary>
    public void Complete()
    {
        if (_pendingBrace)
        {
            _pendingBrace = false;
            inner.Write('{');
        }

        inner.Flush();
    }

    public override void Flush()
    {
        inner.Flush();
    }
}
