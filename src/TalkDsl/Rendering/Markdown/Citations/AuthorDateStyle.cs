using System.Globalization;
using System.Text;
using TalkDsl.Model;
using TalkDsl.Rendering.Html;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Rendering.Markdown.Citations;

/// <summary>
/// The author–date style lamd's talks use (Elsevier–Harvard, <c>lamd/includes/elsevier-harvard.csl</c>), as
/// HTML: citations "(Lawrence, 2017)", "Lawrence (2017)", "(see Lawrence, 2017, p. 33; Hinton, 2006)",
/// two authors "A and B", three or more "A et al.", a/b after the year when one author has two entries
/// of a year; entries "Lawrence, N.D., Hinton, G.E., 2017. Title. Journal 12, 1–10. https://doi.org/…",
/// sorted by authors, then newest first. Every citation links to its entry's id, <c>ref-key</c>.
/// </summary>
internal sealed class AuthorDateStyle
{
    private readonly Bibliography _bibliography;

    private readonly Dictionary<string, string> _years = new(StringComparer.Ordinal);

    public AuthorDateStyle(Bibliography bibliography)
    {
        _bibliography = bibliography;
        foreach (var group in Sort(bibliography.Entries).GroupBy(e => (ShortAuthors(e), e.Year ?? string.Empty)))
        {
            var entries = group.ToList();
            for (var i = 0; i < entries.Count; i++)
            {
                _years[entries[i].Key] = YearOf(entries[i]) + (entries.Count > 1 ? ((char)('a' + Math.Min(i, 25))).ToString() : string.Empty);
            }
        }
    }

    /// <summary>A style with no entries: every citation shows its key as unknown.</summary>
    public static AuthorDateStyle Empty { get; } = new(Bibliography.Empty);

    public BibliographyEntry? Find(string key) => _bibliography.Find(key);

