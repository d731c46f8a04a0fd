using System.Text;

namespace TalkDsl.Rendering.Html;

/// <summary>Plain text into HTML. Every title, name, venue, anchor and URL that is not Markdown goes through here.</summary>
internal static class HtmlText
{
    /// <summary>Escapes text for element content and double- or single-quoted attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Writes <paramref name="text"/> and a '\n': output is byte-identical on every OS.</summary>
    public static void Line(this TextWriter output, string text = "")
    {
        output.Write(text);
        output.Write('\n');
    }
}
