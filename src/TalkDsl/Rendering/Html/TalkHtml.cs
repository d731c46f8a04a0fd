using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TalkDsl.Model;
using TalkDsl.Rendering.Markdown;
using TalkDsl.Rules;

namespace TalkDsl.Rendering.Html;

/// <summary>The HTML pieces slides and notes share: dates, authors, contacts, references and MathJax.</summary>
internal static class TalkHtml
{
    /// <summary>MathJax reads the delimiters the Markdown renderer writes, and only those: a bare
    /// <c>$</c> in text stays a dollar.</summary>
    private const string MathJaxDelimiters = @"inlineMath: [['\\(', '\\)']], displayMath: [['\\[', '\\]']]";

    /// <summary>
    /// MathJax's <c>tex</c> options: the delimiters, and the talk's notation as <c>macros</c>
    /// (<c>name: "definition"</c>, or <c>name: ["definition", n]</c> for a command with arguments).
    /// </summary>
    public static string MathJaxTexConfig(IReadOnlyList<NotationMacro> notation)
    {
        if (notation.Count == 0)
        {
            return $"tex: {{ {MathJaxDelimiters} }}";
        }

        var macros = notation.Select(m => m.Parameters == 0
            ? $"{ScriptString(m.Name)}: {ScriptString(m.Definition)}"
            : $"{ScriptString(m.Name)}: [{ScriptString(m.Definition)}, {m.Parameters.ToString(CultureInfo.InvariantCulture)}]");
        return $"tex: {{ {MathJaxDelimiters}, macros: {{ {string.Join(", ", macros)} }} }}";
    }

    private static readonly JsonSerializerOptions ScriptSafe = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Dates as lamd writes them: <c>2020-12-04</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Neil D. Lawrence, Jessica K. Montgomery", for <c>&lt;meta name="author"&gt;</c>.</summary>
    private static string AuthorNames(TalkMetadata metadata) => string.Join(", ", metadata.Authors.Select(a => a.DisplayName));

    /// <summary>A string as a JavaScript literal that is safe inside a <c>&lt;script&gt;</c> element.</summary>
    public static string ScriptString(string value) => JsonSerializer.Serialize(value, ScriptSafe);

    /// <summary>Joins a base folder and a path below it, whether or not the folder ends with '/'.</summary>
    public static string Below(string folder, string path) => folder.TrimEnd('/') + "/" + path;

    /// <summary>Opens the page up to and including its <c>&lt;title&gt;</c>: the doctype, language, charset,
    /// viewport, author and date metadata. The caller adds styles and scripts, then closes the head.</summary>
    public static void WritePageStart(TextWriter output, TalkMetadata metadata)
    {
        output.Line("<!DOCTYPE html>");
        output.Line("<html lang=\"en\">");
        output.Line("<head>");
        output.Line("<meta charset=\"utf-8\">");
        output.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">");
        output.Line("<meta name=\"generator\" content=\"TalkDsl\">");
        if (metadata.Authors.Count > 0)
        {
            output.Line($"<meta name=\"author\" content=\"{HtmlText.Escape(AuthorNames(metadata))}\">");
        }

        if (metadata.Date is { } date)
        {
            output.Line($"<meta name=\"dcterms.date\" content=\"{FormatDate(date)}\">");
        }

