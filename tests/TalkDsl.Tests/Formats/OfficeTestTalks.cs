using TalkDsl.Model;

namespace TalkDsl.Tests.Formats;

/// <summary>A talk with every construct the PowerPoint and Word writers lay out, and a media folder holding its images.</summary>
internal static class OfficeTestTalks
{
    /// <summary>A title with every character XML must escape, and one it cannot hold (U+0001, dropped).</summary>
    public const string AwkwardTitle = "Cats < Dogs & \"Birds\" 'n' \u0001fish";

    public static Talk Rich() => Talk
        .Titled(AwkwardTitle)
        .Subtitle("A subtitle")
        .Author(given: "Ada", family: "Lovelace", institute: "Analytical Engines", twitter: "ada")
        .Date(2024, 5, 6)
        .Venue("Cambridge")
        .Paper(PaperSize.Letter, "1in")
        .Section("Part one")
        .Subsection("Lists")
            .Markdown("""
                Some **bold**, *italic*, `code` and [a link](https://example.org/a?b=1&c=2) with $e^{i\pi}$.

                * first
                    * second level
                        * third level
                * back to first

                1. one
                2. two
                """)
            .SpeakerNotes("Speak about the **lists**.")
            .Notes("Only in the notes.")
        .Subsubsection("Details")
            .Markdown("| a | b |\n|---|---|\n| 1 | 2 |")
        .Subsection("Pictures")
            .Figure(Media.Image("diagrams/wide.png", alt: "A wide picture"), "The *wide* one.", "wide")
            .Columns(Media.Image("diagrams/tall.png"), Media.Markdown("* right column"), "50%", "50%")
            .Code("print('hello')\nprint(1 < 2)")
        .Thanks()
        .References();

    /// <summary>A media folder with the talk's images: a PNG far wider than a slide or page, and a tall one.</summary>
    public static string MediaFolder(string root)
    {
        var diagrams = Directory.CreateDirectory(Path.Combine(root, "media", "diagrams")).FullName;
        File.WriteAllBytes(Path.Combine(diagrams, "wide.png"), TestImages.Png(4000, 1000));
        File.WriteAllBytes(Path.Combine(diagrams, "tall.png"), TestImages.Png(100, 3000));
        return Path.GetDirectoryName(diagrams)!;
    }
}
