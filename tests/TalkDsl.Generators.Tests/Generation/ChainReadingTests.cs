using TalkDsl.Generators.Tests.Infrastructure;
using TalkDsl.Testing;

namespace TalkDsl.Generators.Tests.Generation;

/// <summary>
/// How the generator reads the spellings of a chain: which are constants it replays (and must replay
/// exactly as the builder would), which are computed at run time, and which the builder refuses.
/// </summary>
public class ChainReadingTests
{
    public static TheoryData<string, bool> Chains => new()
    {
        { """.Duration(TimeSpan.FromHours(1))""", true },
        { """.Duration(TimeSpan.FromMinutes(1.5))""", true },
        { """.Duration(TimeSpan.FromMinutes(2, 30))""", true },
        { """.Duration(TimeSpan.FromSeconds(90))""", true },
        { """.Duration(TimeSpan.FromMilliseconds(1500))""", true },
        { """.Duration(new TimeSpan(0, 1, 2, 3))""", true },
        { """.Duration(new TimeSpan(36_000_000_000))""", true },
        { """.Duration(TimeSpan.FromMinutes(DateTime.Now.Minute + 1))""", false },
        { """.Date(new DateOnly(2020, 12, 4))""", true },
        { """.Date(DateOnly.FromDateTime(DateTime.Today))""", false },
        { """.Date(2020, 13, 40)""", true },
        { """.Transition(Transition.Zoom).Paper(PaperSize.Letter, margin: "1.5in")""", true },
        { """.Transition((Transition)2)""", true },
        { """.Venue(Environment.MachineName)""", false },
        { """.Subtitle($"Built on {nameof(Environment)}")""", true },
        { """.Abstract(Text.Abstract)""", true },
        { """.Abstract(Text.Computed)""", false },
        { """.Author(given: "Grace", twitter: Text.Computed)""", false },

        // The typed calls: every spelling of a media, values the builder trims or normalises, constants.
        { """.Image(Text.Path, Text.Width, alt: "  ")""", true },
        { """.Image($"{Text.Path}", " 70% ", alt: "  An image  ")""", true },
        { """.YouTube(" dQw4w9WgXcQ ", ".5em")""", true },
        { """.YouTube("dQw4w9WgXcQ", title: "  A <video> & \"its\" title  ")""", true },
        { """.YouTube("dQw4w9WgXcQ", title: "   ")""", true },
        { """.Figure(new MarkdownMedia("  indented\n  as given", AllowHtml: true), "  A caption\n  over two lines.", label: " a-label ")""", true },
        { """.Figure(Media.Markdown("  indented\n  is normalised", allowHtml: true), "c")""", true },
        { """.Figure(new YouTubeMedia(videoId: "dQw4w9WgXcQ", width: "50%", title: " A talk "), "c")""", true },
        { """.Columns(Media.YouTube("dQw4w9WgXcQ", "50%", "A talk"), new ImageMedia(path: " a.png ", alt: "  A  "), rightWidth: "30vw")""", true },
        { """.Columns("  * a\n  * b", "right", "40%")""", true },
        { """.Fragment("  indented\n  fragment")""", true },
        { """.Code("  x = 1\n  y = 2", (CodeKind)2, " r ")""", true },
        { """.Code("x", language: "c#").Code("plot()", CodeKind.SetupPlot)""", true },
        { """.Code("nu.show()", CodeKind.Display).Code("import notutils", CodeKind.SetupDisplay).Code("def f(): pass", CodeKind.Helper).Code("import os", CodeKind.SetupHelper)""", true },
        { """.Notation(@" \f ", @" \mathbf{f} ").Notation(@"\k", @"k(#1, #2)", 2)""", true },
        { """.Image(Text.Computed)""", false },
        { """.Image("a.png", alt: Text.Computed)""", false },
        { """.YouTube("dQw4w9WgXcQ", title: Text.Computed)""", false },
        { """.Figure(Text.Chart, "c")""", false },
        { """.Figure(Media.Markdown("x", allowHtml: Text.Flag), "c")""", false },
        { """.Figure(Media.Image("a.png"), Text.Computed)""", false },
        { """.Columns("a", "b", leftWidth: Text.Computed.Length + "%")""", false },
        { """.Code("x", Text.Kind)""", false },
        { """.Code("plot()", CodeKind.Plot, Text.Computed)""", false },
        { """.Notation(@"\f", Text.Computed)""", false },

        // The look of the slides: theme and stylesheets (trimmed as the builder stores them), code on slides.
        { """.Theme(" league ").Stylesheet(" talk.css ").Stylesheet("https://example.org/a.css")""", true },
        { """.Theme(Environment.MachineName.Length >= 0 ? "night" : "white")""", false },
        { """.Stylesheet(Text.Computed)""", false },
        { """.Code("x = 1", onSlides: true).Code("y", CodeKind.Plot, "r", true)""", true },
        { """.Code("x", onSlides: Text.Flag)""", false },
    };

