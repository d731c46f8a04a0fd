using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs). The structural rules, written once: the analyzer runs them on
// the chain read from source, Talk.Validate() on the built talk. Findings come back in source order.

internal static class TalkRules
{
    private static readonly Regex TwitterHandle = new("^@?[A-Za-z0-9_]{1,15}$", RegexOptions.CultureInvariant);

    public static List<RuleViolation> Check(RuleTalk talk, RuleSettings settings)
    {
        var found = new List<RuleViolation>();
        CheckHeader(talk, found);
        CheckHeadings(talk.Items, talk.DescribeTag, found);
        CheckSections(talk.Items, found);
        CheckIncludes(talk.Items, found);
        CheckSlides(talk.Items, settings, found);
        CheckContent(talk, found);
        CheckDuration(talk, settings, found);
        ReferenceRules.Check(talk, found);
        CheckNotationFiles(talk, found);
        return found;
    }

    /// <summary>TALK022: a notation file that is not there, or a line of it that is not a <c>\newcommand</c> MathJax can take.</summary>
    private static void CheckNotationFiles(RuleTalk talk, List<RuleViolation> found)
    {
        foreach (var file in talk.NotationFiles)
        {
            if (file.Content is null)
            {
                found.Add(new RuleViolation(RuleCatalog.BadNotationFile, file.Tag, file.Path,
                    "there is no file " + file.FullPath + " (a path is relative to the C# file that names it; the project gives *.tex files to the compiler)"));
                continue;
            }

            foreach (var problem in file.Content.Problems)
            {
                found.Add(new RuleViolation(RuleCatalog.BadNotationFile, file.Tag, file.Path,
                    "line " + problem.Key.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of " + file.FullPath + ": " + problem.Value));
            }
        }
    }

    private static void CheckHeader(RuleTalk talk, List<RuleViolation> found)
    {
        if (!talk.TitleIsDynamic && string.IsNullOrWhiteSpace(talk.Title))
        {
            found.Add(new RuleViolation(RuleCatalog.NoTitle, talk.TitleTag ?? talk.TalkTag, talk.HasTitleCall && talk.Title is not null
                ? "The talk's title is empty: write it in Talk.Titled(\"...\")"
                : "The talk has no title: start the chain with Talk.Titled(\"...\")"));
        }

        if (talk.Authors.Count == 0)
        {
            found.Add(new RuleViolation(RuleCatalog.NoAuthor, talk.TalkTag, talk.Title ?? "(untitled)"));
        }

        foreach (var author in talk.Authors)
        {
            if (author.Url is not null && !SafeUrl.IsSafe(author.Url))
            {
                found.Add(new RuleViolation(RuleCatalog.UnsafeUrl, author.UrlTag, SafeUrl.Describe(author.Url, "the author url", image: false)));
            }
            else if (author.Url is not null && !IsAbsoluteHttpUrl(author.Url))
            {
                found.Add(new RuleViolation(RuleCatalog.InvalidMetadata, author.UrlTag,
                    "The author url '" + author.Url + "' is not an absolute http(s) URL: write it in full, e.g. https://example.org"));
            }

            if (author.Twitter is not null && !TwitterHandle.IsMatch(author.Twitter))
            {
                found.Add(new RuleViolation(RuleCatalog.InvalidMetadata, author.TwitterTag,
                    "The twitter handle '" + author.Twitter + "' is not valid: use 1-15 letters, digits or '_', e.g. \"lawrennd\""));
            }
        }

        if (talk.Year is int y && talk.Month is int m && talk.Day is int d && !IsValidDate(y, m, d))
        {
            found.Add(new RuleViolation(RuleCatalog.InvalidMetadata, talk.DateTag,
                "The date " + y + "-" + m + "-" + d + " does not exist: check the year, month (1-12) and day"));
        }
    }

    private static void CheckHeadings(IReadOnlyList<RuleItem> items, Func<object?, string?>? describe, List<RuleViolation> found)
    {
        var firstTitleByAnchor = new Dictionary<string, RuleItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Kind == RuleItemKind.Heading && item.Text is not null && item.Text.Trim().Length == 0)
            {
                var hint = item.Level == HeadingLevel.NewSlide ? ", or write NewSlide() for a slide without one" : string.Empty;
                found.Add(new RuleViolation(RuleCatalog.EmptyHeading, item.Tag, item.Level.ToString() + "(\"" + item.Text + "\")", hint));
                continue;
            }

            if (!item.HasNotesHeading)
            {
                continue;
            }

            var title = HeadingTitle(item);
            if (title is null)
            {
                continue;
            }

            var anchor = PandocIdentifier.Create(title);
            if (firstTitleByAnchor.TryGetValue(anchor, out var earlier))
            {
                var where = describe?.Invoke(earlier.Tag) is { } place ? " (" + place + ")" : string.Empty;
                found.Add(new RuleViolation(RuleCatalog.DuplicateAnchor, item.Tag, title, anchor, HeadingTitle(earlier)!, where));
            }
            else
            {
                firstTitleByAnchor.Add(anchor, item);
            }
        }
    }

