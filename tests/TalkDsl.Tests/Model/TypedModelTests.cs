using TalkDsl.Model;

namespace TalkDsl.Tests.Model;

/// <summary>The records behind the typed calls: value equality, and checks that hold however a record is made.</summary>
public class TypedModelTests
{
    public static TheoryData<object, object, object> EqualPairsAndADifferentOne => new()
    {
        { Media.Image("a.png", "40%", "A"), new ImageMedia("a.png", "40%", "A"), Media.Image("a.png", "40%", "B") },
        { Media.YouTube("dQw4w9WgXcQ"), new YouTubeMedia("dQw4w9WgXcQ", null), Media.YouTube("dQw4w9WgXcQ", "50%") },
        { Media.Markdown("  x"), new MarkdownMedia("x"), Media.Markdown("x", allowHtml: true) },
        { new MediaBlock(Media.Image("a.png")), new MediaBlock(new ImageMedia("a.png")), new MediaBlock(Media.Image("b.png")) },
        { new FigureBlock(Media.Image("a.png"), "c", "l"), new FigureBlock(new ImageMedia("a.png"), "c", "l"), new FigureBlock(Media.Image("a.png"), "c", "m") },
        { new ColumnsBlock(Media.Markdown("a"), Media.Markdown("b")), new ColumnsBlock(new MarkdownMedia("a"), new MarkdownMedia("b"), "50%", "50%"), new ColumnsBlock(Media.Markdown("a"), Media.Markdown("b"), "40%") },
        { new FragmentBlock("f"), new FragmentBlock("f"), new FragmentBlock("g") },
        { new CodeBlock(CodeKind.Code, "x"), new CodeBlock(CodeKind.Code, "x", "python"), new CodeBlock(CodeKind.Setup, "x") },
        { new EditLinkBlock("/src/a.cs"), new EditLinkBlock("/src/a.cs"), new EditLinkBlock("/src/b.cs") },
        { new NotationMacro(@"\f", "x"), new NotationMacro(@" \f ", " x "), new NotationMacro(@"\f", "x #1", 1) },
    };

    [Theory]
    [MemberData(nameof(EqualPairsAndADifferentOne))]
    public void Records_compare_by_value(object one, object same, object other)
    {
        Assert.Equal(one, same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, other);
    }

    [Fact]
    public void Media_of_different_kinds_are_never_equal()
    {
        Assert.NotEqual<Media>(Media.Markdown("a.png"), Media.Image("a.png"));
    }

    [Fact]
    public void Metadata_compares_its_notation()
    {
        var plain = Talk.Titled("t").Build().Metadata;
        var withNotation = Talk.Titled("t").Notation(@"\f", "x").Build().Metadata;

        Assert.NotEqual(plain, withNotation);
        Assert.Equal(withNotation, Talk.Titled("t").Notation(@"\f", "x").Build().Metadata);
        Assert.Empty(TalkMetadata.Empty.Notation);
    }

    [Fact]
    public void Documents_with_typed_blocks_are_equal_when_built_twice()
    {
        static Talk Make() => Talk.Titled("t").Subsection("s").Figure(Media.Image("a.png"), "c").Columns("a", "b").Fragment("f").Code("x").EditMe();

        Assert.Equal(Make().Build(), Make().Build());
        Assert.Equal(Make().Build().GetHashCode(), Make().Build().GetHashCode());
    }

    [Fact]
    public void Records_made_by_hand_are_checked_like_the_authoring_calls()
    {
        Assert.Throws<ArgumentException>(() => new ImageMedia("a.png", "big"));
        Assert.Throws<ArgumentException>(() => new YouTubeMedia("nope"));
        Assert.Throws<ArgumentNullException>(() => new MarkdownMedia(null!));
        Assert.Throws<ArgumentNullException>(() => new MediaBlock(null!));
        Assert.Throws<ArgumentException>(() => new FigureBlock(Media.Image("a.png"), ""));
        Assert.Throws<ArgumentException>(() => new FigureBlock(Media.Image("a.png"), "c", "a b"));
        Assert.Throws<ArgumentException>(() => new ColumnsBlock(Media.Markdown("a"), Media.Markdown("b"), "50%", "50"));
        Assert.Throws<ArgumentNullException>(() => new FragmentBlock(null!));
        Assert.Throws<ArgumentException>(() => new CodeBlock(CodeKind.Code, "x", "<script>"));
        Assert.Throws<ArgumentNullException>(() => new EditLinkBlock(null!));
    }

    [Theory]
    [InlineData(CodeKind.Code, true)]
    [InlineData(CodeKind.Setup, true)]
    [InlineData(CodeKind.Plot, false)]
    [InlineData(CodeKind.SetupPlot, false)]
    [InlineData(CodeKind.Display, false)]
    [InlineData(CodeKind.SetupDisplay, false)]
    [InlineData(CodeKind.Helper, false)]
    [InlineData(CodeKind.SetupHelper, false)]
    public void The_notes_show_code_as_lamds_sparse_level_does(CodeKind kind, bool shown) =>
        Assert.Equal(shown, CodeBlock.ShownInNotes(kind));
}
