using System.Collections.Generic;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs): what the typed calls (Image, YouTube, Figure, Columns, Fragment,
// Code, EditMe) count as for the rules, written once. Talk.Validate() maps the built blocks through it;
// the analyzer and the generator map the chain read from source through it. A null text is a value
// computed at run time (see RuleModel.cs).

/// <summary>What a media shows, as far as the rules care.</summary>
internal enum RuleMediaKind
{
    Image,
    YouTube,
    Markdown,

    /// <summary>Several media (<c>Media.Group</c>); the rules read its leaves, never the group itself.</summary>
    Group,

    /// <summary>Media in a block (<c>Media.Div</c>, <c>Media.Align</c>); the rules read its leaves, never the block itself.</summary>
    Div,
}

/// <summary>One media of a call: its kind, its Markdown (a <see cref="RuleMediaKind.Markdown"/> media's) or an image's
/// path (null when computed at run time), and the caller's tag for its findings.</summary>
internal sealed class RuleMedia
{
    /// <param name="source">An image's path or a video's id, for messages.</param>
    /// <param name="alternative">An image's alternative text or a video's title; null when it has none (a value computed at run time counts as one).</param>
    public RuleMedia(RuleMediaKind kind, string? markdown, object? tag, string? source = null, string? alternative = null)
    {
        Kind = kind;
        Markdown = markdown;
        Tag = tag;
        Source = source;
        Alternative = alternative;
    }

    public string? Source { get; }

    public string? Alternative { get; }

    public RuleMediaKind Kind { get; }

    public string? Markdown { get; }

    public object? Tag { get; }
}

/// <summary>
/// The rule items of each typed call: what it adds to a slide's lines (TALK008), to the speaking time
/// (TALK009), whether it is content for TALK005, and which text is checked for math (TALK011). Each
/// item names its call, so findings say <c>Figure(...)</c> rather than the content kind underneath.
/// </summary>
internal static class TypedRuleItems
{
    /// <summary>The text the rules read for an image or a player: one line, no words, no math.</summary>
    public const string MediaText = "![]()";

    /// <summary>
    /// A media call (<c>Image</c>, <c>YouTube</c>, <c>Align</c>, <c>Div</c>) given its leaves (the media a
    /// <c>Media.Group</c> or <c>Media.Div</c> holds, in order): each image or player one line with no words,
    /// each Markdown its own lines.
    /// </summary>
    public static RuleItem[] Media(IReadOnlyList<RuleMedia> leaves, string call)
    {
        var items = new RuleItem[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            items[i] = Described(MediaItem(leaves[i], call), leaves[i], captioned: false);
        }

        return items;
    }

    /// <summary>
    /// <c>Figure(...)</c>: the media as above (each leaf of a group); the caption is speaker notes on the slide (checked for math,
    /// timed) and text in the notes (counted as notes words, its '$' removed so TALK011 reports it once).
    /// </summary>
    public static RuleItem[] Figure(IReadOnlyList<RuleMedia> leaves, string? caption, object? captionTag)
    {
        var items = new List<RuleItem>(leaves.Count + 2);
        foreach (var leaf in leaves)
        {
            items.Add(Described(MediaItem(leaf, "Figure"), leaf, captioned: !string.IsNullOrWhiteSpace(caption)));
        }

        items.Add(RuleItem.Content(ContentTarget.SpeakerNotes, caption, captionTag, "Figure"));
        items.Add(RuleItem.Content(ContentTarget.Notes, WordsOnly(caption), captionTag, "Figure"));
        return items.ToArray();
    }

    /// <summary><c>Columns(...)</c>: both columns (each its leaves) show in the slides and the notes, so their lines add up.</summary>
    public static RuleItem[] Columns(IReadOnlyList<RuleMedia> left, IReadOnlyList<RuleMedia> right)
    {
        var items = new List<RuleItem>(left.Count + right.Count);
        foreach (var leaf in left)
        {
            items.Add(Described(MediaItem(leaf, "Columns"), leaf, false));
        }

        foreach (var leaf in right)
        {
            items.Add(Described(MediaItem(leaf, "Columns"), leaf, false));
        }

        return items.ToArray();
    }

    /// <summary><c>Fragment(...)</c>: slide and notes content.</summary>
    public static RuleItem[] Fragment(string? markdown, object? tag) => new[] { RuleItem.Content(ContentTarget.Both, markdown, tag, "Fragment") };

    /// <summary><c>Incremental(...)</c>: slide content (lamd's notes leave it out); <c>SlidesSmall(...)</c>: slide and notes content.</summary>
    public static RuleItem[] SlideText(SlideTextKind kind, string? markdown, object? tag) => kind == SlideTextKind.Small
        ? new[] { RuleItem.Content(ContentTarget.Both, markdown, tag, "SlidesSmall") }
        : new[] { RuleItem.Content(ContentTarget.Slides, markdown, tag, "Incremental") };

    /// <summary>
    /// <c>Animation(...)</c>: the frames show one at a time in one place on the slide, so the slide's lines are the
    /// first frame's (each frame the leaves of its groups and divs); the notes show every frame. Each frame needs its alt text (TALK020).
    /// </summary>
    public static RuleItem[] Animation(IReadOnlyList<IReadOnlyList<RuleMedia>> frames, ContentTarget target)
    {
        var items = new List<RuleItem>(frames.Count);
        for (var i = 0; i < frames.Count; i++)
        {
            // A later frame takes the first one's place on the slide: it adds no line there. On slides only, it
            // counts as what the speaker view holds (no slide line, no notes words), so its alt text is still asked for.
            var shown = i == 0 ? target : target == ContentTarget.Slides ? ContentTarget.SpeakerNotes : ContentTarget.Notes;
            foreach (var leaf in frames[i])
            {
                items.Add(Described(MediaItem(leaf, "Animation", shown), leaf, captioned: false));
            }
        }

        return items.ToArray();
    }

    /// <summary>
    /// <c>Code(...)</c>: code the notes show counts as notes words (code is not math); plotting code counts as
    /// nothing. A <paramref name="kind"/> computed at run time is notes content of unknown length. Code shown
    /// on the slides (<paramref name="onSlides"/>) also counts as slide lines, whatever its kind.
    /// </summary>
    public static RuleItem[] Code(CodeKind? kind, string? code, bool onSlides, object? tag)
    {
        var notes = kind is { } known && !ShownInNotes(known)
            ? System.Array.Empty<RuleItem>()
            : new[] { RuleItem.Content(ContentTarget.Notes, kind is null ? null : WordsOnly(code), tag, "Code") };
        if (!onSlides)
        {
            return notes;
        }

        var all = new RuleItem[notes.Length + 1];
        notes.CopyTo(all, 0);
        all[notes.Length] = RuleItem.Content(ContentTarget.Slides, WordsOnly(code), tag, "Code");
        return all;
    }

    /// <summary><c>EditMe()</c>: a link, no content.</summary>
    public static RuleItem[] EditLink() => System.Array.Empty<RuleItem>();

    /// <summary>Whether the notes show a code block (lamd's <c>sparse</c> code level): code and set-up code, not plotting code.</summary>
    public static bool ShownInNotes(CodeKind kind) => kind is CodeKind.Code or CodeKind.Setup;

    /// <summary>
    /// TALK020's facts: an image needs alt text (a figure's caption is not one: it says what the figure
    /// means, not what it shows).
    /// </summary>
    private static RuleItem Described(RuleItem item, RuleMedia media, bool captioned)
    {
        if (media.Kind == RuleMediaKind.Image)
        {
            item.ImagePath = media.Source;
        }

        if (media.Kind == RuleMediaKind.Image && media.Alternative is null)
        {
            item.MissingAlternative = ("The image '" + media.Source + "'", "pass alt: \"what it shows\"");
        }

        // A video's text alternative is its title (the player's title attribute); without one the player is only
        // "YouTube video <id>", which says nothing of what it shows.
        if (media.Kind == RuleMediaKind.YouTube && media.Alternative is null)
        {
            item.MissingAlternative = ("The video '" + media.Source + "'", "pass title: \"what it shows\"");
        }

        return item;
    }

    private static RuleItem MediaItem(RuleMedia media, string call, ContentTarget target = ContentTarget.Both) =>
        RuleItem.Content(target, media.Kind == RuleMediaKind.Markdown ? media.Markdown : MediaText, media.Tag, call);

    /// <summary>Text counted for its words only: without '$', so no math is found; the word count is the same.</summary>
    private static string? WordsOnly(string? text) => text?.Replace("$", string.Empty);
}
