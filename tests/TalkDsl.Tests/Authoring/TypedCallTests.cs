using System.Runtime.CompilerServices;
using TalkDsl.Model;

namespace TalkDsl.Tests.Authoring;

/// <summary>The typed calls that stand for lamd's media, figure, columns, fragment, code and edit macros.</summary>
public class TypedCallTests
{
    private static TalkBody Body() => Talk.Titled("t").Author(given: "Ada").Subsection("s");

    private static Block Last(Talk talk) => talk.Build().Blocks[^1];

    [Fact]
    public void Image_makes_a_media_block_with_path_width_and_alt()
    {
        var block = Last(Body().Image("diagrams/gp/prior.png", width: "70%", alt: "Samples from a GP prior"));

        Assert.Equal(new MediaBlock(new ImageMedia("diagrams/gp/prior.png", "70%", "Samples from a GP prior")), block);
    }

    [Fact]
    public void Image_trims_its_arguments_and_drops_a_blank_alt()
    {
        var image = (ImageMedia)((MediaBlock)Last(Body().Image("  a.png ", " 400px ", "  "))).Media;

        Assert.Equal("a.png", image.Path);
        Assert.Equal("400px", image.Width);
        Assert.Null(image.Alt);
    }

    [Theory]
    [InlineData("70%")]
    [InlineData("400px")]
    [InlineData("12.5em")]
    [InlineData("3rem")]
    [InlineData("50vw")]
    [InlineData("40vh")]
    [InlineData(".5em")]
    public void Widths_are_css_lengths(string width)
    {
        Assert.Equal(width, ((ImageMedia)Media.Image("a.png", width)).Width);
    }

