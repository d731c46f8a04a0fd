namespace TalkDsl.Rendering.Pptx;

/// <summary>Where things go on a 16:9 slide (13.333 × 7.5 in), in English Metric Units (914400 to the inch).</summary>
internal static class PptxGeometry
{
    /// <summary>A rectangle on the slide.</summary>
    public readonly record struct Box(long X, long Y, long Width, long Height);

    public const long SlideWidth = 12192000;

    public const long SlideHeight = 6858000;

    /// <summary>The notes page: portrait, 7.5 × 10 in.</summary>
    public const long NotesWidth = 6858000;

    public const long NotesHeight = 9144000;

    private const long Margin = 457200;

    private const long Gap = 228600;

    public static Box Title { get; } = new(Margin, 274638, SlideWidth - (2 * Margin), 1143000);

    public static Box Content { get; } = new(Margin, 1417638, SlideWidth - (2 * Margin), SlideHeight - 1417638 - Margin);

    public static Box CentredTitle { get; } = new(914400, 1600200, SlideWidth - (2 * 914400), 1470025);

    public static Box Subtitle { get; } = new(1828800, 3200400, SlideWidth - (2 * 1828800), 2743200);

    public static Box NotesSlideImage { get; } = new(381000, 685800, 6096000, 3429000);

    public static Box NotesBody { get; } = new(685800, 4343400, 5486400, 4114800);

    /// <summary>Column <paramref name="index"/> (0 left, 1 right) of two, the left taking <paramref name="leftShare"/> of the content width.</summary>
    public static Box Column(int index, double leftShare)
    {
        var usable = Content.Width - Gap;
        var left = (long)(usable * leftShare);
        return index == 0
            ? Content with { Width = left }
            : Content with { X = Content.X + left + Gap, Width = usable - left };
    }

    /// <summary>The top part of <paramref name="box"/>, <paramref name="height"/> high, and what is left below it.</summary>
    public static (Box Top, Box Below) SplitTop(Box box, long height)
    {
        height = Math.Clamp(height, 0, box.Height);
        var rest = Math.Max(0, box.Height - height - Gap);
        return (box with { Height = height }, box with { Y = box.Y + box.Height - rest, Height = rest });
    }

    /// <summary>Cell <paramref name="index"/> of <paramref name="count"/> side by side in <paramref name="box"/>.</summary>
    public static Box Cell(Box box, int index, int count)
    {
        var width = (box.Width - ((count - 1) * Gap)) / count;
        return box with { X = box.X + (index * (width + Gap)), Width = width };
    }
}