    [Theory]
    [MemberData(nameof(Chains))]
    public void Constants_are_replayed_exactly_and_anything_else_is_built_at_run_time(string header, bool precompiled)
    {
        var talk = Compile(header);

        Assert.Equal(precompiled, talk.IsPrecompiled);
        var built = talk.Define();
        Assert.Equal(RecordingWriter.Record(new Rendering.RenderableTalk(talk.Name, built)), RecordingWriter.Record(talk));
        Assert.Equal(built.Build().Metadata, talk.Metadata);
        Assert.Equal(built.RenderSlides(), talk.RenderSlides());
        Assert.Equal(built.RenderJekyllNotes(), talk.RenderJekyllNotes());
    }

    [Theory]
    [InlineData(""".Paper(PaperSize.A4, margin: "2 parsecs")""")]
    [InlineData(""".Transition((Transition)42)""")]
    [InlineData(""".Author(given: " ", family: "")""")]
    [InlineData(""".Duration(TimeSpan.Zero)""")]
    [InlineData(""".Duration(default)""")]
    [InlineData(""".Duration(TimeSpan.FromMinutes(-5))""")]
    [InlineData(""".Image("a.png", "70")""")]
    [InlineData(""".Image("a\nb.png")""")]
    [InlineData(""".YouTube("dQw4w9WgXc")""")]
    [InlineData(""".Figure(Media.Image("a.png"), "  ")""")]
    [InlineData(""".Figure(Media.Image("a.png"), "c", "a label")""")]
    [InlineData(""".Figure(null!, "c")""")]
    [InlineData(""".Columns("a", "b", "50%", null!)""")]
    [InlineData(""".Columns(Media.Image("a.png", "wide"), Media.Markdown("b"))""")]
    [InlineData(""".Code("  ")""")]
    [InlineData(""".Code("x", (CodeKind)8)""")]
    [InlineData(""".Code("x", CodeKind.Code, "not a language")""")]
    [InlineData(""".Notation(@"\f", "a").Notation(@"\f", "b")""")]
    [InlineData(""".Notation(@"\f", "#1")""")]
    [InlineData(""".Notation("f", "a")""")]
    public void Values_the_builder_refuses_are_not_replayed_so_the_builder_says_what_is_wrong(string header)
    {
        var talk = Compile(header);

        Assert.False(talk.IsPrecompiled);
        var expected = Assert.ThrowsAny<ArgumentException>(() => talk.Define());
        var actual = Assert.ThrowsAny<ArgumentException>(() => talk.RenderSlides());
        Assert.Equal(expected.Message, actual.Message);
    }

    private static Rendering.GeneratedTalk Compile(string header)
    {
        var source = $$"""
            using System;
            using TalkDsl;
            public static class Text
            {
                public const string Abstract = "An *abstract*.";
                public const string Path = "diagrams/gp/prior.png";
                public const string Width = "70%";
                public static readonly string Computed = DateTime.Now.Year > 0 ? "computed" : "";
                public static readonly Media Chart = Media.Image("chart.png");
                public static readonly bool Flag = DateTime.Now.Year > 0;
                public static readonly CodeKind Kind = CodeKind.Setup;
            }
            public static partial class T
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Readings")
                    .Author(given: "Ada", family: "Lovelace")
                    {{header}}
                    .Subsection("One").Markdown("Content.");
            }
            """;
        var (_, output, diagnostics) = GeneratorHarness.Run(TestCompilation.Create(source));
        Assert.Empty(diagnostics);
        return Assert.Single(LoadedAssembly.Emit(output).Catalog("TalkTests"));
    }
}
