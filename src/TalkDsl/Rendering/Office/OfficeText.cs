using System.Text;
using System.Xml;

namespace TalkDsl.Rendering.Office;

/// <summary>Text for the Office XML: characters XML 1.0 cannot hold (control characters, lone surrogates) are dropped; the XML writer escapes the rest.</summary>
internal static class OfficeText
{
    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c) && (c >= ' ' || c is '\t' or '\n'))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Whether a link goes somewhere an Office file may point: an absolute http(s) or mailto address.</summary>
    public static Uri? SafeLink(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto) ? uri : null;
}
