using TalkDsl.Model;

namespace TalkDsl.Tests.Authoring;

public class PartTests
{
    private static TalkPart ComputerLaboratory => TalkPart.Create()
        .Subsection("A University Computing Laboratory")
        .Notes("The lab was set up in the 1930s.");

    private static TalkPart Programme => TalkPart.Create()
        .Include(ComputerLaboratory)
        .Subsection("The Accelerate Programme")
        .Slides("* Research");

    [Fact]
    public void A_part_is_named_after_its_member()
    {
        Assert.Equal("ComputerLaboratory", ComputerLaboratory.Name);
        Assert.Equal("custom", TalkPart.Create("custom").Name);
    }

    [Fact]
    public void An_included_part_is_expanded_in_place()
    {
        var blocks = Talk.Titled("t").Subsection("Before").Markdown("x").Include(ComputerLaboratory).Subsection("After").Markdown("y").Build().Blocks;

        Assert.Equal(
            new Block[]
            {
                new HeadingBlock(HeadingLevel.Subsection, "Before"),
                new ContentBlock(ContentTarget.Both, "x"),
                new HeadingBlock(HeadingLevel.Subsection, "A University Computing Laboratory"),
                new ContentBlock(ContentTarget.Notes, "The lab was set up in the 1930s."),
                new HeadingBlock(HeadingLevel.Subsection, "After"),
                new ContentBlock(ContentTarget.Both, "y"),
            },
            blocks);
    }

    [Fact]
    public void A_part_is_expanded_at_most_once_per_talk_like_lamd_include_guards()
    {
        var blocks = Talk.Titled("t").Include(ComputerLaboratory).Include(Programme).Include(ComputerLaboratory).Build().Blocks;

        Assert.Equal(1, blocks.Count(b => b is HeadingBlock { Title: "A University Computing Laboratory" }));
        Assert.Equal(1, blocks.Count(b => b is HeadingBlock { Title: "The Accelerate Programme" }));
    }

    [Fact]
    public void Nested_parts_are_expanded_depth_first()
    {
        var titles = Talk.Titled("t").Include(Programme).Build().Blocks.OfType<HeadingBlock>().Select(h => h.Title);

        Assert.Equal(["A University Computing Laboratory", "The Accelerate Programme"], titles);
    }

    [Fact]
    public void Parts_from_one_helper_with_different_content_are_not_mistaken_for_repeats()
    {
        static TalkPart Figure(string caption) => TalkPart.Create().Notes(caption);

        var blocks = Talk.Titled("t").Include(Figure("one")).Include(Figure("two")).Include(Figure("one")).Build().Blocks;

        Assert.Equal(["one", "two"], blocks.OfType<ContentBlock>().Select(c => c.Markdown));
    }

    [Fact]
    public void Parts_are_equal_when_declared_alike()
    {
        Assert.Equal(ComputerLaboratory, ComputerLaboratory);
        Assert.NotEqual(ComputerLaboratory, Programme);
        Assert.Equal(ComputerLaboratory.GetHashCode(), ComputerLaboratory.GetHashCode());
    }
}
