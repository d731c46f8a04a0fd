using TalkDsl.Rendering;

namespace TalkDsl.Formats.Benchmarks;

/// <summary>A generated project: talks of a dozen slides each, with lists, math, code, a figure and speaker notes.</summary>
internal static class SyntheticTalks
{
    /// <summary>The image every figure shows, written into the media folder: a 1×1 PNG.</summary>
    public const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    public static IReadOnlyList<IRenderableTalk> Create(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new RenderableTalk($"Talk{i}", Talk(i)))];

    private static Talk Talk(int number)
    {
        var body = TalkDsl.Talk
            .Titled($"Generated talk {number}")
            .Author(given: "Ada", family: "Lovelace", institute: "Analytical Engines", twitter: "ada")
            .Date(2024, 1 + (number % 12), 1 + (number % 28))
            .Venue("Benchmark hall")
            .Section("Introduction")
                .Markdown("Why this matters, with **bold** and *italic* words and [a link](https://example.org).");
        for (var slide = 1; slide <= 10; slide++)
        {
            body = body
                .Subsection($"Point {slide}")
                    .Markdown($$"""
                        * The first bullet of point {{slide}}
                            * a detail with $x_{{slide}} = \frac{1}{{{slide}}}$
                        * The second bullet, with `code`
                        """)
                    .Notes($"The notes explain point {slide} at more length than the slide does, with $y = x^{slide}$.")
                    .SpeakerNotes($"Remember to say point {slide}.")
                    .Code($"import numpy as np\nx = np.linspace(0, {slide}, 100)\nprint(x.mean())");
            if (slide % 3 == 0)
            {
                body = body.Figure(Media.Image("diagrams/pixel.png", width: "40%", alt: "A pixel"), $"Figure for point {slide}.", $"figure-{slide}");
            }
        }

        return body.Thanks().References();
    }
}
