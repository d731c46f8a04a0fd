using TalkDsl.Model;

namespace TalkDsl.Authoring;

/// <summary>One body call: a block, or the inclusion of a part. Parts are expanded when the talk is built.</summary>
internal sealed record BodyStep(Block? Block, TalkPart? Part, SourceSpot Spot)
{
    /// <summary>For an include: the one output the part shows in, or both (<c>Include(part, shownIn: …)</c>).</summary>
    public ContentTarget ShownIn { get; init; }

    public static BodyStep Heading(HeadingLevel level, string title, SourceSpot spot, ContentTarget shownIn = ContentTarget.Both)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new(new HeadingBlock(level, title) { ShownIn = shownIn }, null, spot);
    }

    public static BodyStep NewSlide(string? title, SourceSpot spot) => new(new HeadingBlock(HeadingLevel.NewSlide, title), null, spot);

    public static BodyStep Content(ContentTarget target, string markdown, bool allowHtml, SourceSpot spot)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new(new ContentBlock(target, Rules.MarkdownText.Normalize(markdown), allowHtml), null, spot);
    }

    /// <summary>An image, a player, aligned or div content; <paramref name="shownIn"/>: the one output it shows in, or both.</summary>
    public static BodyStep Media(Media media, SourceSpot spot, ContentTarget shownIn = ContentTarget.Both) =>
        new(new MediaBlock(media) { ShownIn = Checked(shownIn) }, null, spot);

    public static BodyStep Figure(Media media, string caption, string? label, SourceSpot spot, ContentTarget shownIn = ContentTarget.Both)
    {
        ArgumentNullException.ThrowIfNull(caption);
        return new(new FigureBlock(media, Rules.MarkdownText.Normalize(caption), label) { ShownIn = Checked(shownIn) }, null, spot);
    }

    public static BodyStep Columns(Media left, Media right, string leftWidth, string rightWidth, SourceSpot spot, ContentTarget shownIn = ContentTarget.Both) =>
        new(new ColumnsBlock(left, right, leftWidth, rightWidth) { ShownIn = Checked(shownIn) }, null, spot);

    public static BodyStep Fragment(string markdown, SourceSpot spot)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new(new FragmentBlock(Rules.MarkdownText.Normalize(markdown)), null, spot);
    }

    public static BodyStep SlideText(SlideTextKind kind, string markdown, SourceSpot spot)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new(new SlideTextBlock(kind, Rules.MarkdownText.Normalize(markdown)), null, spot);
    }

    public static BodyStep Animation(string name, IReadOnlyList<Media> frames, ContentTarget target, SourceSpot spot)
    {
        ArgumentNullException.ThrowIfNull(frames);
        return new(new AnimationBlock(name, frames.ToValueList(), target), null, spot);
    }

    public static BodyStep Code(CodeKind kind, string code, string language, bool onSlides, SourceSpot spot)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new(new CodeBlock(kind, Rules.MarkdownText.Normalize(code), language) { OnSlides = onSlides }, null, spot);
    }

    /// <summary>The edit link names the file the call is in; the spot's file is that same file.</summary>
    public static BodyStep EditLink(SourceSpot spot) => new(new EditLinkBlock(spot.File), null, spot);

    public static BodyStep Include(TalkPart part, SourceSpot spot, ContentTarget shownIn = ContentTarget.Both)
    {
        ArgumentNullException.ThrowIfNull(part);
        return new(null, part, spot) { ShownIn = Checked(shownIn) };
    }

    /// <summary>The <c>shownIn:</c> argument of a call, refused (as TALK014 does at compile time) when it names no output.</summary>
    private static ContentTarget Checked(ContentTarget shownIn) =>
        Rules.ValueChecks.ShownIn(shownIn) is { } problem ? throw new ArgumentException(problem, nameof(shownIn)) : shownIn;
}

/// <summary>
/// The body so far, as an immutable linked list: appending shares the prefix, so a builder value can be
/// extended in two directions without either seeing the other's calls.
/// </summary>
internal sealed class StepList
{
    private StepList(StepList? previous, BodyStep step)
    {
        Previous = previous;
        Step = step;
        Count = (previous?.Count ?? 0) + 1;
    }

    public StepList? Previous { get; }

    public BodyStep Step { get; }

    public int Count { get; }

    public static StepList Append(StepList? list, BodyStep step) => new(list, step);

    public static IReadOnlyList<BodyStep> ToList(StepList? list)
    {
        var steps = new BodyStep[list?.Count ?? 0];
        for (var node = list; node is not null; node = node.Previous)
        {
            steps[node.Count - 1] = node.Step;
        }

        return steps;
    }
}
