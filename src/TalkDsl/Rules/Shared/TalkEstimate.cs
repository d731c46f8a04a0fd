using System;
using System.Collections.Generic;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs). Counts that the outline reports and TALK009 checks; the slide
// count is the one contract the reveal.js writer must keep (a browser test compares the two).

internal sealed class TalkEstimate
{
    private TalkEstimate(int slideCount, int slideWords, int notesWords, int speakerNotesWords, double seconds)
    {
        SlideCount = slideCount;
        SlideWords = slideWords;
        NotesWords = notesWords;
        SpeakerNotesWords = speakerNotesWords;
        EstimatedSeconds = seconds;
    }

    /// <summary>Slides in the deck: the title slide, a slide for content before the first heading,
    /// one per Section/Subsection/NewSlide, one each for Thanks and References, and one for the footnotes
    /// when content the slides render (slides, fragments, speaker notes; not code) cites one.</summary>
    public int SlideCount { get; }

    /// <summary>Words shown on slides (Markdown and Slides content, headings not counted).</summary>
    public int SlideWords { get; }

    /// <summary>Words in the notes (Markdown and Notes content).</summary>
    public int NotesWords { get; }

    public int SpeakerNotesWords { get; }

    /// <summary>Speaker-notes words at the speaking rate, plus the minimum time per slide.</summary>
    public double EstimatedSeconds { get; }

    /// <summary>
    /// The item that opens each slide after the title slide, in order: the content that makes a slide before the
    /// first heading, then each Section, Subsection, NewSlide, Thanks and References (the layout check names slides by them).
    /// </summary>
    public static List<RuleItem> SlideStarts(IReadOnlyList<RuleItem> items)
    {
        var starts = new List<RuleItem>();
        var sawBreak = false;
        foreach (var item in items)
        {
            if (item.BreaksSlide)
            {
                sawBreak = true;
                starts.Add(item);
            }
            else if (!sawBreak && starts.Count == 0 && item.Kind == RuleItemKind.Content && item.Target != ContentTarget.Notes)
            {
                starts.Add(item);
            }
        }

        return starts;
    }

    private static bool CitesFootnoteOnSlides(IReadOnlyList<RuleItem> items)
    {
        foreach (var item in items)
        {
            if (item.Kind == RuleItemKind.Content && item.Target != ContentTarget.Notes && item.Call != "Code" && item.Text is { } text && MarkdownText.CitesFootnote(text))
            {
                return true;
            }
        }

        return false;
    }

    public static TalkEstimate Compute(IReadOnlyList<RuleItem> items, RuleSettings settings)
    {
        var slides = 1 + SlideStarts(items).Count + (CitesFootnoteOnSlides(items) ? 1 : 0);
        var slideWords = 0;
        var notesWords = 0;
        var speakerWords = 0;
        foreach (var item in items)
        {
            if (item.Kind != RuleItemKind.Content)
            {
                continue;
            }

            var words = item.Text is null ? 0 : MarkdownText.CountWords(item.Text);
            switch (item.Target)
            {
                case ContentTarget.Both:
                    slideWords += words;
                    notesWords += words;
                    break;
                case ContentTarget.Slides:
                    slideWords += words;
                    break;
                case ContentTarget.Notes:
                    notesWords += words;
                    break;
                default:
                    speakerWords += words;
                    break;
            }
        }

        var wordsPerMinute = Math.Max(1, settings.WordsPerMinute);
        var seconds = speakerWords * 60.0 / wordsPerMinute + slides * (double)Math.Max(0, settings.MinSecondsPerSlide);
        return new TalkEstimate(slides, slideWords, notesWords, speakerWords, seconds);
    }

    /// <summary>"12 min 30 s" style, for messages.</summary>
    public static string FormatDuration(double seconds)
    {
        var total = (int)Math.Round(seconds);
        var minutes = total / 60;
        var rest = total % 60;
        return minutes == 0 ? rest + " s" : rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}
