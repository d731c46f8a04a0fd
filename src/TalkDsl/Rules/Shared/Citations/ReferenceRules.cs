using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TalkDsl.Rules.Citations;

// Shared source (see RuleCatalog.cs). The rules about what a talk points at: citation keys (TALK015), links
// to anchors (TALK017) and the .bib files themselves (TALK019). Compile time and Validate() run them alike.

internal static class ReferenceRules
{
    private static readonly Regex AnchorLink = new(@"\]\(#([^)\s]+)\)", RegexOptions.CultureInvariant);

    private static readonly Regex MarkdownHeading = new(@"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly Regex BlankAltImage = new(@"!\[\s*\]\(\s*<?([^)\s>]*)", RegexOptions.CultureInvariant);

    /// <summary>Whether the rules read this item's text as written (a figure's notes copy, code and a typed media's stand-in are not).</summary>
    public static bool IsWrittenText(RuleItem item) =>
        item.Kind == RuleItemKind.Content && item.Text is not null && item.Text != TypedRuleItems.MediaText
        && item.Call != "Code" && !(item.Call == "Figure" && item.Target == ContentTarget.Notes);

    /// <summary>Every key the talk cites, once each, in the order first cited.</summary>
    public static List<string> CitedKeys(IEnumerable<RuleItem> items)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.Where(IsWrittenText))
        {
            foreach (var citation in CitationSyntax.FindAll(item.Text!))
            {
                foreach (var cited in citation.Items)
                {
                    if (seen.Add(cited.Key))
                    {
                        keys.Add(cited.Key);
                    }
                }
            }
        }