    /// <summary>The HTML of one citation, wrapped in <c>span.citation</c>.</summary>
    public string Render(Citation citation)
    {
        var keys = string.Join(" ", citation.Items.Select(i => i.Key));
        var html = new StringBuilder($"<span class=\"citation\" data-cites=\"{HtmlText.Escape(keys)}\">");
        if (citation.InText)
        {
            var item = citation.Items[0];
            if (Find(item.Key) is { } entry)
            {
                var inner = ShortAuthors(entry) + " (" + Year(entry) + (item.Suffix.Length > 0 ? ", " + item.Suffix : string.Empty) + ")";
                html.Append(Link(entry.Key, inner));
            }
            else
            {
                html.Append(Unknown(item.Key));
            }
        }
        else
        {
            html.Append('(');
            var items = citation.Items
                .Select((item, index) => (Item: item, Entry: Find(item.Key), Index: index))
                .OrderBy(x => x.Entry is null ? string.Empty : SortKey(x.Entry), StringComparer.OrdinalIgnoreCase)
                .ThenByDescending(x => x.Entry?.Year ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(x => x.Index)
                .ToList();
            string? previousAuthors = null;
            for (var i = 0; i < items.Count; i++)
            {
                var (item, entry, _) = items[i];
                var authors = entry is null ? null : ShortAuthors(entry);

                // collapse="year": the same authors again give only their year: "(Lawrence, 2019, 2017)".
                var collapse = authors is not null && authors == previousAuthors && !item.SuppressAuthor && item.Prefix.Length == 0;
                if (i > 0)
                {
                    html.Append(collapse ? ", " : "; ");
                }

                if (item.Prefix.Length > 0)
                {
                    html.Append(HtmlText.Escape(item.Prefix)).Append(' ');
                }

                if (entry is null)
                {
                    html.Append(Unknown(item.Key));
                }
                else
                {
                    var text = item.SuppressAuthor || collapse ? Year(entry) : authors + ", " + Year(entry);
                    html.Append(Link(entry.Key, text));
                }

                if (item.Suffix.Length > 0)
                {
                    html.Append(", ").Append(HtmlText.Escape(item.Suffix));
                }

                previousAuthors = item.SuppressAuthor ? null : authors;
            }

            html.Append(')');
        }

        return html.Append("</span>").ToString();
    }

    /// <summary>Entries in the style's order: by authors as the bibliography writes them, then newest first.</summary>
    public static IEnumerable<BibliographyEntry> Sort(IEnumerable<BibliographyEntry> entries) => entries
        .OrderBy(SortKey, StringComparer.OrdinalIgnoreCase)
        .ThenByDescending(e => e.Year ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(e => e.Title ?? string.Empty, StringComparer.OrdinalIgnoreCase);

    /// <summary>Writes the entries, sorted, each as pandoc's <c>div.csl-entry</c> with the id citations link to.</summary>
    public void WriteEntries(TextWriter output, IEnumerable<BibliographyEntry> entries)
    {
        foreach (var entry in Sort(entries))
        {
            output.Write($"<div id=\"ref-{HtmlText.Escape(entry.Key)}\" class=\"csl-entry\" role=\"doc-biblioentry\">");
            output.Write(EntryHtml(entry));
            output.Write("</div>\n");
        }
    }

    /// <summary>One entry: authors, year. Title. Container locators. DOI or URL as a link.</summary>
    public string EntryHtml(BibliographyEntry entry)
    {
        var text = new Sentence();
        var authors = LongNames(entry.Authors);
        var editorsShown = false;
        var titleShown = false;
        if (authors.Length == 0 && entry.Editors.Count > 0)
        {
            authors = LongNames(entry.Editors) + (entry.Editors.Count > 1 ? " (Eds.)" : " (Ed.)");
            editorsShown = true;
        }

        if (authors.Length == 0 && entry.Title is not null)
        {
            authors = entry.Title;
            titleShown = true;
        }

        text.Add(authors).Add(",").Add(" " + Year(entry)).Add(". ");
        if (!titleShown && entry.Title is not null)
        {
            text.Add(entry.Title);
            if (entry.Genre is not null && IsOneOf(entry, "techreport", "phdthesis", "mastersthesis"))
            {
                text.Add(" (" + entry.Genre + ")");
            }
        }

        if (IsChapter(entry))
        {
            if (entry.Container is not null)
            {
                var editors = !editorsShown && entry.Editors.Count > 0 ? LongNames(entry.Editors) + (entry.Editors.Count > 1 ? " (Eds.), " : " (Ed.), ") : string.Empty;
                text.Add(", In: " + editors + entry.Container);
            }

            text.Add(Joined(". ", entry.Publisher, entry.Place, entry.Pages is null ? null : "pp. " + entry.Pages));
        }
        else if (IsBookLike(entry))
        {
            text.Add(entry.Container is null ? string.Empty : ", " + entry.Container);
            text.Add(Joined(". ", entry.Publisher, entry.Place));
        }
        else
        {
            text.Add(entry.Container is null ? string.Empty : ". " + entry.Container);
            if (entry.Type == "article")
            {
                var locators = string.Join(", ", new[] { entry.Volume, entry.Pages }.Where(v => v is not null));
                text.Add(locators.Length == 0 ? string.Empty : " " + locators);
            }
        }

        text.Add(".");
        var html = HtmlText.Escape(text.ToString());
        var address = entry.Doi is not null ? "https://doi.org/" + entry.Doi : entry.Url;
        if (address is not null)
        {
            var escaped = HtmlText.Escape(address);
            html += $" <a href=\"{escaped}\">{escaped}</a>";
        }

        return html;
    }

    /// <summary>"Lawrence", "Lawrence and Hinton", "Lawrence et al."; editors, else the title, when there are no authors.</summary>
    public static string ShortAuthors(BibliographyEntry entry)
    {
        var names = entry.Authors.Count > 0 ? entry.Authors : entry.Editors;
        var named = names.Where(n => !n.IsOthers).ToList();
        if (named.Count == 0)
        {
            return entry.Title is null ? entry.Key : "\u201C" + entry.Title + "\u201D";
        }

        return named.Count >= 3 || names.Any(n => n.IsOthers) ? named[0].Family + " et al."
            : named.Count == 2 ? named[0].Family + " and " + named[1].Family
            : named[0].Family;
    }

    private string Year(BibliographyEntry entry) => _years.TryGetValue(entry.Key, out var year) ? year : YearOf(entry);

    private static string YearOf(BibliographyEntry entry) => entry.Year ?? "n.d.";

    private static string SortKey(BibliographyEntry entry)
    {
        var names = LongNames(entry.Authors.Count > 0 ? entry.Authors : entry.Editors);
        return names.Length > 0 ? names : entry.Title ?? entry.Key;
    }

    /// <summary>"Lawrence, N.D., Hinton, G.E.": every name family first, given names as initials.</summary>
    private static string LongNames(IEnumerable<ReferenceName> names) => string.Join(", ", names.Select(n =>
        n.IsOthers ? "et al." : n.Given is null ? n.Family : n.Family + ", " + n.Initials));

    private static bool IsChapter(BibliographyEntry entry) => IsOneOf(entry, "incollection", "inbook", "inproceedings", "conference");

    private static bool IsBookLike(BibliographyEntry entry) => IsOneOf(entry, "book", "booklet", "techreport", "phdthesis", "mastersthesis", "proceedings", "manual");

    private static bool IsOneOf(BibliographyEntry entry, params string[] types) => types.Contains(entry.Type);

    private static string Joined(string prefix, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return present.Count == 0 ? string.Empty : prefix + string.Join(", ", present);
    }

    private static string Link(string key, string text) =>
        $"<a href=\"#ref-{HtmlText.Escape(key)}\" role=\"doc-biblioref\">{HtmlText.Escape(text)}</a>";

    private static string Unknown(string key) => $"<strong>{HtmlText.Escape(key)}?</strong>";

    /// <summary>Text built from parts, where a part starting with a full stop does not double the stop before it ("Why?." is "Why?").</summary>
    private sealed class Sentence
    {
        private readonly StringBuilder _text = new();

        public Sentence Add(string part)
        {
            if (part.Length == 0)
            {
                return this;
            }

            if (_text.Length > 0 && part[0] == '.' && ".?!".Contains(_text[^1], StringComparison.Ordinal))
            {
                part = part[1..];
            }

            _text.Append(part);
            return this;
        }

        public override string ToString() => _text.ToString();
    }
}
