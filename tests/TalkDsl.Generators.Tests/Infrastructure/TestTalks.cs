using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TalkDsl.Generators.Tests.Infrastructure;

/// <summary>
/// Talks written as a user writes them, one compilation each (a talk file and its parts), covering every
/// builder call and the values that are easy to get wrong: escapes, unicode, CRLF, repeated headings,
/// constants, interpolations, TimeSpan and DateOnly spellings, parts including parts, a Markdown hard break.
/// </summary>
internal static class TestTalks
{
    public const string PartsFile = """"
        using TalkDsl;

        namespace Demo.Parts;

        public static partial class Shared
        {
            public const string Lab = "Computer Laboratory";

            /// <summary>A part that includes another part.</summary>
            [TalkPart]
            public static TalkPart History => TalkPart.Create()
                .Subsection($"The {Lab}")
                .Markdown("""
                    * Founded in 1937,  
                      a hard break before this line
                    * Renamed in 2017
                    """)
                .Notes("Notes only: the *Mathematical* Laboratory came first.")
                .Include(Shared.Footnote());

            [TalkPart]
            public static TalkPart Footnote() => TalkPart.Create("footnote")
                .NewSlide()
                .Slides("Slides only, with math $e^{i\\pi} + 1 = 0$ and an escaped \\$5.")
                .SpeakerNotes("Say: *thank the archivists*.");
        }
        """";

    /// <summary>Every header call, every body call, parts, repeated headings: replayed from constants.</summary>
    public const string Representative = """"
        using System;
        using TalkDsl;
        using Demo.Parts;

        namespace Demo;

        public static partial class Representative
        {
            private const string Venue = "Virtual";

            [Talk]
            public static Talk Define() => Talk
                .Titled("Accelerate-Spark Information Session")
                .Subtitle("A \"quoted\" subtitle \\ with a backslash")
                .Author(given: "Neil D.", family: "Lawrence", institute: "University of Cambridge",
                        url: "http://inverseprobability.com", twitter: "@lawrennd", gscholar: "r3SJcvoAAAAJ", orcid: "0000-0001-9258-1030")
                .Author(given: "  Jessica K.  ", family: "Montgomery", institute: "  ")
                .Author(family: "Sheffield Debating Society")
                .Date(new DateOnly(2020, 12, 4))
                .Venue(Venue)
                .Abstract("""
                        An abstract, indented
                          with a nested line.
                    """)
                .Transition(Transition.None)
                .Paper(PaperSize.A4, margin: " 2cm ")
                .Duration(TimeSpan.FromMinutes(45))
                .Markdown("Content before the first heading.")
                .Section("Welcome")
                    .Markdown("Überblick — ünïcödé, emoji 🎉, tabs\tand <b>html</b> shown as text.")
                .Subsection("Welcome")
                    .Markdown("<em>Raw HTML</em> allowed here.", allowHtml: true)
                    .SpeakerNotes($"Interpolated constant: {Venue}.")
                .Subsubsection("Details & more")
                    .Notes("Line one\r\nLine two\r\n")
                .NewSlide("A titled new slide")
                    .Slides("* a\n* b")
                .Include(Shared.History)
                .Subsection("Thanks!")
                    .Markdown("A heading that collides with the Thanks anchor.")
                .Thanks()
                .References();
        }
        """";

    /// <summary>A talk whose content is computed at run time: the generated renderer builds it.</summary>
    public const string Dynamic = """
        using System;
        using TalkDsl;

        namespace Demo;

        public static partial class Dynamic
        {
            public static readonly string Greeting = "Hello from a static field";

            [Talk]
            public static Talk Define() => Talk
                .Titled("Dynamic")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Known heading")
                    .Markdown(Greeting)
                .Subsection("Also known")
                    .Markdown("Constant content.");
        }
        """;

    /// <summary>A talk as a property, in a nested type of a record, with the chain started by Author and const locals.</summary>
    public const string Nested = """
        using TalkDsl;

        namespace Demo.Nested;

        public partial record Outer
        {
            public static partial class Inner
            {
                [Talk]
                public static TalkEnd Lecture
                {
                    get
                    {
                        const string title = "Nested 1: the lecture";
                        return Talk
                            .Author(given: "Grace", family: "Hopper", url: "https://example.org/grace")
                            .Titled(title)
                            .Date(1952, 5, 1)
                            .Duration(new System.TimeSpan(1, 30, 0))
                            .Section("1st section")
                                .Markdown("Numbers first.")
                            .Section("What's new?")
                                .Markdown("Apostrophes.")
                            .Section("Sections")
                                .Markdown("A heading named like the nested class.")
                            .References();
                    }
                }
            }
        }
        """;

