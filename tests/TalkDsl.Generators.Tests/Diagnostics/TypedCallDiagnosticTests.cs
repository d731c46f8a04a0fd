using Microsoft.CodeAnalysis;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// The typed calls and the notation under the analyzer: TALK014 under each refused argument with the
/// builder's own words, and where the shared rules' findings land for a figure, columns or code.
/// </summary>
public class TypedCallDiagnosticTests
{
    private const string Head = """
        using TalkDsl;
        public static partial class T
        {
            public static readonly string Computed = System.DateTime.Now.Year > 0 ? "a.png" : "";

            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")

        """;

    private static string Chain(string calls) => Head + calls + ";\n}\n";

    [Fact]
    public Task TALK014_each_refused_argument_of_the_typed_calls_is_reported_where_it_is() => Verify.AnalyzerAsync(Chain("""
                .Notation({|TALK014:"mappingFunction"|}, "f")
                .Notation(@"\f", {|TALK014:"k(#1)"|})
                .Notation(@"\g", "g", {|TALK014:10|})
                .Notation(@"\f", "x")
                .Notation({|TALK014:@" \f "|}, "y")
                .Subsection("Media")
                    .Image({|TALK014:"  "|}, {|TALK014:"70"|})
                    .YouTube({|TALK014:"https://youtu.be/dQw4w9WgXcQ"|}, width: {|TALK014:"wide"|})
                    .Figure(Media.Image("a.png", {|TALK014:"-5px"|}), {|TALK014:"   "|}, {|TALK014:"a label"|})
                    .Figure(new YouTubeMedia({|TALK014:"short"|}), "A video.")
                    .Columns("left", "right", {|TALK014:"4cm"|}, rightWidth: {|TALK014:"0%"|})
                    .Code({|TALK014:"  \n  "|}, CodeKind.Setup, {|TALK014:"not a language"|})
        """));

    [Fact]
    public Task TALK014_absent_on_the_values_the_builder_accepts() => Verify.AnalyzerAsync(Chain("""
                .Notation(@"\mappingFunction", @"\mathbf{f}")
                .Notation(@"\kernel", @"k(#1, #2)", parameters: 2)
                .Subsection("Media")
                    .Image("  a.png ", " 70% ", alt: "  An image ")
                    .Figure(Media.YouTube(" dQw4w9WgXcQ ", width: ".5em", title: " V "), "A video.")
                    .Figure(Media.Image("a.png", "40vw", "A"), "A caption.", " a-label ")
                    .Figure(new YouTubeMedia("dQw4w9WgXcQ", title: "V"), "A video.")
                    .Columns("left", "right", "45%", rightWidth: "55%")
                    .Code("x = 1", CodeKind.Setup, " c# ")
                    .Code("y = 2", onSlides: true)
        """));

