using System.Globalization;
using System.Text.RegularExpressions;
using TalkDsl.Rules;

namespace TalkDsl.Rendering.Notes;

/// <summary>
/// Gives headings written inside Markdown content (<c>## Results</c>) the ids pandoc would, so links into
/// lamd's notes keep working for them too. The talk's own headings keep their anchors (they are the
/// generated <c>Sections</c> constants); a Markdown heading takes its pandoc id unless a talk heading
/// anywhere in the notes, or an earlier Markdown heading, has it, and then the next free "-1", "-2", ….
/// That needs every talk heading first, so the body holds placeholders until the talk ends.
/// </summary>
internal sealed class MarkdownHeadingIds
{
    // A per-writer random token: content cannot contain it by chance, so only placeholders are replaced.
    private readonly string _token = "talkdsl-" + Guid.NewGuid().ToString("N") + "-";

    private readonly List<string> _anchors = [];

    private readonly List<string> _titles = [];

    /// <summary>A talk heading's anchor, which no Markdown heading may take.</summary>
    public void Anchor(string? anchor)
    {
        if (anchor is not null)
        {
            _anchors.Add(anchor);
        }
    }

    /// <summary>The placeholder id of the next Markdown heading, whose plain text is <paramref name="title"/>.</summary>
    public string Placeholder(string title)
    {
        _titles.Add(title);
        return _token + (_titles.Count - 1).ToString(CultureInfo.InvariantCulture) + "_";
    }

    /// <summary>Replaces the placeholders in <paramref name="html"/> with the final ids, in document order.</summary>
    public string Resolve(string html)
    {
        if (_titles.Count == 0)
        {
            return html;
        }

        var identifiers = new PandocIdentifierSet();
        foreach (var anchor in _anchors)
        {
            identifiers.Reserve(anchor);
        }

        var ids = _titles.Select(identifiers.Next).ToList();
        return Regex.Replace(html, Regex.Escape(_token) + "([0-9]+)_", m => ids[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
    }
}
