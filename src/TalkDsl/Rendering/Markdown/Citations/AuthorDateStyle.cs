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

    // The names a citation shows when the family names alone would not tell two cited entries apart.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <param name="bibliography">The entries the talk cites: the style tells apart only what is cited, as citeproc does.</param>
    public AuthorDateStyle(Bibliography bibliography)
    {
        _bibliography = bibliography;

        // The CSL's <citation disambiguate-add-givenname="true" disambiguate-add-year-suffix="true">, by cite (the
        // default rule): entries whose citations read alike ("Doe, 2017") first show initials, then full given
        // names ("A. Doe, 2017", "John Doe, 2017"), where that tells one from the others; those still alike (the
        // same authors) get a, b, … after the year, in the bibliography's order.
        foreach (var group in Sort(bibliography.Entries).GroupBy(e => (ShortAuthors(e), YearOf(e))))
        {
            var entries = group.ToList();
            var alike = new List<BibliographyEntry>();
            foreach (var entry in entries)
            {
                var others = entries.Where(other => !ReferenceEquals(other, entry)).ToList();
                var telling = others.Count == 0 ? null : new[] { NameForm.Initials, NameForm.Full }
                    .Select(form => (Form: form, Names: ShortAuthors(entry, form)))
                    .FirstOrDefault(x => others.All(other => ShortAuthors(other, x.Form) != x.Names)).Names;
                if (telling is not null)
                {
                    _names[entry.Key] = telling;
                }
                else
                {
                    alike.Add(entry);
                }
            }

            for (var i = 0; i < alike.Count; i++)
            {
                _years[alike[i].Key] = YearOf(alike[i]) + (alike.Count > 1 ? YearSuffix(i) : string.Empty);
            }
        }
    }

    /// <summary>How much of a name a citation shows: the family name, with initials, or with the given names in full.</summary>
    private enum NameForm
    {
        Family,
        Initials,
        Full,
    }

    /// <summary>A style with no entries: every citation shows its key as unknown.</summary>
    public static AuthorDateStyle Empty { get; } = new(Bibliography.Empty);

    public BibliographyEntry? Find(string key) => _bibliography.Find(key);

    /// <summary>The HTML of one citation, wrapped in <c>span.citation</c>.</summary>
    public string Render(Citation citation)
    {
        var keys = string.Join(" ", citation.Items.Select(i => i.Key));
        var html = new StringBuilder($"<span class=\"citation\" data-cites=\"{HtmlText.Escape(keys)}\">");
        foreach (var part in Parts(citation))
        {
            html.Append(part.Key is { } key ? Link(key, part.Text)
                : part.IsUnknown ? Unknown(part.Text)
                : HtmlText.Escape(part.Text));
        }

        return html.Append("</span>").ToString();
    }

    /// <summary>
    /// One citation as the formats without HTML write it: "(", "Lawrence, 2017" linked to its entry, ")"; an
    /// unknown key is a part of its own, <see cref="CitationPart.IsUnknown"/>, shown as "key?".
    /// </summary>
    public IReadOnlyList<CitationPart> Parts(Citation citation)
    {
        var parts = new List<CitationPart>();
        if (citation.InText)
        {
            var item = citation.Items[0];
            parts.Add(Find(item.Key) is { } entry
                ? new CitationPart(Authors(entry) + " (" + Year(entry) + (item.Suffix.Length > 0 ? ", " + item.Suffix : string.Empty) + ")", entry.Key)
                : CitationPart.Unknown(item.Key));
            return parts;
        }

        parts.Add(new CitationPart("("));
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
            var authors = entry is null ? null : Authors(entry);

            // collapse="year": the same authors again give only their year: "(Lawrence, 2019, 2017)".
            var collapse = authors is not null && authors == previousAuthors && !item.SuppressAuthor && item.Prefix.Length == 0;
            var before = (i == 0 ? string.Empty : collapse ? ", " : "; ") + (item.Prefix.Length > 0 ? item.Prefix + " " : string.Empty);
            if (before.Length > 0)
            {
                parts.Add(new CitationPart(before));
            }

            parts.Add(entry is null
                ? CitationPart.Unknown(item.Key)
                : new CitationPart(item.SuppressAuthor || collapse ? Year(entry) : authors + ", " + Year(entry), entry.Key));
            if (item.Suffix.Length > 0)
            {
                parts.Add(new CitationPart(", " + item.Suffix));
            }

            previousAuthors = item.SuppressAuthor ? null : authors;
        }

        parts.Add(new CitationPart(")"));
        return parts;
    }

    /// <summary>The plain text of a citation: "(Lawrence, 2017, p. 3)"; an unknown key as "key?".</summary>
    public static string PlainText(IEnumerable<CitationPart> parts) =>
        string.Concat(parts.Select(p => p.IsUnknown ? p.Text + "?" : p.Text));

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
        var html = HtmlText.Escape(EntryText(entry));
        if (Address(entry) is { } address)
        {
            var escaped = HtmlText.Escape(address);
            html += $" <a href=\"{escaped}\">{escaped}</a>";
        }

        return html;
    }

    /// <summary>The DOI as an address, else the URL: what follows an entry's text as a link.</summary>
    public static string? Address(BibliographyEntry entry) => entry.Doi is not null ? "https://doi.org/" + entry.Doi : entry.Url;

    /// <summary>One entry's text, without its address: "Lawrence, N.D., 2017. Title. Journal 12, 1–10."</summary>
    public string EntryText(BibliographyEntry entry)
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
        return text.ToString();
    }

    /// <summary>The names a citation of <paramref name="entry"/> shows: <see cref="ShortAuthors(BibliographyEntry)"/>, or more where that is ambiguous.</summary>
    public string Authors(BibliographyEntry entry) => _names.TryGetValue(entry.Key, out var names) ? names : ShortAuthors(entry);

    /// <summary>"Lawrence", "Lawrence and Hinton", "Lawrence et al."; editors, else the title, when there are no authors.</summary>
    public static string ShortAuthors(BibliographyEntry entry) => ShortAuthors(entry, NameForm.Family);

    /// <summary>The CSL's year suffixes: a … z, then aa, ab, … as citeproc continues.</summary>
    private static string YearSuffix(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : YearSuffix((index / 26) - 1) + (char)('a' + (index % 26));

    /// <summary>One name as the citation shows it: "Lawrence", "N. D. Lawrence" (the CSL's initialize-with=". "), "Neil D. Lawrence".</summary>
    private static string ShortName(ReferenceName name, NameForm form) =>
        name.Given is null || form == NameForm.Family ? name.Family
        : form == NameForm.Full ? name.Given + " " + name.Family
        : SpacedInitials.Replace(name.Initials, ". ") + " " + name.Family;

    private static readonly System.Text.RegularExpressions.Regex SpacedInitials = new(@"\.(?=\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string ShortAuthors(BibliographyEntry entry, NameForm form)
    {
        var names = entry.Authors.Count > 0 ? entry.Authors : entry.Editors;
        var named = names.Where(n => !n.IsOthers).ToList();
        if (named.Count == 0)
        {
            return entry.Title is null ? entry.Key : "\u201C" + entry.Title + "\u201D";
        }

        return named.Count >= 3 || names.Any(n => n.IsOthers) ? ShortName(named[0], form) + " et al."
            : named.Count == 2 ? ShortName(named[0], form) + " and " + ShortName(named[1], form)
            : ShortName(named[0], form);
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

/// <summary>A piece of a rendered citation: its text, linked to the entry <see cref="Key"/> when set.</summary>
/// <param name="IsUnknown">The text is a key the bibliography lacks (TALK015 reports it), shown in bold with a question mark.</param>
internal sealed record CitationPart(string Text, string? Key = null, bool IsUnknown = false)
{
    public static CitationPart Unknown(string key) => new(key, IsUnknown: true);
}