    /// <summary>A talk in the global namespace with an impossible date (TALK010: left out, still replayed).</summary>
    public const string GlobalNamespace = """
        using TalkDsl;

        public static partial class GlobalTalk
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Global")
                .Author(given: "Alan", family: "Turing")
                .Date(2021, 2, 30)
                .Subsection("Only")
                    .Markdown("$$x^2$$ and $y$.");
        }
        """;

    /// <summary>A part of typed calls: the media records' constructors, values the builder trims, an edit link in the part's own file.</summary>
    public const string TypedPartsFile = """"
        using TalkDsl;

        namespace Demo.Parts;

        public static partial class Figures
        {
            [TalkPart]
            public static TalkPart Gallery => TalkPart.Create()
                .EditMe()
                .Subsection("Gallery")
                    .Image("  diagrams/a.png ", " 40% ", "   ")
                    .Figure(new ImageMedia("b.png", alt: " B "), "A caption with $x$.", " b-figure ")
                    .Columns(new MarkdownMedia("  not normalised\n  by the record"), Media.YouTube(" dQw4w9WgXcQ ", title: " A <b>talk</b> "), "30%", "70%")
                    .Code("plot(x)", CodeKind.Plot, language: " python ");
        }
        """";

    /// <summary>Every typed call and the notation, in the talk and in a part: replayed from constants.</summary>
    public const string Typed = """"
        using TalkDsl;
        using Demo.Parts;

        namespace Demo;

        public static partial class TypedTalk
        {
            private const string Width = "70%";

            [Talk]
            public static Talk Define() => Talk
                .Titled("Typed calls")
                .Author(given: "Ada", family: "Lovelace")
                .Notation(@"\mappingFunction", @" \mathbf{f} ")
                .Notation(" \\kernelScalar ", @"k\left(#1, #2\right)", parameters: 2)
                .FileName(" typed-calls-2024 ")
                .Theme(" league ")
                .Stylesheet("talk.css")
                .Stylesheet(" https://example.org/print.css ")
                .EditMe()
                .Image("diagrams/intro.png")
                .Subsection("Samples")
                    .Image("diagrams/gp/prior-samples.png", Width, "Five \"smooth\" curves")
                    .YouTube("dQw4w9WgXcQ", width: "640px", title: "A \"live\" demo & <questions>")
                    .Fragment("""
                        Each curve is one draw of $\mappingFunction$.
                        """)
                    .Code("import numpy as np", CodeKind.Setup)
                    .Code("""
                            K = kernel(X, X)
                        """)
                    .Code("echo $HOME", CodeKind.Code, "bash")
                    .Code("def f(x): return 2 * x", onSlides: true)
                .Subsection("Figures")
                    .Figure(Media.Image("diagrams/gp/eq.svg", "60%"), """
                            The covariance $\kernelScalar{x}{x'}$.
                        """, "eq-covariance")
                    .Figure(Media.Markdown("""
                        | a | <b>b</b> |
                        |---|---|
                        """, allowHtml: true), "A table.")
                    .Figure(Media.YouTube("dQw4w9WgXcQ", title: " The tutorial "), "A video.")
                    .Columns("Left *text*", "  Right\n  text", leftWidth: "45%", rightWidth: "55%")
                    .Columns(Media.Image("a.png"), Media.Markdown("* smooth"))
                .Include(Figures.Gallery)
                .Thanks();
        }
        """";

    /// <summary>Media made of media and an image's class and style: groups, alignment blocks and divs, as calls and as media.</summary>
    public const string Layouts = """"
        using TalkDsl;

        namespace Demo;

        public static partial class LayoutTalk
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Layouts")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Figures")
                    .Image("diagrams/a.svg", "50%", "A", cssClass: " negate ", style: "border:none")
                    .Figure(Media.Group(Media.Image("one.svg", "40%", "One"), Media.Markdown("""
                            and *then*
                        """), Media.Image("two.svg", alt: "Two", cssClass: "small")), "Two diagrams.", "two")
                    .Columns(Media.Group(Media.Image("l.png", alt: "L"), Media.Markdown("Left.")), Media.Align(Alignment.Right, Media.Markdown("Right.")))
                    .Figure(new MediaGroup(new Media[] { Media.Image("x.png", alt: "X"), new DivMedia(Media.Markdown("y"), "box", alignment: Alignment.Left) }), "Records.")
                .Subsection("Blocks")
                    .Align(Alignment.Center, "Centred *text*.")
                    .Align(Alignment.Right, Media.Image("c.jpg", "20%", "C"))
                    .Div("""
                        In a box.
                        """, cssClass: "box", style: "font-size:80%")
                    .Div(Media.Align(Alignment.Center, Media.Markdown("Framed.")), "framed")
                .Thanks();
        }
        """";

    /// <summary>
    /// Headings and includes shown in one output only (lamd's <c>\notes{\subsection{…}}</c>, <c>\slides{\include{…}}</c>):
    /// a part first included in the notes only and again in both, a one-output include nested in a part.
    /// </summary>
    public const string OneOutputPartsFile = """"
        using TalkDsl;

        namespace Demo.Parts;

        public static partial class Outputs
        {
            [TalkPart]
            public static TalkPart Background => TalkPart.Create()
                .Subsubsection("Background")
                .Markdown("Background for both.")
                .Include(Outputs.Deck, shownIn: ContentTarget.Slides);

            [TalkPart]
            public static TalkPart Deck => TalkPart.Create()
                .Subsection("Deck", shownIn: ContentTarget.Slides)
                .Markdown("On the slides only.");
        }
        """";

    /// <summary>The talk of <see cref="OneOutputPartsFile"/>: replayed from constants.</summary>
    public const string OneOutput = """"
        using TalkDsl;
        using Demo.Parts;

        namespace Demo;

        public static partial class OneOutputTalk
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("One output")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Shared")
                    .Markdown("Both.")
                .Subsection("Shared", shownIn: ContentTarget.Notes)
                    .Notes("A notes heading with no slide, and the next anchor.")
                .Section("A slide", ContentTarget.Slides)
                    .Slides("A slide with no notes heading.")
                .Include(Outputs.Background, shownIn: ContentTarget.Notes)
                .Subsection("Later")
                    .Markdown("More.")
                    .Include(Outputs.Background);
        }
        """";

    /// <summary>Every compilation above, with the files it needs.</summary>
    public static IReadOnlyList<(string Name, string[] Files)> All { get; } =
    [
        ("Representative", [Representative, PartsFile]),
        ("Dynamic", [Dynamic]),
        ("Nested", [Nested]),
        ("GlobalNamespace", [GlobalNamespace]),
        ("Typed", [Typed, TypedPartsFile]),
        ("Stepping", [SteppingTestsStepped()]),
        ("Layouts", [Layouts]),
        ("OneOutput", [OneOutput, OneOutputPartsFile]),
    ];

    /// <summary>
    /// <c>TypedTalks.Everything</c> of tests/TalkDsl.Tests (the run-time tests' talk of every typed call) as a
    /// <c>[Talk]</c>: its chain as written there, with the <c>SampleTalks.Header(title)</c> it starts from
    /// written out, so that the generator reads every call.
    /// </summary>
    public static string TypedTalksEverything() => RunTimeTalk("TypedTalks.cs", "TypedTalks", "Everything");

    /// <summary><c>SteppingTests.Stepped</c> of tests/TalkDsl.Tests (pauses, Incremental, SlidesSmall, Animation) as a <c>[Talk]</c>, as <see cref="TypedTalksEverything"/> is.</summary>
    public static string SteppingTestsStepped() => RunTimeTalk("SteppingTests.cs", "SteppingTests", "Stepped");

    /// <summary>A property of the run-time tests (a chain from <c>SampleTalks.Header(title)</c>) as a <c>[Talk]</c>, the header written out.</summary>
    private static string RunTimeTalk(string file, string type, string property)
    {
        static CompilationUnitSyntax Parse(string file) =>
            CSharpSyntaxTree.ParseText(File.ReadAllText(Repository.PathTo("tests", "TalkDsl.Tests", "Rendering", file))).GetCompilationUnitRoot();

        var everything = Parse(file).DescendantNodes().OfType<PropertyDeclarationSyntax>().Single(p => p.Identifier.Text == property).Initializer!.Value;
        var header = Parse("SampleTalks.cs").DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Header").ExpressionBody!.Expression;
        var call = everything.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Single(i => i.Expression.ToString() == "SampleTalks.Header");
        var title = call.ArgumentList.Arguments.Single().Expression;
        var written = header.ReplaceNodes(header.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.Text == "title"), (_, _) => title);
        var chain = everything.ReplaceNode(call, written);
        return $$"""
            using TalkDsl;

            namespace TalkDsl.Tests.Rendering;

            public static partial class {{type}}
            {
                [Talk]
                public static Talk {{property}} => {{chain.ToFullString()}};
            }
            """;
    }
}