        return keys;
    }

    /// <summary>The record for <paramref name="key"/> in the first of the talk's files that has it.</summary>
    public static BibRecord? Find(IEnumerable<RuleNamedFile<BibFile>> bibliographies, string key) =>
        bibliographies.Select(b => b.Content?.Find(key)).FirstOrDefault(r => r is not null);

    public static void Check(RuleTalk talk, List<RuleViolation> found)
    {
        foreach (var bibliography in talk.Bibliographies)
        {
            if (bibliography.Content is null)
            {
                found.Add(new RuleViolation(RuleCatalog.BadBibliography, bibliography.Tag, bibliography.Path,
                    "there is no file " + bibliography.FullPath + " (a path is relative to the C# file that names it; the project gives *.bib files to the compiler)"));
                continue;
            }

            foreach (var problem in bibliography.Content.Problems)
            {
                found.Add(FileProblem(bibliography.Path, bibliography.FullPath, problem));
            }
        }

        CheckCitations(talk, found);
        CheckAnchors(talk, found);
        CheckAlternatives(talk, found);
        CheckMedia(talk, found);
    }

    private static readonly Regex MarkdownImage = new(@"!\[[^\]]*\]\(\s*<?([^)\s>]+)", RegexOptions.CultureInvariant);

    /// <summary>TALK016: a local image (typed, or in Markdown) that the project's media folder does not hold.</summary>
    private static void CheckMedia(RuleTalk talk, List<RuleViolation> found)
    {
        if (talk.MediaFiles is not { Count: > 0 } files)
        {
            return;
        }

        void Check(string address, object? tag, string? text, int start)
        {
            if (BibliographyPaths.RelativeFilePath(address) is { } relative && !files.Contains(BibliographyPaths.Normalize(relative)))
            {
                var violation = new RuleViolation(RuleCatalog.MissingMedia, tag, address, talk.MediaFolder ?? "media");
                found.Add(text is null ? violation : violation.Inside(text, start, address.Length));
            }
        }

        foreach (var item in talk.Items)
        {
            if (item.ImagePath is { } path)
            {
                Check(path, item.Tag, path, 0);
            }
            else if (IsWrittenText(item))
            {
                foreach (Match image in MarkdownImage.Matches(item.Text!))
                {
                    if (!IsInCode(item.Text!, image.Index))
                    {
                        Check(image.Groups[1].Value, item.Tag, item.Text, image.Groups[1].Index);
                    }
                }
            }
        }
    }

    /// <summary>TALK020: images without alt text (typed, or <c>![](path)</c> in Markdown) and videos without a title.</summary>
    private static void CheckAlternatives(RuleTalk talk, List<RuleViolation> found)
    {
        foreach (var item in talk.Items)
        {
            if (item.MissingAlternative is var (what, hint))
            {
                found.Add(new RuleViolation(RuleCatalog.NoTextAlternative, item.Tag, what, hint));
            }
            else if (IsWrittenText(item))
            {
                foreach (Match image in BlankAltImage.Matches(item.Text!))
                {
                    if (IsInCode(item.Text!, image.Index))
                    {
                        continue;
                    }

                    found.Add(new RuleViolation(RuleCatalog.NoTextAlternative, item.Tag, "The image '" + image.Groups[1].Value + "'",
                        "write what it shows between the brackets, ![what it shows](" + image.Groups[1].Value + ")").Inside(item.Text!, image.Index, 3));
                }
            }
        }
    }

    /// <summary>Whether <paramref name="index"/> is inside a code span or fenced code (a sample of Markdown, not an image).</summary>
    private static bool IsInCode(string text, int index)
    {
        var fences = Regex.Matches(text.Substring(0, index), "^\\s*(```|~~~)", RegexOptions.Multiline).Count;
        if (fences % 2 == 1)
        {
            return true;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return text.Substring(lineStart, index - lineStart).Split('`').Length % 2 == 0;
    }

    /// <summary>TALK019 for one problem of a read .bib file, at its line.</summary>
    public static RuleViolation FileProblem(string path, string fullPath, BibProblem problem) =>
        new(RuleCatalog.BadBibliography, new RuleFileLine(fullPath, problem.Line), path, "line " + problem.Line + ": " + problem.Message);

    private static void CheckCitations(RuleTalk talk, List<RuleViolation> found)
    {
        List<string>? allKeys = null;
        var where = talk.Bibliographies.Count == 0
            ? "any bibliography: the talk names none; add .Bibliography(\"refs.bib\")"
            : "the talk's bibliography (" + string.Join(", ", talk.Bibliographies.Select(b => b.Path)) + ")";
        foreach (var item in talk.Items.Where(IsWrittenText))
        {
            foreach (var citation in CitationSyntax.FindAll(item.Text!))
            {
                foreach (var cited in citation.Items)
                {
                    if (Find(talk.Bibliographies, cited.Key) is not null)
                    {
                        continue;
                    }

                    allKeys ??= talk.Bibliographies.Where(b => b.Content is not null).SelectMany(b => b.Content!.Records).Select(r => r.Key).ToList();
                    var nearest = Nearest(cited.Key, allKeys);
                    var hint = nearest.Count > 0 ? ": did you mean '" + nearest[0] + "'?"
                        : talk.Bibliographies.Count == 0 ? " with its entry"
                        : ": check the key, or add its entry to the .bib file";
                    found.Add(new RuleViolation(RuleCatalog.UnknownCitation, item.Tag, cited.Key, where, hint)
                        .Inside(item.Text!, cited.KeyStart, cited.Key.Length)
                        .WithFixData(nearest.Count > 0 ? string.Join("\n", nearest) : null));
                }
            }
        }
    }

    /// <summary>TALK017: a Markdown link to <c>#anchor</c> that no heading of the talk, Markdown heading, figure or cited reference has.</summary>
    private static void CheckAnchors(RuleTalk talk, List<RuleViolation> found)
    {
        var anchors = HeadingAnchors.Assign(talk.Items);
        if (anchors.Any(a => a.Anchor is null))
        {
            return; // a heading computed at run time: the anchors after it are not known here
        }

        var known = new HashSet<string>(anchors.Select(a => a.Anchor!), StringComparer.Ordinal);
        var texts = talk.Items.Where(IsWrittenText).ToList();
        var ids = new PandocIdentifierSet();
        foreach (var anchor in known)
        {
            ids.Reserve(anchor);
        }

        foreach (var item in texts)
        {
            foreach (Match heading in MarkdownHeading.Matches(item.Text!))
            {
                known.Add(ids.Next(heading.Groups[1].Value));
            }

            foreach (Match label in Regex.Matches(item.Text!, "\\{#([^}\\s]+)\\}"))
            {
                known.Add(label.Groups[1].Value);
            }
        }

        foreach (var key in CitedKeys(talk.Items))
        {
            known.Add("ref-" + key);
        }

        foreach (var item in texts)
        {
            foreach (Match link in AnchorLink.Matches(item.Text!))
            {
                var anchor = link.Groups[1].Value;
                if (known.Contains(anchor) || anchor.StartsWith("/", StringComparison.Ordinal))
                {
                    continue;
                }

                var nearest = Nearest(anchor, known.Where(a => !a.StartsWith("ref-", StringComparison.Ordinal)));
                var hint = nearest.Count > 0
                    ? ": did you mean " + string.Join(" or ", nearest.Select(n => "'#" + n + "'")) + "?"
                    : ": link to a heading's anchor (the Sections constants hold them)";
                found.Add(new RuleViolation(RuleCatalog.UnknownAnchor, item.Tag, anchor, hint)
                    .Inside(item.Text!, link.Groups[1].Index, anchor.Length)
                    .WithFixData(nearest.Count > 0 ? string.Join("\n", nearest) : null));
            }
        }
    }

    /// <summary>Up to three candidates closest to <paramref name="wanted"/> by edit distance (ignoring case), close enough to be a typo.</summary>
    public static List<string> Nearest(string wanted, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, wanted.Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Distance(wanted.ToLowerInvariant(), c.ToLowerInvariant(), limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Candidate)
            .ToList();
    }

    /// <summary>Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