        output.Line($"<title>{HtmlText.Escape(metadata.Title)}</title>");
    }

    /// <summary>Links the user's stylesheet, when there is one; written last in the head so its rules win.</summary>
    public static void WriteStylesheetLink(TextWriter output, string? stylesheet)
    {
        if (stylesheet is not null)
        {
            output.Line($"<link rel=\"stylesheet\" href=\"{HtmlText.Escape(stylesheet)}\">");
        }
    }

    /// <summary>Title, subtitle, authors with institutes, venue and date, as lamd's title slide and notes header show them.</summary>
    /// <param name="instituteSeparator">Between an author's name and institute: a line break on slides, a comma in notes.</param>
    public static void WriteTitleBlock(TextWriter output, TalkMetadata metadata, string instituteSeparator)
    {
        if (metadata.Title is not null)
        {
            output.Line($"<h1 class=\"title\">{HtmlText.Escape(metadata.Title)}</h1>");
        }

        if (metadata.Subtitle is not null)
        {
            output.Line($"<p class=\"subtitle\">{HtmlText.Escape(metadata.Subtitle)}</p>");
        }

        WriteAuthors(output, metadata.Authors, instituteSeparator);
        if (metadata.Venue is not null)
        {
            output.Line($"<p class=\"venue\">{HtmlText.Escape(metadata.Venue)}</p>");
        }

        if (metadata.Date is { } date)
        {
            output.Line($"<p class=\"date\">{FormatDate(date)}</p>");
        }
    }

    /// <summary>One <c>&lt;p class="author"&gt;</c> per author: the name, then the institute after <paramref name="separator"/>.</summary>
    private static void WriteAuthors(TextWriter output, IReadOnlyList<Author> authors, string separator)
    {
        foreach (var author in authors)
        {
            var institute = author.Institute is null ? string.Empty : $"{separator}<span class=\"institute\">{HtmlText.Escape(author.Institute)}</span>";
            output.Line($"<p class=\"author\">{HtmlText.Escape(author.DisplayName)}{institute}</p>");
        }
    }

    /// <summary>The authors with their twitter and web contacts (lamd's <c>\thanks</c>).</summary>
    public static void WriteContacts(TextWriter output, IReadOnlyList<Author> authors)
    {
        if (authors.Count == 0)
        {
            return;
        }

        output.Line("<ul class=\"contacts\">");
        foreach (var author in authors)
        {
            var contacts = new List<string>();
            if (author.TwitterHandle is { } handle)
            {
                var url = "https://twitter.com/" + Uri.EscapeDataString(handle);
                contacts.Add($"twitter: <a href=\"{HtmlText.Escape(url)}\">@{HtmlText.Escape(handle)}</a>");
            }

            if (author.Url is { } home)
            {
                contacts.Add($"web: {Link(home, HtmlText.Escape(home))}");
            }

            var name = HtmlText.Escape(author.DisplayName);
            output.Line(contacts.Count == 0 ? $"<li>{name}</li>" : $"<li>{name}, {string.Join(", ", contacts)}</li>");
        }

        output.Line("</ul>");
    }

    /// <summary>
    /// The entries the output cites, sorted as the author–date style sorts them; when it cites none, the distinct
    /// links cited, in order of first appearance, or a sentence saying there are none.
    /// </summary>
    public static void WriteReferenceList(TextWriter output, CitedLinkSet cited)
    {
        if (cited.Entries.Count > 0)
        {
            output.Line("<div class=\"references csl-bib-body hanging-indent\">");
            cited.Style.WriteEntries(output, cited.Entries);
            output.Line("</div>");
            return;
        }

        var links = cited.Links;
        if (links.Count == 0)
        {
            output.Line("<p>This talk cites no links.</p>");
            return;
        }

        output.Line("<ul class=\"reference-list\">");
        foreach (var link in links)
        {
            var anchor = Link(link.Url, HtmlText.Escape(link.Url));
            output.Line(link.Text == link.Url ? $"<li>{anchor}</li>" : $"<li>{HtmlText.Escape(link.Text)}: {anchor}</li>");
        }

        output.Line("</ul>");
    }

    /// <summary>
    /// <c>&lt;a href&gt;</c> around <paramref name="html"/> when <paramref name="url"/> is one a page may link to
    /// (<see cref="SafeUrl"/>); otherwise the text alone, inert (Validate() reports it as TALK021).
    /// </summary>
    public static string Link(string url, string html) =>
        SafeUrl.IsSafe(url) ? $"<a href=\"{HtmlText.Escape(url)}\">{html}</a>" : html;

    /// <summary>The notes heading of Thanks and References: the same words the outline and anchors use.</summary>
    public static string ThanksTitle => HtmlText.Escape(TalkRules.ThanksTitle);

    /// <inheritdoc cref="ThanksTitle"/>
    public static string ReferencesTitle => HtmlText.Escape(TalkRules.ReferencesTitle);

    /// <summary>An <c> id="…"</c> attribute, or nothing when there is no anchor.</summary>
    public static string IdAttribute(string? anchor) => string.IsNullOrEmpty(anchor) ? string.Empty : $" id=\"{HtmlText.Escape(anchor)}\"";
}