    [Theory]
    [InlineData("70", "e.g. \"70px\"")]
    [InlineData("wide", "e.g. \"70%\" or \"400px\"")]
    [InlineData("0%", "positive number")]
    [InlineData("-5px", "positive number")]
    [InlineData("50% ; color:red", "not a CSS length")]
    [InlineData("4cm", "%, px, em, rem, vw or vh")]
    public void A_width_that_is_not_a_css_length_is_refused_with_what_to_write(string width, string hint)
    {
        var error = Assert.Throws<ArgumentException>(() => Body().Image("a.png", width));

        Assert.Equal("width", error.ParamName);
        Assert.Contains($"The width '{width}' is not a CSS length", error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_needs_a_path_on_one_line()
    {
        var blank = Assert.Throws<ArgumentException>(() => Body().Image("  "));
        Assert.Contains("The image path is empty", blank.Message, StringComparison.Ordinal);

        var broken = Assert.Throws<ArgumentException>(() => Body().Image("a\nb.png"));
        Assert.Contains("write it on one line", broken.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentNullException>(() => Body().Image(null!));
    }

    [Fact]
    public void YouTube_makes_a_media_block_with_the_video_id()
    {
        var block = Last(Body().YouTube("dQw4w9WgXcQ", width: "640px"));

        Assert.Equal(new MediaBlock(new YouTubeMedia("dQw4w9WgXcQ", "640px")), block);
        Assert.Equal("https://www.youtube.com/embed/dQw4w9WgXcQ", ((YouTubeMedia)((MediaBlock)block).Media).EmbedUrl);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("dQw4w9WgXc")]
    [InlineData("dQw4w9WgXcQQ")]
    [InlineData("dQw4w9Wg\"cQ")]
    public void A_YouTube_id_must_be_the_eleven_characters_of_the_url(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => Body().YouTube(id));

        Assert.Equal("videoId", error.ParamName);
        Assert.Contains("is not a YouTube video id", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 'watch?v='", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_keeps_its_media_caption_and_label()
    {
        var block = Last(Body().Figure(Media.Image("computers.png", "40%"), "Human *computers* at work.", "human-computers"));

        Assert.Equal(new FigureBlock(new ImageMedia("computers.png", "40%"), "Human *computers* at work.", "human-computers"), block);
    }

    [Fact]
    public void Figure_contents_may_be_a_player_or_markdown()
    {
        var talk = Body()
            .Figure(Media.YouTube("dQw4w9WgXcQ"), "A talk on video.")
            .Figure(Media.Markdown("""
                | a | b |
                |---|---|
                | 1 | 2 |
                """), "A table.", "table");

        var figures = talk.Build().Blocks.OfType<FigureBlock>().ToList();
        Assert.Equal(new YouTubeMedia("dQw4w9WgXcQ"), figures[0].Media);
        Assert.Null(figures[0].Label);
        Assert.Equal(new MarkdownMedia("| a | b |\n|---|---|\n| 1 | 2 |"), figures[1].Media);
    }

    [Fact]
    public void A_figure_caption_loses_its_common_indentation()
    {
        var figure = (FigureBlock)Last(Body().Figure(Media.Image("a.png"), """

                A caption over
                two lines.

            """));

        Assert.Equal("A caption over\ntwo lines.", figure.Caption);
    }

    [Fact]
    public void A_figure_needs_a_caption()
    {
        var error = Assert.Throws<ArgumentException>(() => Body().Figure(Media.Image("a.png"), "  "));

        Assert.Contains("A figure needs a caption", error.Message, StringComparison.Ordinal);
        Assert.Contains("use Image(...)", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Body().Figure(null!, "caption"));
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("-leading")]
    [InlineData("quote\"d")]
    [InlineData("")]
    public void A_figure_label_must_make_an_id(string label)
    {
        var error = Assert.Throws<ArgumentException>(() => Body().Figure(Media.Image("a.png"), "c", label));

        Assert.Contains($"The label '{label}' cannot name a figure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_of_markdown_become_markdown_media_with_their_widths()
    {
        var block = Last(Body().Columns("""
                * left
                """, "right", "30%", "70%"));

        Assert.Equal(new ColumnsBlock(new MarkdownMedia("* left"), new MarkdownMedia("right"), "30%", "70%"), block);
    }

    [Fact]
    public void Columns_are_half_and_half_by_default_and_may_hold_media()
    {
        var block = (ColumnsBlock)Last(Body().Columns(Media.Image("a.svg", "100%"), Media.Markdown("Text")));

        Assert.Equal(new ImageMedia("a.svg", "100%"), block.Left);
        Assert.Equal(("50%", "50%"), (block.LeftWidth, block.RightWidth));
    }

    [Fact]
    public void A_column_width_must_be_a_css_length()
    {
        var left = Assert.Throws<ArgumentException>(() => Body().Columns("a", "b", "half"));
        Assert.Contains("The left column's width 'half' is not a CSS length", left.Message, StringComparison.Ordinal);

        var right = Assert.Throws<ArgumentException>(() => Body().Columns(Media.Markdown("a"), Media.Markdown("b"), "50%", "50"));
        Assert.Contains("The right column's width '50' is not a CSS length", right.Message, StringComparison.Ordinal);
        Assert.Contains("e.g. \"50px\"", right.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fragment_keeps_normalised_markdown()
    {
        Assert.Equal(new FragmentBlock("* appears later"), Last(Body().Fragment("""
                * appears later
            """)));
    }

    [Fact]
    public void Code_keeps_kind_language_and_normalised_code()
    {
        var talk = Body()
            .Code("""
                import numpy as np
                """, CodeKind.Setup)
            .Code("""
                def f(x):
                    return x ** 2
                """)
            .Code("plot(x)", CodeKind.Plot)
            .Code("import matplotlib", CodeKind.SetupPlot, "python3");

        Assert.Equal(
            new Block[]
            {
                new CodeBlock(CodeKind.Setup, "import numpy as np"),
                new CodeBlock(CodeKind.Code, "def f(x):\n    return x ** 2", "python"),
                new CodeBlock(CodeKind.Plot, "plot(x)"),
                new CodeBlock(CodeKind.SetupPlot, "import matplotlib", "python3"),
            },
            talk.Build().Blocks.OfType<CodeBlock>());
    }

    [Fact]
    public void Code_must_be_there_and_name_a_language()
    {
        Assert.Contains("The code block is empty", Assert.Throws<ArgumentException>(() => Body().Code(" \n ")).Message, StringComparison.Ordinal);
        Assert.Contains("is not a language name", Assert.Throws<ArgumentException>(() => Body().Code("x", language: "py thon")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Body().Code("x", (CodeKind)42));
    }

    [Fact]
    public void EditMe_records_the_file_that_calls_it()
    {
        var block = Last(Body().EditMe());

        Assert.Equal(new EditLinkBlock(ThisFile()), block);
    }

    [Fact]
    public void Every_typed_call_can_start_the_body_after_the_header()
    {
        TalkHeader Header() => Talk.Titled("t");
        var firsts = new Talk[]
        {
            Header().Image("a.png"),
            Header().YouTube("dQw4w9WgXcQ"),
            Header().Figure(Media.Image("a.png"), "c"),
            Header().Columns("a", "b"),
            Header().Columns(Media.Image("a.png"), Media.Image("b.png")),
            Header().Fragment("f"),
            Header().Code("x = 1"),
            Header().EditMe(),
        };

        Assert.All(firsts, talk => Assert.IsType<TalkBody>(talk));
        Assert.Equal(
            [typeof(MediaBlock), typeof(MediaBlock), typeof(FigureBlock), typeof(ColumnsBlock), typeof(ColumnsBlock), typeof(FragmentBlock), typeof(CodeBlock), typeof(EditLinkBlock)],
            firsts.Select(t => Assert.Single(t.Build().Blocks).GetType()));
    }

    [Fact]
    public void Parts_have_every_typed_call_and_expand_them_in_place()
    {
        var part = TalkPart.Create("Media")
            .EditMe()
            .Subsection("Pictures")
            .Image("a.png", "50%", "A")
            .YouTube("dQw4w9WgXcQ")
            .Figure(Media.Image("b.png"), "B", "b")
            .Columns("l", "r")
            .Columns(Media.Image("c.png"), Media.Markdown("d"), "40%", "60%")
            .Fragment("f")
            .Code("x = 1");

        var blocks = Talk.Titled("t").Include(part).Include(part).Build().Blocks;

        Assert.Equal(
            new Block[]
            {
                new EditLinkBlock(ThisFile()),
                new HeadingBlock(HeadingLevel.Subsection, "Pictures"),
                new MediaBlock(new ImageMedia("a.png", "50%", "A")),
                new MediaBlock(new YouTubeMedia("dQw4w9WgXcQ")),
                new FigureBlock(new ImageMedia("b.png"), "B", "b"),
                new ColumnsBlock(new MarkdownMedia("l"), new MarkdownMedia("r")),
                new ColumnsBlock(new ImageMedia("c.png"), new MarkdownMedia("d"), "40%", "60%"),
                new FragmentBlock("f"),
                new CodeBlock(CodeKind.Code, "x = 1"),
            },
            blocks);
    }

    [Fact]
    public void Theme_and_stylesheets_are_kept_trimmed_in_the_metadata()
    {
        var metadata = Talk.Titled("t").Theme(" league ").Stylesheet(" talk.css ").Stylesheet("https://example.org/a.css")
            .Subsection("s").Markdown("x").Build().Metadata;

        Assert.Equal("league", metadata.Theme);
        Assert.Equal(["talk.css", "https://example.org/a.css"], metadata.Stylesheets);
        Assert.Null(Talk.Titled("t").Subsection("s").Build().Metadata.Theme);
        Assert.Empty(Talk.Titled("t").Subsection("s").Build().Metadata.Stylesheets);
    }

    [Fact]
    public void An_unknown_theme_or_a_blank_stylesheet_is_refused_with_what_to_do()
    {
        var theme = Assert.Throws<ArgumentException>(() => Talk.Titled("t").Theme("nightly"));
        var stylesheet = Assert.Throws<ArgumentException>(() => Talk.Titled("t").Stylesheet("  "));

        Assert.StartsWith("'nightly' is not a reveal.js theme: use one of beige, black,", theme.Message, StringComparison.Ordinal);
        Assert.Equal("name", theme.ParamName);
        Assert.StartsWith("The stylesheet path is empty: give the file, e.g. \"talk.css\", or a URL.", stylesheet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_on_slides_is_kept_in_the_block_and_off_by_default()
    {
        var blocks = Talk.Titled("t").Subsection("s").Code("x = 1", onSlides: true).Code("y = 2").Build().Blocks;

        Assert.Equal([true, false], blocks.OfType<CodeBlock>().Select(b => b.OnSlides));
        Assert.NotEqual(blocks[1], blocks[2]);
    }

    [Fact]
    public void Notation_fills_the_talks_notation_table_in_order()
    {
        var notation = Talk.Titled("t")
            .Notation(@"\mappingFunction", @"\mathbf{f}")
            .Notation(@"\kernelScalar", @"k\left(#1, #2\right)", parameters: 2)
            .Subsection("s").Markdown("$\\mappingFunction$")
            .Build().Metadata.Notation;

        Assert.Equal(
            [new NotationMacro(@"\mappingFunction", @"\mathbf{f}"), new NotationMacro(@"\kernelScalar", @"k\left(#1, #2\right)", 2)],
            notation);
        Assert.Equal("kernelScalar", notation[1].Name);
        Assert.Equal(@"\newcommand{\kernelScalar}[2]{k\left(#1, #2\right)}", notation[1].ToLatex());
        Assert.Equal(@"\newcommand{\mappingFunction}{\mathbf{f}}", notation[0].ToLatex());
    }

    [Theory]
    [InlineData("mappingFunction")]
    [InlineData(@"\mapping_function")]
    [InlineData(@"\f1")]
    [InlineData(@"\")]
    public void A_notation_command_is_a_backslash_and_letters(string command)
    {
        var error = Assert.Throws<ArgumentException>(() => Talk.Titled("t").Notation(command, "x"));

        Assert.Equal("command", error.ParamName);
        Assert.Contains($"'{command}' is not a LaTeX command name: write a backslash and letters only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notation_command_is_defined_once()
    {
        var error = Assert.Throws<ArgumentException>(() => Talk.Titled("t").Notation(@"\x", "a").Notation(@"\x", "b"));

        Assert.Contains(@"\x is already in the talk's notation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\mathbf{f", 0, "leaves 1 brace(s) open")]
    [InlineData(@"\mathbf}f{", 0, "closes a brace it never opened (character 8)")]
    [InlineData("#1", 0, "uses '#1' but it takes no arguments")]
    [InlineData("#1 + #3", 2, "uses '#3' but it takes 2: use #1 to #2")]
    [InlineData("  ", 0, "is empty")]
    public void A_notation_definition_is_checked_before_mathjax_sees_it(string definition, int parameters, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Talk.Titled("t").Notation(@"\name", definition, parameters));

        Assert.Equal("definition", error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_braces_and_hashes_in_a_definition_are_literal()
    {
        var macro = new NotationMacro(@"\set", @"\{ #1 \} \# \}", 1);

        Assert.Equal(@"\{ #1 \} \# \}", macro.Definition);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    public void A_notation_command_takes_nought_to_nine_arguments(int parameters)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Talk.Titled("t").Notation(@"\f", "x", parameters));
    }

    [Fact]
    public void Notation_is_a_header_call_only()
    {
        Assert.Null(typeof(TalkBody).GetMethod("Notation"));
        Assert.Null(typeof(TalkPart).GetMethod("Notation"));
    }

    private static string ThisFile([CallerFilePath] string file = "") => file;
}
