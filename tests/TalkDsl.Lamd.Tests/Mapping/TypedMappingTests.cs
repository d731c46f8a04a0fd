using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Mapping;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>
/// lamd constructs that have typed calls: what each becomes, how its arguments are made valid, and when it
/// stays raw (and why). Every imported talk must compile against TalkDsl.
/// </summary>
public sealed class TypedMappingTests : IDisposable
{
    private readonly LectureImport _lecture = new();

    public void Dispose() => _lecture.Dispose();

    [Theory]
    [InlineData(@"\includepng{\diagramsDir/ml/gp-prior}{70%}", @".Image(""diagrams/ml/gp-prior.png"", width: ""70%"", alt: ""gp prior"")")]
    [InlineData(@"\includejpg{\diagramsDir/people/ada_lovelace}{50%}", @".Image(""diagrams/people/ada_lovelace.jpg"", width: ""50%"", alt: ""ada lovelace"")")]
    [InlineData(@"\includegif{\diagramsDir/anim}{}", @".Image(""diagrams/anim.gif"", alt: ""anim"")")]
    [InlineData(@"\includediagram{\diagramsDir/kern/eq}{60%}", @".Image(""diagrams/kern/eq.svg"", width: ""60%"", alt: ""eq"")")]
    [InlineData(@"\includeimg{https://example.org/logo.svg}{20%}", @".Image(""https://example.org/logo.svg"", width: ""20%"", alt: ""logo"")")]
    [InlineData(@"\includeimg{photos/cat.jpeg}{20%}{}{center}", @".Image(""photos/cat.jpeg"", width: ""20%"", alt: ""cat"")")]
    [InlineData(@"\includepng{pictures/already.png}{70%}", @".Image(""pictures/already.png"", width: ""70%"", alt: ""already"")")]
    public void Image_macros_become_Image_with_the_extension_the_macro_implies_and_diagramsDir_as_diagrams(string lamd, string call)
    {
        var (code, summary) = Import("\\subsection{A}\n" + lamd + "\n");

        Assert.Contains("        " + call + ";\n", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Theory]
    [InlineData("70%", "70%")]
    [InlineData("60 %", "60%")]
    [InlineData("400", "400px")]
    [InlineData("12.5", "12.5px")]
    [InlineData("50PX", "50px")]
    [InlineData("2.5em", "2.5em")]
    [InlineData("80vw", "80vw")]
    [InlineData("", null)]
    [InlineData("auto", null)]
    public void Widths_are_normalised_to_css_lengths(string lamd, string? css)
    {
        var (code, summary) = Import($"\\subsection{{A}}\n\\includepng{{x}}{{{lamd}}}\n");

        Assert.Contains(css is null ? ".Image(\"x.png\", alt: \"x\")" : $".Image(\"x.png\", width: \"{css}\", alt: \"x\")", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Theory]
    [InlineData("1in", "the width '1in' is not a CSS length: write a positive number and a unit (%, px, em, rem, vw or vh), e.g. \"70%\" or \"400px\"")]
    [InlineData("0", "the width '0px' is not a CSS length")]
    [InlineData("\\textwidth", "the width '\\textwidth' is not a CSS length")]
    public void A_width_that_cannot_be_made_a_css_length_keeps_the_image_raw_with_the_reason(string lamd, string reason)
    {
        var (code, summary) = Import($"\\subsection{{A}}\n\\includepng{{x}}{{{lamd}}}\n");

        Assert.Contains($"// lamd \\includepng at lecture.md:6:1 — a PNG image: {reason}", code, StringComparison.Ordinal);
        Assert.Contains($".Markdown(\"\"\"\n            \\includepng{{x}}{{{lamd}}}\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
        var raw = Assert.Single(summary.NotMapped);
        Assert.Equal(new SourcePosition("lecture.md", 6, 1), raw.Position);
        Assert.Contains(reason, raw.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_macro_nobody_defined_left_in_a_path_is_reported_and_keeps_the_image_raw()
    {
        var (code, summary) = Import("\\subsection{A}\n\\includediagram{\\slidesDir/ml/x}{50%}\n");

        var raw = Assert.Single(summary.NotMapped);
        Assert.Equal("\\includediagram", raw.Construct);
        Assert.Contains("its path '\\slidesDir/ml/x' holds \\slidesDir, a macro no file defined", raw.Detail, StringComparison.Ordinal);
        Assert.Contains("\\includediagram{\\slidesDir/ml/x}{50%}", code, StringComparison.Ordinal);
        Assert.DoesNotContain(".Image(", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_macro_the_talk_defines_is_expanded_and_a_diagramsDir_it_defines_wins()
    {
        var (code, summary) = Import("\\define{slidesDir}{../slides}\n\\define{diagramsDir}{../slides/diagrams}\n\\subsection{A}\n\\includepng{\\slidesDir/a}{50%}\n\\includepng{\\diagramsDir/b}{50%}\n");

        Assert.Contains(".Image(\"../slides/a.png\", width: \"50%\", alt: \"a\")", code, StringComparison.Ordinal);
        Assert.Contains(".Image(\"../slides/diagrams/b.png\", width: \"50%\", alt: \"b\")", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Theory]
    [InlineData(@"\includediagram{\diagramsDir/a}{50%}{1negate}", "'1negate' is not a list of CSS class names")]
    [InlineData(@"\includediagram{\diagramsDir/a}{50%}{}{background:url(x.png)}", "the style 'background:url(x.png)' is refused: the function 'url(…)' may load or run something")]
    [InlineData(@"\includediagram{\diagramsDir/a}{50%}{}{center}", "the style 'center' is refused: 'center' is not a declaration 'property: value'")]
    [InlineData(@"\includeimg{a.png}{50%}{}{left}", "its alignment 'left' has no place in Image(…), which centres the image")]
    [InlineData(@"\div{text}{x"" onclick=""alert(1)}{}", "is not a list of CSS class names")]
    [InlineData(@"\div{text}{}{color:red"" onmouseover=""steal}", "holds a character a safe style does not use")]
    [InlineData(@"\aligncenter{\fragment{a}}", "its content: \\fragment is not an image, a video or an alignment block")]
    [InlineData(@"\centerdiv{\tomBorchertPicture{15%}}", "its content: it holds raw TeX (\\tomBorchertPicture{…}), which lamd's pages leave out and Markdown would show")]
    [InlineData(@"\figure{\includepng{a}{50%}\nobodyDefinedThis{x}}{Caption.}{label}", "its contents: it holds raw TeX (\\nobodyDefinedThis{…}), which lamd's pages leave out")]
    [InlineData(@"\figure{\includepng{a}{50%} and \fragment{b}}{Caption.}{label}", "its contents: \\fragment is not an image, a video or an alignment block")]
    [InlineData(@"\includeyoutube{dQw4w9WgXcQ}{800}{600}{30}", "it starts at 30 s, and YouTube(…) plays from the beginning")]
    [InlineData(@"\includeyoutube{dQw4w9WgXcQ}{800}{600}{0}{90}", "it stops at 90 s, and YouTube(…) plays to the end")]
    [InlineData(@"\includeyoutube{abc}", "'abc' is not a YouTube video id")]
    [InlineData(@"\fragment{text}{fade-up}", "its class 'fade-up' has no place in Fragment(…)")]
    [InlineData(@"\fragment{<b>bold</b>}", "it holds raw HTML, which Fragment(…) shows as text")]
    [InlineData(@"\fragment{}", "it is empty")]
    [InlineData(@"\code{}", "the code block is empty")]
    [InlineData(@"\code{x = \fragment{1}}", "its code holds \\fragment")]
    [InlineData(@"\figure{\columns{a}{b}{50%}{50%}}{Caption.}{label}", "its contents: \\columns is not an image, a video or an alignment block")]
    [InlineData(@"\figure{\includepng{a}{1in}}{Caption.}{label}", "its contents, \\includepng: the width '1in' is not a CSS length")]
    [InlineData(@"\figure{\includepng{a}{50%}}{See \fragment{this}.}{label}", "its caption holds \\fragment, and a caption is Markdown only")]
    [InlineData(@"\figure{\includepng{a}{50%}}{A <b>bold</b> caption.}{label}", "its caption holds raw HTML")]
    [InlineData(@"\figure{\includepng{a}{50%}}{ }{label}", "a figure needs a caption")]
    [InlineData(@"\figure{}{Caption.}{label}", "its contents are empty")]
    [InlineData(@"\figure{\includepng{a}{50%}}{Caption.}{two words}", "the label 'two words' cannot name a figure")]
    [InlineData(@"\columns{a}{b}{50%}{1in}", "the right column's width '1in' is not a CSS length")]
    [InlineData(@"\columns{\figure{\includepng{a}{50%}}{c}{l}}{b}{50%}{50%}", "its left column: \\figure is not an image, a video or an alignment block")]
    [InlineData(@"\newcommand{\bad}{#1}", "the definition of \\bad uses '#1' but it takes no arguments")]
    [InlineData(@"\newcommand{\x2}{y}", "'\\x2' is not a LaTeX command name")]
    [InlineData(@"\newcommand{\x}[10]{y}", "a LaTeX command takes at most 9 arguments, not 10")]
    [InlineData(@"\newcommand{\x}", "write it as \\newcommand{\\name}{definition}")]
    public void A_value_the_typed_call_would_refuse_keeps_the_construct_raw_with_the_reason(string lamd, string reason)
    {
        var (code, summary) = Import("\\subsection{A}\n" + lamd + "\n");

        var raw = Assert.Single(summary.NotMapped);
        Assert.Contains(reason, raw.Detail, StringComparison.Ordinal);
        Assert.Contains($"// lamd {raw.Construct} at lecture.md:6:1 — ", code, StringComparison.Ordinal);
        Assert.Contains(reason, code, StringComparison.Ordinal);
        Assert.Contains("    " + lamd + "\n", code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=3")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ?start=0")]
    public void A_YouTube_video_is_found_by_id_or_url_and_its_pixel_width_kept_while_its_height_follows_16_9(string id)
    {
        var (code, summary) = Import($"\\subsection{{A}}\n\\includeyoutube{{{id}}}{{800}}{{600}}{{00}}\n\\includeyoutube{{{id}}}\n");

        Assert.Contains(".YouTube(\"dQw4w9WgXcQ\", width: \"800px\")\n        .YouTube(\"dQw4w9WgXcQ\");", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Fact]
    public void A_figure_holds_an_image_a_video_or_markdown_with_its_caption_and_label()
    {
        var (code, summary) = Import("""
            \subsection{A}
            \figure{\includepng{\diagramsDir/compsci/human-computers-at-work}{40%}}{A typical accounting office, from ["Cambridge Computing"](https://example.org/book).}{human-computers-at-work}

            \figure{  \includeyoutube{dQw4w9WgXcQ}  }{A video.}

            \figure{| a | b |
            |---|---|
            | 1 | 2 |}{A table.}{}

            \figure{<iframe src="https://example.org/embed"></iframe>}{An embedded page.}{embed}
            """);

        Assert.Contains(""""
                    .Figure(
                        Media.Image("diagrams/compsci/human-computers-at-work.png", width: "40%", alt: "A typical accounting office, from \"Cambridge Computing\"."),
                        "A typical accounting office, from [\"Cambridge Computing\"](https://example.org/book).",
                        label: "human-computers-at-work")
                    .Figure(Media.YouTube("dQw4w9WgXcQ"), "A video.")
                    .Figure(
                        Media.Markdown("""
                        | a | b |
                        |---|---|
                        | 1 | 2 |
                        """),
                        "A table.")
                    .Figure(
                        Media.Markdown("<iframe src=\"https://example.org/embed\"></iframe>", allowHtml: true),
                        "An embedded page.",
                        label: "embed");
            """", code, StringComparison.Ordinal);
        Assert.Equal(["Figure(…)", "Figure(…)", "Figure(…)", "Figure(…)"], summary.Uses.Where(u => u.Construct == "\\figure").Select(u => u.Detail));
        Assert.Empty(summary.NotMapped);
    }

    [Theory]
    [InlineData(@"\includediagram{\diagramsDir/a}{50%}{negate}", @".Image(""diagrams/a.svg"", width: ""50%"", alt: ""a"", cssClass: ""negate"")")]
    [InlineData(@"\includediagram{\diagramsDir/a}{50%}{}{border:none; width:60%}", @".Image(""diagrams/a.svg"", width: ""50%"", alt: ""a"", style: ""border:none; width:60%"")")]
    [InlineData(@"\includediagramclass{\diagramsDir/a}{40%}", @".Image(""diagrams/a.svg"", width: ""40%"", alt: ""a"")")]
    [InlineData(@"\includepng{\diagramsDir/b}{30%}{framed small}", @".Image(""diagrams/b.png"", width: ""30%"", alt: ""b"", cssClass: ""framed small"")")]
    public void An_image_keeps_its_class_and_style(string lamd, string call)
    {
        var (code, summary) = Import("\\subsection{A}\n" + lamd + "\n");

        Assert.Contains("        " + call + ";\n", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Fact]
    public void A_figure_of_several_diagrams_and_text_holds_a_media_group()
    {
        var (code, summary) = Import("""
            \subsection{A}
            \figure{\includediagram{\diagramsDir/ml/one}{40%}\includediagram{\diagramsDir/ml/two}{40%}}{Two diagrams.}{two-diagrams}

            \figure{Before the image.
            \includepng{\diagramsDir/ml/three}{50%}
            \aligncenter{*After* it.}}{Text and an image.}
            """);

        Assert.Contains("""
                    .Figure(
                        Media.Group(
                            Media.Image("diagrams/ml/one.svg", width: "40%", alt: "one"),
                            Media.Image("diagrams/ml/two.svg", width: "40%", alt: "two")),
                        "Two diagrams.",
                        label: "two-diagrams")
                    .Figure(
                        Media.Group(
                            Media.Markdown("Before the image."),
                            Media.Image("diagrams/ml/three.png", width: "50%", alt: "three"),
                            Media.Align(Alignment.Center, Media.Markdown("*After* it."))),
                        "Text and an image.");
            """, code, StringComparison.Ordinal);
        Assert.Equal(["Figure(…)", "Figure(…)"], summary.Uses.Where(u => u.Construct == "\\figure").Select(u => u.Detail));
        Assert.Empty(summary.NotMapped);
    }

    [Fact]
    public void Alignment_blocks_and_divs_become_Align_and_Div()
    {
        var (code, summary) = Import("""
            \subsection{A}
            \aligncenter{Centred *text*.}

            \alignright{\includejpg{\diagramsDir/people/ada}{20%}}

            \alignleft{Left.}

            \centerdiv{Centred block.}{}{}

            \centerdiv{Framed.}{framed}{font-size:80%}

            \div{In a box.}{box}{border:1px solid #ccc}

            \columns{\includepng{\diagramsDir/a}{100%}\includepng{\diagramsDir/b}{100%}}{Right.}{40%}{60%}
            """);

        Assert.Contains("""
                    .Align(Alignment.Center, "Centred *text*.")
                    .Align(Alignment.Right, Media.Image("diagrams/people/ada.jpg", width: "20%", alt: "ada"))
                    .Align(Alignment.Left, "Left.")
                    .Align(Alignment.Center, "Centred block.")
                    .Div(
                        Media.Align(Alignment.Center, Media.Markdown("Framed.")),
                        cssClass: "framed",
                        style: "font-size:80%")
                    .Div("In a box.", cssClass: "box", style: "border:1px solid #ccc")
                    .Columns(
                        Media.Group(
                            Media.Image("diagrams/a.png", width: "100%", alt: "a"),
                            Media.Image("diagrams/b.png", width: "100%", alt: "b")),
                        Media.Markdown("Right."),
                        "40%",
                        "60%");
            """, code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Fact]
    public void Columns_of_markdown_take_strings_and_columns_with_media_or_html_take_media()
    {
        var (code, summary) = Import("""
            \subsection{A}
            \columns{Left *text*}{Right text}{30%}{70%}

            \columns{\includediagram{\diagramsDir/ml/left}{100%}}{* one
            * two}{}{}

            \columns{<b>html</b>}{}{50%}{50%}
            """);

        Assert.Contains(".Columns(\"Left *text*\", \"Right text\", \"30%\", \"70%\")", code, StringComparison.Ordinal);
        Assert.Contains(""""
                    .Columns(
                        Media.Image("diagrams/ml/left.svg", width: "100%", alt: "left"),
                        Media.Markdown("""
                        * one
                        * two
                        """),
                        "50%",
                        "50%")
            """", code, StringComparison.Ordinal);
        Assert.Contains(".Columns(Media.Markdown(\"<b>html</b>\", allowHtml: true), Media.Markdown(\"\"), \"50%\", \"50%\")", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Fact]
    public void Fragments_code_and_edit_links_become_their_calls()
    {
        var (code, summary) = Import(""""
            \editme
            \subsection{A}
            \fragment{Appears *later*.}

            \setupcode{import numpy as np}

            \code{def f(x):
                """A docstring with a \n in it."""
                return {'x': x}}

            \plotcode{plot.f(x, directory="\writeDiagramsDir/ml")}

            \setupplotcode{import mlai.plot as plot}
            """");

        Assert.Contains(".EditMe()\n        .Subsection(\"A\")\n        .Fragment(\"Appears *later*.\")", code, StringComparison.Ordinal);
        Assert.Contains(".Code(\"import numpy as np\", CodeKind.Setup)", code, StringComparison.Ordinal);
        Assert.Contains(""""""
                    .Code(""""
                        def f(x):
                            """A docstring with a \n in it."""
                            return {'x': x}
                        """")
            """""", code, StringComparison.Ordinal);
        Assert.Contains(".Code(@\"plot.f(x, directory=\"\"\\writeDiagramsDir/ml\"\")\", CodeKind.Plot)", code, StringComparison.Ordinal);
        Assert.Contains(".Code(\"import mlai.plot as plot\", CodeKind.SetupPlot)", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Fact]
    public void Display_and_helper_code_become_their_code_kinds_and_loadcode_the_import_lamd_writes()
    {
        var (code, summary) = Import("""
            \subsection{A}
            \setupdisplaycode{import notutils as nu}

            \displaycode{nu.display_plots('two_point_sample{sample:0>3}.svg')}

            \setuphelpercode{import os}

            \helpercode{def helper():
                return 1}

            \loadcode{polynomial}{mlai}

            \loadplotcode{Kernel}{mlai.plot}
            """);

        Assert.Contains(".Code(\"import notutils as nu\", CodeKind.SetupDisplay)", code, StringComparison.Ordinal);
        Assert.Contains(".Code(\"nu.display_plots('two_point_sample{sample:0>3}.svg')\", CodeKind.Display)", code, StringComparison.Ordinal);
        Assert.Contains(".Code(\"import os\", CodeKind.SetupHelper)", code, StringComparison.Ordinal);
        Assert.Contains("    return 1\n            \"\"\", CodeKind.Helper)", code, StringComparison.Ordinal);
        Assert.Contains(".Code(\"from mlai import polynomial\")", code, StringComparison.Ordinal);
        Assert.Contains(".Code(\"from mlai.plot import Kernel\", CodeKind.Plot)", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Fact]
    public void Pandoc_footnotes_are_kept_as_Markdown_which_every_format_renders()
    {
        var (code, summary) = Import("""
            \subsection{A}
            Zero day exploits[^zeroday] are rare.

            [^zeroday]: Not known to the makers.

            \notes{The GDPR[^gdpr] protects people.

            [^gdpr]: General Data Protection Regulation.}
            """);

        Assert.Contains("Zero day exploits[^zeroday] are rare.\n\n            [^zeroday]: Not known to the makers.", code, StringComparison.Ordinal);
        Assert.Contains("The GDPR[^gdpr] protects people.\n\n            [^gdpr]: General Data Protection Regulation.", code, StringComparison.Ordinal);
        Assert.DoesNotContain("\\[^", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
    }

    [Theory]
    [InlineData(@"\loadcode{two words}{mlai}", "'two words' from 'mlai' is not a Python name and module")]
    [InlineData(@"\loadplotcode{Kernel}{}", "'Kernel' from '' is not a Python name and module")]
    [InlineData(@"\loadcode{\fragment{x}}{mlai}", "it holds \\fragment")]
    public void A_loadcode_that_names_no_Python_object_stays_raw_with_the_reason(string lamd, string reason)
    {
        var (_, summary) = Import("\\subsection{A}\n" + lamd + "\n");

        Assert.Contains(reason, Assert.Single(summary.NotMapped).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_and_edit_links_may_sit_in_notes_only_content_but_not_in_slides_only_or_speaker_notes()
    {
        var (code, summary) = Import("""
            \subsection{A}
            \notes{\code{x = 1}

            \editme}
            \slides{\code{y = 2}}
            \speakernotes{\includepng{a}{50%}}
            \notes{\figure{\includepng{a}{50%}}{Caption.}{a}}
            """);

        Assert.Contains(".Code(\"x = 1\")\n        .EditMe()", code, StringComparison.Ordinal);
        Assert.Equal(
            [
                ("\\code", "it sits in slides-only content, and its typed call shows in the notes"),
                ("\\includepng", "it sits in speaker-notes content, and its typed call shows in the slides, the notes or both (shownIn:), not the speaker notes alone"),
            ],
            summary.NotMapped.Select(u => (u.Construct, u.Detail[(u.Detail.IndexOf(": ", StringComparison.Ordinal) + 2)..])));
        Assert.Contains(".Slides(\"\"\"\n            \\code{y = 2}\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Media_in_slides_only_or_notes_only_content_is_a_typed_call_shown_in_that_output_only()
    {
        var (code, summary) = Import("""
            \subsection{A}
            Both.
            \slides{\figure{\includediagram{x}{60%}}{Cap}{lab}}
            \notes{\includediagram{\diagramsDir/x}{40%}}
            \slides{\aligncenter{Centred on the slide.}}
            \notes{\div{In a box.}{box}{}}
            """);

        Assert.Contains("""
                    .Figure(
                        Media.Image("x.svg", width: "60%", alt: "Cap"),
                        "Cap",
                        label: "lab",
                        shownIn: ContentTarget.Slides)
                    .Image("diagrams/x.svg", width: "40%", alt: "x", shownIn: ContentTarget.Notes)
            """, code, StringComparison.Ordinal);
        Assert.Contains(".Align(Alignment.Center, \"Centred on the slide.\", shownIn: ContentTarget.Slides)", code, StringComparison.Ordinal);
        Assert.Contains(".Div(\"In a box.\", cssClass: \"box\", shownIn: ContentTarget.Notes)", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);

        // As lamd's builds show them: the figure and the centred text on the slide, the diagram and the box in the notes.
        var talk = _lecture.LastTalk();
        var slides = talk.RenderSlides();
        var notes = talk.RenderNotes();
        Assert.Contains("60%", slides, StringComparison.Ordinal);
        Assert.Contains("Centred on the slide.", slides, StringComparison.Ordinal);
        Assert.DoesNotContain("In a box.", slides, StringComparison.Ordinal);
        Assert.DoesNotContain("40%", slides, StringComparison.Ordinal);
        Assert.Contains("In a box.", notes, StringComparison.Ordinal);
        Assert.Contains("40%", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Centred on the slide.", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("60%", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("lab-figure", notes, StringComparison.Ordinal);
    }

    [Fact]
    public void Notation_goes_to_the_header_once_each_from_the_talk_and_the_parts_it_includes()
    {
        _lecture.Files.Write("_ml/includes/notation.md", "\\ifndef{mlNotation}\n\\define{mlNotation}\n\\newcommand{\\dataMatrix}{\\mathbf{Y}}\n\\include{_ml/includes/inner.md}\n\\endif\n");
        _lecture.Files.Write("_ml/includes/inner.md", "Inner $\\inner{a}{b}$. \\newcommand{\\inner}[2]{\\langle #1, #2 \\rangle}\n");
        var result = ImportResult("""
            \newcommand{\R}{\mathbb{R}}
            \subsection{A}
            \include{_ml/includes/notation.md}
            \notes{\newcommand{\R}{\mathbb{R}}}
            $\R \dataMatrix$
            """);

        var talk = Fixtures.File(result, "Talks/Lecture.cs");
        Assert.Contains("""
                    .Date(2020, 1, 2)
                    // Notation: lamd's \newcommand definitions, from the talk and the parts it includes.
                    .Notation(@"\R", @"\mathbb{R}")
                    .Notation(@"\dataMatrix", @"\mathbf{Y}")
                    .Notation(@"\inner", @"\langle #1, #2 \rangle", parameters: 2)
                    // lamd \newcommand at lecture.md:5:1 — a LaTeX notation macro: the talk's header declares .Notation(@"\R", @"\mathbb{R}").
                    .Subsection("A")
            """, talk, StringComparison.Ordinal);
        var part = Fixtures.File(result, "Snippets/Ml/Notation.cs");
        Assert.Contains("// lamd \\newcommand at _ml/includes/notation.md:3:1 — a LaTeX notation macro: every talk that includes this part declares .Notation(@\"\\dataMatrix\", @\"\\mathbf{Y}\").", part, StringComparison.Ordinal);
        Assert.DoesNotContain(".Notation(", part.Replace("declares .Notation(", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var inner = Fixtures.File(result, "Snippets/Ml/Inner.cs");
        Assert.Contains("// lamd \\newcommand at _ml/includes/inner.md:1:23 — a LaTeX notation macro: every talk that includes this part declares .Notation(@\"\\inner\", @\"\\langle #1, #2 \\rangle\", parameters: 2).\n        .Markdown(\"\"\"\n            Inner $\\inner{a}{b}$.\n", inner, StringComparison.Ordinal);
        Assert.Equal(4, result.Summary.Uses.Count(u => u is { Construct: "\\newcommand", Outcome: ConstructOutcome.Mapped }));
        Assert.Empty(result.Summary.NotMapped);
        Assert.DoesNotContain(result.Summary.Diagnostics, d => d.Id == LamdDiagnosticIds.NotationConflict);
    }

    [Fact]
    public void A_command_defined_again_differently_keeps_the_first_definition_and_is_reported()
    {
        _lecture.Files.Write("_ml/includes/notation.md", "\\newcommand{\\dataMatrix}{\\mathbf{Y}}\n");
        var result = ImportResult("\\subsection{A}\n\\include{_ml/includes/notation.md}\n\\newcommand{\\dataMatrix}{\\mathbf{X}}\n$\\dataMatrix$\n");

        var talk = Fixtures.File(result, "Talks/Lecture.cs");
        Assert.Contains(".Notation(@\"\\dataMatrix\", @\"\\mathbf{Y}\")\n", talk, StringComparison.Ordinal);
        Assert.DoesNotContain("@\"\\mathbf{X}\")\n", talk, StringComparison.Ordinal);
        const string Reason = "left out of the notation: \\dataMatrix is already \\newcommand{\\dataMatrix}{\\mathbf{Y}} (from _ml/includes/notation.md:1:1)";
        Assert.Contains($"// lamd \\newcommand at lecture.md:7:1 — {Reason}.", talk, StringComparison.Ordinal);
        var raw = Assert.Single(result.Summary.NotMapped);
        Assert.Equal((new SourcePosition("lecture.md", 7, 1), Reason), (raw.Position, raw.Detail));
        var warning = Assert.Single(result.Summary.Diagnostics, d => d.Id == LamdDiagnosticIds.NotationConflict);
        Assert.Equal(LamdSeverity.Warning, warning.Severity);
        Assert.Equal(new SourcePosition("lecture.md", 7, 1), warning.Position);
        Assert.Equal(
            "\\dataMatrix is defined again, as \\newcommand{\\dataMatrix}{\\mathbf{X}}, after \\newcommand{\\dataMatrix}{\\mathbf{Y}} at _ml/includes/notation.md:1:1: lecture.md keeps the first in its notation; rename one of the two commands",
            warning.Message);
    }

    [Fact]
    public void A_raw_newcommand_keeps_its_argument_count_in_the_source()
    {
        var (code, _) = Import("\\subsection{A}\n\\newcommand{\\x}[1]{\\mathbf{#2}}\n");

        Assert.Contains("            \\newcommand{\\x}[1]{\\mathbf{#2}}\n", code, StringComparison.Ordinal);
        Assert.Contains("uses '#2' but it takes 1", code, StringComparison.Ordinal);
    }

    private (string Code, ImportSummary Summary) Import(string body, string frontMatter = LectureImport.FrontMatter) => _lecture.Import(body, frontMatter);

    private ImportResult ImportResult(string body) => _lecture.Result(body);
}