    [Fact]
    public Task TALK014_a_refused_class_or_style_of_an_image_a_div_or_a_nested_media_is_reported_where_it_is() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Layouts")
                    .Image("a.png", alt: "A", cssClass: {|TALK014:"x\" onclick=\"alert(1)"|})
                    .Image("a.png", alt: "A", style: {|TALK014:"background:url(https://evil.example/x.png)"|})
                    .Div("text", {|TALK014:"1st"|}, {|TALK014:"color:red\" onmouseover=\"alert(1)"|})
                    .Figure(Media.Group(Media.Image("b.png", alt: "B"), Media.Div(Media.Markdown("c"), style: {|TALK014:"width:expression(alert(1))"|})), "Caption.")
                    .Align(Alignment.Center, Media.Image("c.png", alt: "C", style: {|TALK014:"behavior:url(x.htc)"|}))
                    .Figure(Media.Group({|TALK014:new Media[] { }|}), "Empty.")
        """));

    [Fact]
    public Task TALK014_absent_on_classes_and_styles_the_builder_accepts() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Layouts")
                    .Image("a.png", alt: "A", cssClass: " negate small ", style: "border:none; width:calc(100% - 2em)")
                    .Div("text", "box", "font-size:80%; color:#333 !important")
                    .Div("text", cssClass: "  ", style: "")
                    .Figure(Media.Group(Media.Image("b.png", alt: "B"), Media.Align(Alignment.Right, Media.Markdown("c"))), "Caption.")
                    .Align(Alignment.Left, "Left.")
        """));

    [Fact]
    public Task TALK014_header_values_the_builder_refuses_are_reported_on_the_argument() => Verify.AnalyzerAsync(Chain("""
                .Author(given: {|TALK014:"  "|}, family: "", institute: "Nowhere")
                .Paper(PaperSize.A4, margin: {|TALK014:"2 parsecs"|})
                .FileName({|TALK014:"../escape"|})
                .Duration({|TALK014:System.TimeSpan.FromMinutes(-5)|})
                .Theme({|TALK014:"nightly"|})
                .Stylesheet({|TALK014:"   "|})
                .Subsection("One")
                    .Markdown("a")
        """));

    [Fact]
    public Task TALK014_absent_on_header_values_the_builder_accepts() => Verify.AnalyzerAsync(Chain("""
                .Author(given: "", family: "Montgomery")
                .Paper(PaperSize.A4, margin: " 1.5in ")
                .FileName(" lecture-2.v1 ")
                .Duration(System.TimeSpan.FromMinutes(5))
                .Theme(" white-contrast ")
                .Stylesheet(" talk.css ")
                .Subsection("One")
                    .Markdown("a")
        """));

    [Theory]
    [InlineData(""".Author(given: " ", family: null)""", "given")]
    [InlineData(""".Paper(PaperSize.Letter, margin: "wide")""", "margin")]
    [InlineData(""".Duration(System.TimeSpan.Zero)""", "duration")]
    [InlineData(""".FileName("two words")""", "name")]
    public async Task TALK014_on_a_header_value_says_what_the_builder_throws_word_for_word(string call, string parameter)
    {
        var compilation = TestCompilation.Create(Chain(call + """

                .Subsection("One")
                    .Markdown("a")
            """));

        var diagnostic = Assert.Single((await AnalyzerHarness.RunAsync(compilation)).Where(d => d.Id == "TALK014"));
        var talk = LoadedAssembly.Emit(compilation);
        var thrown = Assert.IsAssignableFrom<ArgumentException>(Assert.IsType<System.Reflection.TargetInvocationException>(Record.Exception(() => talk.Invoke("T", "Define"))).InnerException);

        Assert.Equal(parameter, thrown.ParamName);
        Assert.Equal(thrown.Message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + $" (Parameter '{parameter}')");
    }

    [Fact]
    public async Task TALK014_says_what_the_builder_throws_word_for_word()
    {
        var compilation = TestCompilation.Create(Chain("""
                    .Subsection("Media")
                    .Image("a.png", "70")
            """));

        var diagnostic = Assert.Single((await AnalyzerHarness.RunAsync(compilation)).Where(d => d.Id == "TALK014"));
        var talk = LoadedAssembly.Emit(compilation);
        var thrown = Assert.IsType<ArgumentException>(Assert.IsType<System.Reflection.TargetInvocationException>(Record.Exception(() => talk.Invoke("T", "Define"))).InnerException);

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(thrown.Message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + $" (Parameter '{thrown.ParamName}')");
        Assert.Equal("The width '70' is not a CSS length: write a positive number and a unit (%, px, em, rem, vw or vh), e.g. \"70px\".", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task TALK014_in_a_part_is_reported_in_the_part_once_not_on_the_include() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Include(P.Part);
        }
        public static partial class P
        {
            [TalkPart]
            public static TalkPart Part => TalkPart.Create().Subsection("Video").YouTube({|TALK014:"dQw4w9WgXc"|});
        }
        """);

    [Fact]
    public Task TALK012_a_typed_value_computed_at_run_time_is_reported_on_that_argument() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Media")
                    .Image("a.png", alt: {|TALK012:Computed|})
                    .Image(Computed)
        """));

    [Fact]
    public Task TALK012_a_media_computed_at_run_time_is_reported_on_the_media() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            private static readonly Media Chart = Media.Image("chart.png", alt: "A");

            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Media")
                    .Figure({|TALK012:Chart|}, "A chart.");
        }
        """);

    [Fact]
    public Task TALK012_a_code_block_of_plotting_code_computed_at_run_time_is_still_reported() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Code")
                    .Markdown("x")
                    .Code({|TALK012:Computed|}, CodeKind.Plot)
        """));

    [Fact]
    public Task TALK012_a_notation_computed_at_run_time_is_reported_on_that_argument() => Verify.AnalyzerAsync(Chain("""
                .Notation(@"\f", {|TALK012:Computed|})
                .Subsection("Intro")
                    .Markdown("x")
        """));

    [Fact]
    public Task TALK014_and_TALK012_both_when_a_call_has_a_refused_constant_and_a_value_computed_at_run_time() => Verify.AnalyzerAsync(Chain("""
                .Notation({|TALK014:"f"|}, {|TALK012:Computed|})
                .Subsection("Media")
                    .Image("a.png", {|TALK014:"70"|}, alt: Computed)
        """));

    [Fact]
    public Task TALK011_in_a_caption_or_a_markdown_column_is_reported_on_that_argument_naming_the_call() => Verify.AnalyzerAsync(Chain("""
                .Subsection("Math")
                    .Figure(Media.Image("a.png", alt: "A"), "Costs {|TALK011:$|}5.")
                    .Figure(Media.Markdown("{|TALK011:$|}x"), "Fine $y$.")
                    .Columns("fine", "an open {|TALK011:$|}x")
                    .Fragment("{|TALK011:$|}z")
                    .Code("price = '$5'")
        """));

    [Fact]
    public async Task TALK011_in_a_caption_says_Figure()
    {
        var compilation = TestCompilation.Create(Chain("""
                    .Subsection("Math")
                    .Figure(Media.Image("a.png", alt: "A"), "Costs $5.")
            """));

        var diagnostic = Assert.Single((await AnalyzerHarness.RunAsync(compilation)).Where(d => d.Id == "TALK011"));

        Assert.StartsWith("Figure(...) has an unclosed '$'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public Task TALK008_images_and_columns_count_as_lines_of_the_slide() => Verify.AnalyzerAsync(Chain("""
                .{|TALK008:Subsection("Gallery")|}
                    .Image("0.png", alt: "A").Image("1.png", alt: "A").Image("2.png", alt: "A").Image("3.png", alt: "A").Image("4.png", alt: "A").Image("5.png", alt: "A")
                    .Figure(Media.YouTube("dQw4w9WgXcQ", title: "V"), "v").Figure(Media.Image("6.png", alt: "A"), "A caption is not on the slide.")
                    .Columns(Media.Image("7.png", alt: "A"), Media.Markdown("* a\n* b\n* c"))
                    .Fragment("The thirteenth line.")
                .Subsection("Fits")
                    .Image("1.png", alt: "A").Image("2.png", alt: "A").Image("3.png", alt: "A").Image("4.png", alt: "A").Image("5.png", alt: "A")
                    .Figure(Media.YouTube("dQw4w9WgXcQ", title: "V"), "v").Figure(Media.Image("6.png", alt: "A"), "A caption is not on the slide.")
                    .Columns(Media.Image("7.png", alt: "A"), Media.Markdown("* a\n* b\n* c"))
                    .Code("code is never on a slide")
        """));

    [Fact]
    public Task TALK005_a_section_with_only_plotting_code_or_an_edit_link_is_empty() => Verify.AnalyzerAsync(Chain("""
                .{|TALK005:Subsection("Plots")|}
                    .Code("plot(x)", CodeKind.Plot)
                    .EditMe()
                .Subsection("Set-up")
                    .Code("import numpy", CodeKind.Setup)
                .Subsection("Figure")
                    .Figure(Media.Image("a.png", alt: "A"), "A caption.")
        """));
}