    private static void CheckSections(IReadOnlyList<RuleItem> items, List<RuleViolation> found)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind != RuleItemKind.Heading || (item.Level != HeadingLevel.Section && item.Level != HeadingLevel.Subsection) || item.Text is null || item.Text.Trim().Length == 0)
            {
                continue;
            }

            // A heading shown in one output only (OneOutput) owns the content of that output up to the next heading
            // shown there; a heading in both outputs is ended only by another in both.
            var hasContent = false;
            for (var j = i + 1; j < items.Count; j++)
            {
                var next = items[j];
                if (next.Kind == RuleItemKind.Content && OneOutput.TryRestrict(item.Target, next.Target, out _))
                {
                    hasContent = true;
                    break;
                }

                if (next.Kind == RuleItemKind.Heading && (next.Target == ContentTarget.Both || next.Target == item.Target)
                    || next.Kind == RuleItemKind.Thanks || next.Kind == RuleItemKind.References)
                {
                    break;
                }
            }

            if (!hasContent)
            {
                found.Add(new RuleViolation(RuleCatalog.EmptySection, item.Tag, item.Level.ToString(), item.Text));
            }
        }
    }

    private static void CheckIncludes(IReadOnlyList<RuleItem> items, List<RuleViolation> found)
    {
        foreach (var item in items)
        {
            if (item.Kind != RuleItemKind.Include)
            {
                continue;
            }

            if (item.IncludeState == IncludeState.Duplicate)
            {
                found.Add(new RuleViolation(RuleCatalog.DuplicateInclude, item.Tag, item.PartName ?? item.PartKey ?? string.Empty));
            }
            else if (item.IncludeState == IncludeState.Cycle)
            {
                found.Add(new RuleViolation(RuleCatalog.IncludeCycle, item.Tag, item.PartName ?? item.PartKey ?? string.Empty, item.CyclePath ?? string.Empty));
            }
        }
    }

    private static void CheckSlides(IReadOnlyList<RuleItem> items, RuleSettings settings, List<RuleViolation> found)
    {
        RuleItem? slideStart = null;
        var lines = 0;
        var bullets = 0;

        void Close()
        {
            if (slideStart is null)
            {
                return;
            }

            var tooManyLines = lines > settings.MaxSlideLines;
            var tooManyBullets = bullets > settings.MaxSlideBullets;
            if (tooManyLines || tooManyBullets)
            {
                var what = tooManyLines && tooManyBullets
                    ? lines + " lines (at most " + settings.MaxSlideLines + ") and " + bullets + " bullets (at most " + settings.MaxSlideBullets + ")"
                    : tooManyLines
                        ? lines + " lines (at most " + settings.MaxSlideLines + ")"
                        : bullets + " bullets (at most " + settings.MaxSlideBullets + ")";
                found.Add(new RuleViolation(RuleCatalog.SlideTooLong, slideStart.Tag, SlideName(slideStart), what));
            }
        }

        foreach (var item in items)
        {
            if (item.BreaksSlide)
            {
                Close();
                slideStart = item;
                lines = item.Kind == RuleItemKind.Heading && string.IsNullOrEmpty(item.Text) ? 0 : 1; // the slide's title takes a line too
                bullets = 0;
                continue;
            }

            if (item.Kind == RuleItemKind.Heading)
            {
                lines += item.Target == ContentTarget.Notes ? 0 : 1; // a heading shown in the notes only is not on the slide
                continue;
            }

            if (item.Kind != RuleItemKind.Content || item.Text is null || (item.Target != ContentTarget.Both && item.Target != ContentTarget.Slides))
            {
                continue;
            }

            slideStart ??= item;
            lines += SlideLines.Count(item.Text, settings.SlideLineChars);
            bullets += MarkdownText.CountBullets(item.Text);
        }

        Close();
    }

    private static void CheckContent(RuleTalk talk, List<RuleViolation> found)
    {
        // Dynamic values are reported once per talk: the first one, header before body.
        var reportedDynamic = talk.DynamicHeaderCall is not null;
        if (reportedDynamic)
        {
            found.Add(new RuleViolation(RuleCatalog.DynamicContent, talk.DynamicHeaderTag ?? talk.TalkTag, talk.DynamicHeaderCall!));
        }

        var reportedUrls = new HashSet<KeyValuePair<object?, string>>();
        foreach (var item in talk.Items)
        {
            if (item.IsDynamic)
            {
                if (!reportedDynamic)
                {
                    reportedDynamic = true;
                    found.Add(new RuleViolation(RuleCatalog.DynamicContent, item.Tag, item.Describe()));
                }

                continue;
            }

            if (item.Kind != RuleItemKind.Content || item.Text is null)
            {
                continue;
            }

            if (item.ImagePath is not null && !SafeUrl.IsSafe(item.ImagePath, image: true))
            {
                found.Add(new RuleViolation(RuleCatalog.UnsafeUrl, item.Tag, SafeUrl.Describe(item.ImagePath, item.Describe(), image: true)));
            }

            foreach (var address in SafeUrl.AddressesIn(item.Text))
            {
                // A figure's caption is two items (speaker notes and notes): its links are reported once.
                if (!SafeUrl.IsSafe(address.Key, address.Value) && reportedUrls.Add(new KeyValuePair<object?, string>(item.Tag, address.Key)))
                {
                    found.Add(new RuleViolation(RuleCatalog.UnsafeUrl, item.Tag, SafeUrl.Describe(address.Key, item.Describe(), address.Value)));
                }
            }

            var unclosed = MarkdownText.FindUnclosedMath(item.Text);
            if (unclosed is not null)
            {
                found.Add(new RuleViolation(RuleCatalog.UnbalancedMath, item.Tag, item.Describe(), unclosed.Delimiter, unclosed.Line)
                    .Inside(item.Text, unclosed.Offset, unclosed.Delimiter.Length));
            }
        }
    }

    private static void CheckDuration(RuleTalk talk, RuleSettings settings, List<RuleViolation> found)
    {
        if (talk.DurationSeconds is not double limit)
        {
            return;
        }

        var estimate = TalkEstimate.Compute(talk.Items, settings);
        if (estimate.EstimatedSeconds > limit)
        {
            found.Add(new RuleViolation(RuleCatalog.TalkTooLong, talk.DurationTag ?? talk.TalkTag,
                TalkEstimate.FormatDuration(estimate.EstimatedSeconds), estimate.SlideCount, estimate.SpeakerNotesWords, TalkEstimate.FormatDuration(limit)));
        }
    }

    /// <summary>The title the notes show for a heading-like item; null when dynamic.</summary>
    public static string? HeadingTitle(RuleItem item) => item.Kind switch
    {
        RuleItemKind.Thanks => ThanksTitle,
        RuleItemKind.References => ReferencesTitle,
        _ => item.Text,
    };

    public const string ThanksTitle = "Thanks!";

    /// <summary>What lamd's notes show above an animation's frames (its <c>\startanimation</c> in <c>talk-macros-notes.gpp</c>).</summary>
    public static string AnimationTitle(string name) => "Animation sequence: " + name;

    public const string ReferencesTitle = "References";

    private static string SlideName(RuleItem item) => item.Kind == RuleItemKind.Heading && !string.IsNullOrEmpty(item.Text)
        ? item.Text!
        : item.Describe();

    private static bool IsAbsoluteHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https") && uri.Host.Length > 0;

    public static bool IsValidDate(int year, int month, int day) =>
        year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
