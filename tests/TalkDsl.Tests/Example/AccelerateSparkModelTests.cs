using AccelerateSpark;
using Snippets;
using TalkDsl.Model;
using TalkDsl.Rules;

namespace TalkDsl.Tests.Example;

/// <summary>The example talk says what the lamd seed says: its front matter, its headings in order, its includes once each.</summary>
public sealed class AccelerateSparkModelTests
{
    private static readonly Talk Example = AccelerateSparkInformationSession.Define();

    /// <summary>The six parts, in the order the seed includes them, with the lamd path each stands for.</summary>
    public static TheoryData<string, string> PartsInSeedOrder => new()
    {
        { "_compsci/includes/computer-laboratory.md", nameof(Compsci.ComputerLaboratory) },
        { "_accelerate/includes/ai-for-science.md", nameof(Accelerate.AiForScience) },
        { "_accelerate/includes/rs-turing-ai-science.md", nameof(Accelerate.RsTuringAiScience) },
        { "_accelerate/includes/ai-changing-science.md", nameof(Accelerate.AiChangingScience) },
        { "_accelerate/includes/accelerate-programme.md", nameof(Accelerate.AccelerateProgramme) },
        { "_compsci/includes/j-j-thomson.md", nameof(Compsci.JJThomson) },
    };

    private static readonly IReadOnlyDictionary<string, TalkPart> PartsByName = new Dictionary<string, TalkPart>
    {
        [nameof(Compsci.ComputerLaboratory)] = Compsci.ComputerLaboratory,
        [nameof(Accelerate.AiForScience)] = Accelerate.AiForScience,
        [nameof(Accelerate.RsTuringAiScience)] = Accelerate.RsTuringAiScience,
        [nameof(Accelerate.AiChangingScience)] = Accelerate.AiChangingScience,
        [nameof(Accelerate.AccelerateProgramme)] = Accelerate.AccelerateProgramme,
        [nameof(Compsci.JJThomson)] = Compsci.JJThomson,
    };

    [Fact]
    public void Front_matter_is_the_seeds()
    {
        var metadata = Example.Build().Metadata;

        Assert.Equal("Accelerate-Spark Information Session", metadata.Title);
        Assert.Null(metadata.Subtitle);
        Assert.Equal(new DateOnly(2020, 12, 4), metadata.Date);
        Assert.Equal("Virtual", metadata.Venue);
        Assert.Equal(Transition.None, metadata.Transition);
        Assert.Equal(new PaperSettings(PaperSize.A4, "2cm"), metadata.Paper);
        Assert.Equal("a4paper", metadata.Paper!.LatexName);
    }

    [Fact]
    public void Three_authors_with_every_field_the_seed_gives()
    {
        Author[] expected =
        [
            new(Given: "Neil D.", Family: "Lawrence", Institute: "University of Cambridge",
                Url: "http://inverseprobability.com", Twitter: "lawrennd", GScholar: "r3SJcvoAAAAJ"),
            new(Given: "Jessica K.", Family: "Montgomery", Institute: "University of Cambridge",
                Url: "http://mlatcl.github.io/people/jessica-montgomery.html"),
            new(Given: "Raoul-Gabriel", Family: "Urma", Institute: "Cambridge Spark", Url: "https://urma.com/"),
        ];

        Assert.Equal(expected, Example.Build().Metadata.Authors);
    }

    [Fact]
    public void Headings_and_anchors_are_those_of_lamds_notes_in_the_same_order()
    {
        var lamd = LamdSeed.NotesHeadings();
        var ours = Example.Outline().Headings.Select(h => (h.Title, h.Anchor)).ToList();

        // lamd's headings include those of the included snippets, so this also checks where each part lands.
        Assert.Equal(8, lamd.Count);
        Assert.Equal(lamd, ours);
    }

    [Fact]
    public void Heading_levels_follow_the_seed_subsections_then_thanks_and_references()
    {
        var headings = Example.Outline().Headings;

        Assert.All(headings.SkipLast(2), h => Assert.Equal(HeadingLevel.Subsection, h.Level));
        Assert.Equal(["Thanks!", "References"], headings.TakeLast(2).Select(h => h.Title));
    }

    [Fact]
    public void The_seed_includes_six_snippets_and_the_example_has_a_part_for_each()
    {
        Assert.Equal(PartsInSeedOrder.Select(row => (string)row[0]), LamdSeed.Includes());
        Assert.Equal(6, PartsByName.Count);
    }

    [Theory]
    [MemberData(nameof(PartsInSeedOrder))]
    public void Each_part_is_expanded_exactly_once(string lamdPath, string partName)
    {
        var partBlocks = BlocksOf(PartsByName[partName]);
        var talkBlocks = Example.Build().Blocks;

        Assert.NotEmpty(partBlocks);
        Assert.True(
            CountOccurrences(talkBlocks, partBlocks) == 1,
            $"{partName} (lamd {lamdPath}) should appear exactly once in the built talk.");
    }

    [Fact]
    public void Parts_appear_in_the_order_the_seed_includes_them()
    {
        var talkBlocks = Example.Build().Blocks;
        var starts = PartsInSeedOrder
            .Select(row => IndexOf(talkBlocks, BlocksOf(PartsByName[(string)row[1]])))
            .ToList();

        Assert.DoesNotContain(-1, starts);
        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public void Validates_without_any_finding()
    {
        Assert.Empty(Example.Validate());
    }

    [Fact]
    public void Has_each_kind_of_content_the_seed_uses()
    {
        var targets = Example.Build().Blocks.OfType<ContentBlock>().Select(b => b.Target).ToHashSet();

        Assert.Equal([ContentTarget.Both, ContentTarget.Slides, ContentTarget.Notes, ContentTarget.SpeakerNotes], targets.Order());
        Assert.IsType<ThanksBlock>(Example.Build().Blocks[^2]);
        Assert.IsType<ReferencesBlock>(Example.Build().Blocks[^1]);
    }

    [Fact]
    public void Slide_count_counts_title_headings_new_slides_thanks_and_references()
    {
        var blocks = Example.Build().Blocks;
        var breaks = blocks.Count(b => b is HeadingBlock { Level: not HeadingLevel.Subsubsection } or ThanksBlock or ReferencesBlock);

        // The title slide, then one per slide break: the talk has no content before its first heading.
        Assert.IsType<HeadingBlock>(blocks[0]);
        Assert.Equal(1 + breaks, Example.Outline().SlideCount);
    }

    private static IReadOnlyList<Block> BlocksOf(TalkPart part) =>
        Talk.Titled("Only the part").Author("Someone").Include(part).Build().Blocks;

    private static int CountOccurrences(IReadOnlyList<Block> haystack, IReadOnlyList<Block> needle) =>
        Enumerable.Range(0, haystack.Count - needle.Count + 1).Count(i => StartsAt(haystack, needle, i));

    private static int IndexOf(IReadOnlyList<Block> haystack, IReadOnlyList<Block> needle) =>
        Enumerable.Range(0, haystack.Count - needle.Count + 1).FirstOrDefault(i => StartsAt(haystack, needle, i), -1);

    private static bool StartsAt(IReadOnlyList<Block> haystack, IReadOnlyList<Block> needle, int start) =>
        needle.Select((block, i) => block.Equals(haystack[start + i])).All(same => same);
}
