using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs): the one allow-list of link and image addresses. The writers render
// any other address inert; Talk.Validate() and the analyzer report it as TALK021 with the same words.

/// <summary>
/// Which addresses a page may link to or load: <c>http:</c>, <c>https:</c>, <c>mailto:</c>, relative paths
/// and <c>#anchors</c>; for images also <c>data:image/…</c>. The address is read the way a browser reads
/// it first: character references decoded (<c>javascript&amp;#58;</c>), and white space and control
/// characters dropped (<c>java&#9;script:</c>), so no spelling of <c>javascript:</c>, <c>vbscript:</c> or
/// <c>data:text/html</c> gets through.
/// </summary>
internal static class SafeUrl
{
    private static readonly Regex NamedObfuscation = new("&(colon|tab|newline|sol|period|lpar|rpar);?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex NumericReference = new("&#(x[0-9a-f]+|[0-9]+);?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex SchemePattern = new("^[a-z][a-z0-9+.-]*$", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="address"/> may be an <c>href</c> (or, with <paramref name="image"/>, an image's <c>src</c>).</summary>
    public static bool IsSafe(string? address, bool image = false)
    {
        if (address is null)
        {
            return true;
        }

        var url = AsBrowserReadsIt(address);
        var end = url.IndexOfAny(new[] { '/', '?', '#' });
        var colon = url.IndexOf(':');
        if (colon < 0 || (end >= 0 && end < colon))
        {
            return true; // no scheme: a relative path, a site path, //host or #anchor
        }

        var scheme = url.Substring(0, colon).ToLowerInvariant();
        if (!SchemePattern.IsMatch(scheme))
        {
            return false; // not a scheme a browser reads, but not a plain path either: refuse rather than guess
        }

        return scheme == "http" || scheme == "https" || scheme == "mailto"
            || (image && scheme == "data" && url.Substring(colon + 1).TrimStart().StartsWith("image/", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The message for an address that is not safe, the same at compile time and at run time.</summary>
    /// <param name="where">The call or field it is in, e.g. <c>Markdown(...)</c> or "the author url".</param>
    public static string Describe(string address, string where, bool image) =>
        "The " + (image ? "image" : "link") + " '" + Shown(address) + "' in " + where + " is not an address a page may "
        + (image ? "load" : "link to") + " (it could run script): use http:, https:, mailto:, a relative path or a #anchor"
        + (image ? " (or data:image/…)" : string.Empty) + "; it is rendered as plain text";

    /// <summary>
    /// The link and image addresses a Markdown text gives, as CommonMark would find them (inline links and
    /// images, autolinks, reference definitions), outside code. Read without a Markdown parser so the
    /// generator can share it; it errs on the side of finding too much.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, bool>> AddressesIn(string markdown)
    {
        var text = WithoutCode(markdown);
        foreach (Match match in InlineLink.Matches(text))
        {
            yield return new KeyValuePair<string, bool>(Unescape(match.Groups["url"].Value.Trim('<', '>')), match.Groups["bang"].Length > 0);
        }

        foreach (Match match in AutoLink.Matches(text))
        {
            yield return new KeyValuePair<string, bool>(match.Groups["url"].Value, false);
        }

        foreach (Match match in Definition.Matches(text))
        {
            // A definition may serve an image: a data:image/ one is taken as one (the renderer checks each use).
            var url = Unescape(match.Groups["url"].Value.Trim('<', '>'));
            yield return new KeyValuePair<string, bool>(url, IsSafe(url, image: true) && !IsSafe(url));
        }
    }

    private static readonly Regex InlineLink = new(@"(?<bang>!?)\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(?<url><[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)", RegexOptions.CultureInvariant);

    private static readonly Regex AutoLink = new(@"<(?<url>[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>", RegexOptions.CultureInvariant);

    private static readonly Regex Definition = new(@"^ {0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*(?<url><[^>\n]*>|\S+)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex CodeSpan = new(@"(?<ticks>`+)[\s\S]*?\k<ticks>", RegexOptions.CultureInvariant);

    private static readonly Regex Fence = new(@"^ {0,3}(?<fence>`{3,}|~{3,})[^\n]*\n[\s\S]*?(^ {0,3}\k<fence>[ \t]*$|\z)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static string WithoutCode(string markdown) => CodeSpan.Replace(Fence.Replace(markdown, string.Empty), string.Empty);

    /// <summary>CommonMark's backslash escapes in a destination: <c>javascript\:</c> is <c>javascript:</c>.</summary>
    private static string Unescape(string url) => Regex.Replace(url, @"\\([!-/:-@\[-`{-~])", "$1");

    /// <summary>Decodes character references (HTML5's obfuscating names too) and drops white space and control characters.</summary>
    private static string AsBrowserReadsIt(string address)
    {
        var decoded = address;
        for (var i = 0; i < 3 && decoded.IndexOf('&') >= 0; i++)
        {
            var next = NamedObfuscation.Replace(decoded, m => m.Groups[1].Value.ToLowerInvariant() switch
            {
                "colon" => ":",
                "tab" => "\t",
                "newline" => "\n",
                "sol" => "/",
                "period" => ".",
                "lpar" => "(",
                _ => ")",
            });
            next = NumericReference.Replace(next, m => FromCodePoint(m.Groups[1].Value));
            next = WebUtility.HtmlDecode(next);
            if (next == decoded)
            {
                break;
            }

            decoded = next;
        }

        var kept = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (c > ' ' && !char.IsControl(c) && !char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static string FromCodePoint(string reference)
    {
        var hex = reference[0] == 'x' || reference[0] == 'X';
        var digits = hex ? reference.Substring(1) : reference;
        if (digits.Length > 7 || !int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return string.Empty;
        }

        return code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF) ? char.ConvertFromUtf32(code) : string.Empty;
    }

    /// <summary>The address on one line, shortened, for a message.</summary>
    private static string Shown(string address)
    {
        var builder = new StringBuilder();
        foreach (var c in address)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
            if (builder.Length >= 80)
            {
                builder.Append('…');
                break;
            }
        }

        return builder.ToString();
    }
}
