using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// DESIGN §2, one rule set: the same talks go to the analyzer (compile time, the chain read from source)
/// and to <c>Talk.Validate()</c> (run time, the built talk), and both must find the same rules broken.
/// TALK012 (run-time content) and TALK013 (declarations) exist only at compile time, and so does TALK006 in
/// practice: parts are values, so a cycle of part properties recurses forever when it is built.
/// </summary>
public class ValidateParityTests
{
    private const string Parts = """
        using TalkDsl;
        public static partial class P
        {
            [TalkPart] public static TalkPart Plain => TalkPart.Create().Subsection("Plain").Markdown("plain");
            [TalkPart] public static TalkPart Broken => TalkPart.Create().Subsection(" ").Markdown("costs $5");
            [TalkPart] public static TalkPart IncludesPlain => TalkPart.Create().Subsection("Wrapper").Markdown("w").Include(P.Plain);
            [TalkPart] public static TalkPart TypedMath => TalkPart.Create().Subsection("Typed").Figure(Media.Image("a.png", alt: "A"), "costs $5").Columns("ok", "$x");
        }
        """;

    /// <summary>Chains after <c>Talk</c>, each breaking some rules (the expected ids say which).</summary>
    public static TheoryData<string, string[]> Talks => new()
    {
        { """.Titled("Fine").Author(given: "Ada", url: "https://ada.org").Subsection("One").Markdown("a").Thanks().References()""", [] },
        { """.Author(given: "Ada").Subsection("One").Markdown("a")""", ["TALK001"] },
        { """.Titled(" ").Subsection("One").Markdown("a")""", ["TALK001", "TALK002"] },
        { """.Titled("T").Author(given: "Ada").Section("").Markdown("a").NewSlide("\t").Markdown("b")""", ["TALK003"] },
        { """.Titled("T").Author(given: "Ada").Subsection("Same").Markdown("a").Subsection("same").Markdown("b").Subsection("Thanks").Markdown("c").Thanks()""", ["TALK004"] },
        { """.Titled("T").Author(given: "Ada").Section("Empty").Subsection("Also empty").Thanks()""", ["TALK005"] },
        { """.Titled("T").Author(given: "Ada").Include(P.Plain).Include(P.IncludesPlain).Include(P.Plain)""", ["TALK007"] },
        { """.Titled("T").Author(given: "Ada").Subsection("Long").Markdown("* 1\n* 2\n* 3\n* 4\n* 5\n* 6\n* 7\n* 8")""", ["TALK008"] },
        // TALK008 counts a paragraph as the lines it wraps to (47 characters a line by default), not its one source line.
        { ".Titled(\"T\").Author(given: \"Ada\").Subsection(\"Wraps\").Markdown(\"" + string.Concat(Enumerable.Repeat("A long sentence that wraps on the slide. ", 15)) + "\")", ["TALK008"] },
        { ".Titled(\"T\").Author(given: \"Ada\").Subsection(\"Fits\").Markdown(\"" + string.Concat(Enumerable.Repeat("A long sentence that wraps on the slide. ", 5)) + "\")", [] },
        // Nor pauses (". . .") nor footnote definitions, which go to the footnotes slide at the end: six lines here.
        { ".Titled(\"T\").Author(given: \"Ada\").Subsection(\"Paced\").Markdown(\"" + string.Join(@"\n\n. . .\n\n", Enumerable.Range(1, 6).Select(i => $"Claim {i}.[^{i}]")) + string.Concat(Enumerable.Range(1, 6).Select(i => $@"\n\n[^{i}]: Source {i}.")) + "\")", [] },
        { """.Titled("T").Author(given: "Ada").Duration(System.TimeSpan.FromSeconds(30)).Subsection("One").Markdown("a")""", ["TALK009"] },
        { """.Titled("T").Author(given: "Ada", url: "ftp://ada.org", twitter: "@way_too_long_handle").Date(2023, 2, 29).Subsection("One").Markdown("a")""", ["TALK010", "TALK021"] },
        { """.Titled("T").Author(given: "Ada", url: "javascript:alert(1)").Subsection("One").Markdown("[x](JaVaScRiPt:x) ![i](vbscript:y)").Image("data:text/html,x", alt: "x")""", ["TALK021"] },
        { """.Titled("T").Author(given: "Ada").Subsection("One").Markdown("$$ display").Notes("inline $x")""", ["TALK011"] },
        { """.Titled("T").Author(given: "Ada").Include(P.Broken)""", ["TALK003", "TALK011"] },
        { """.Titled("T").Author(given: "Ada").Subsection("Plain").Markdown("x").Include(P.Plain)""", ["TALK004"] },

        // The typed calls, mapped by the one TypedRuleItems on both sides.
        { """.Titled("Fine").Author(given: "Ada").Notation(@"\f", @"\mathbf{f}").EditMe().Subsection("One").Image("a.png", "40%", "A").YouTube("dQw4w9WgXcQ", title: "V").Figure(Media.Image("b.png", alt: "A"), "The map $\f(x)$.", "b").Columns("$x$", "$y$").Fragment("Later: $z$.").Code("cost = '$5'").Code("plot('$')", CodeKind.Plot)""", [] },
        { """.Titled("T").Author(given: "Ada").Subsection("s").Figure(Media.Image("a.png", alt: "A"), "Costs $5 and $$x.")""", ["TALK011"] },
        { """.Titled("T").Author(given: "Ada").Subsection("s").Figure(Media.Markdown("$x"), "fine").Columns("fine", "$y").Fragment("$$z")""", ["TALK011"] },
        { """.Titled("T").Author(given: "Ada").Subsection("Gallery")""" + string.Concat(Enumerable.Range(1, 12).Select(i => $".Image(\"{i}.png\", alt: \"A\")")) + """.YouTube("dQw4w9WgXcQ", title: "V")""", ["TALK008"] },
        { """.Titled("T").Author(given: "Ada").Subsection("s").Columns(Media.Markdown("* 1\n* 2\n* 3\n* 4"), Media.Markdown("* 5\n* 6\n* 7\n* 8"))""", ["TALK008"] },
        { """.Titled("T").Author(given: "Ada").Subsection("Plots").Code("plot()", CodeKind.Plot).EditMe().Subsection("Next").Code("x = 1")""", ["TALK005"] },
        { """.Titled("T").Author(given: "Ada").Duration(System.TimeSpan.FromSeconds(60)).Subsection("s").Figure(Media.Image("a.png", alt: "A"), "A caption the speaker reads aloud.")""", ["TALK009"] },
        { """.Titled("T").Author(given: "Ada").Subsection("Same").Figure(Media.YouTube("dQw4w9WgXcQ", title: "V"), "v").Subsection("same").Code("x")""", ["TALK004"] },
        { """.Titled("T").Author(given: "Ada").Include(P.TypedMath)""", ["TALK011"] },

        // TALK020: an image without alt, typed or in Markdown.
        { """.Titled("T").Author(given: "Ada").Subsection("s").Image("a.png").Markdown("![](b.png) and ![B](b.png)").Columns(Media.Image("c.png"), Media.Image("d.png", alt: "D"))""", ["TALK020"] },
        { """.Titled("T").Author(given: "Ada").Subsection("s").Figure(Media.YouTube("dQw4w9WgXcQ", title: "V"), "A talk about GPs.").Markdown("`![](code.png)`")""", [] },

        // TALK020: a video without a title, bare, in a figure (a caption is not one) or in columns.
        { """.Titled("T").Author(given: "Ada").Subsection("s").YouTube("dQw4w9WgXcQ")""", ["TALK020"] },
        { """.Titled("T").Author(given: "Ada").Subsection("s").Figure(Media.YouTube("dQw4w9WgXcQ", title: "  "), "A talk about GPs.")""", ["TALK020"] },
        { """.Titled("T").Author(given: "Ada").Subsection("s").Columns(new YouTubeMedia("dQw4w9WgXcQ"), Media.Markdown("x"))""", ["TALK020"] },
    };

    [Theory]
    [MemberData(nameof(Talks))]
    public async Task Analyzer_and_Validate_find_the_same_rules(string chain, string[] expected)
    {
        var source = "using TalkDsl;\npublic static partial class T\n{\n    [Talk]\n    public static Talk Define() => Talk\n        " + chain + ";\n}\n";
        var compilation = TestCompilation.Create(source, Parts);

        // The parts file is shared by every case: count what the parts report only when the talk includes them.
        var included = Included(chain);
        var atCompileTime = (await AnalyzerHarness.RunAsync(compilation))
            .Where(d => d.Location.SourceTree!.FilePath == "/src/File0.cs" || included.Any(p => IsIn(d, p)))
            .Select(d => d.Id)
            .Where(id => id.StartsWith("TALK", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var talk = (Talk)LoadedAssembly.Emit(compilation).Invoke("T", "Define")!;
        var atRunTime = talk.Validate().Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, atRunTime);
        Assert.Equal(atRunTime, atCompileTime);
    }

    [Fact]
    public async Task Typed_call_messages_are_word_for_word_the_same()
    {
        var images = string.Concat(Enumerable.Range(1, 13).Select(i => $".Image(\"{i}.png\", alt: \"A\")"));
        var compilation = TestCompilation.Create($$"""
            using TalkDsl;
            public static partial class T
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Talk")
                    .Author(given: "Ada")
                    {{images}}
                    .Subsection("Figures")
                        .Figure(Media.Image("a.png", alt: "A"), "Costs $5.")
                        .Columns("fine", "an open $x")
                        .Fragment("$$ display")
                    .Subsection("Plots")
                        .Code("plot()", CodeKind.Plot)
                    .Subsection("Next")
                        .Code("x = 1");
            }
            """, Parts);

        var atCompileTime = (await AnalyzerHarness.RunAsync(compilation))
            .Where(d => d.Id.StartsWith("TALK", StringComparison.Ordinal) && d.Location.SourceTree!.FilePath == "/src/File0.cs")
            .Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal)
            .ToList();
        var talk = (Talk)LoadedAssembly.Emit(compilation).Invoke("T", "Define")!;
        var atRunTime = talk.Validate().Select(d => d.Id + " " + d.Message).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(atRunTime, atCompileTime);
        Assert.Contains(atRunTime, m => m.StartsWith("TALK008 The slide 'Image(...)' shows 13 lines", StringComparison.Ordinal));
        Assert.Contains(atRunTime, m => m.StartsWith("TALK011 Figure(...) has an unclosed '$'", StringComparison.Ordinal));
        Assert.Contains(atRunTime, m => m.StartsWith("TALK011 Columns(...) has an unclosed '$'", StringComparison.Ordinal));
        Assert.Contains(atRunTime, m => m.StartsWith("TALK011 Fragment(...) has an unclosed '$$'", StringComparison.Ordinal));
        Assert.Contains(atRunTime, m => m.StartsWith("TALK005 Subsection 'Plots' has no content", StringComparison.Ordinal));
    }

    private static HashSet<string> Included(string chain)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(chain, @"P\.(\w+)"))
        {
            parts.Add(match.Groups[1].Value);
        }

        if (parts.Contains("IncludesPlain"))
        {
            parts.Add("Plain");
        }

        return parts;
    }

    private static bool IsIn(Microsoft.CodeAnalysis.Diagnostic diagnostic, string part)
    {
        var line = diagnostic.Location.SourceTree!.GetText().Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString();
        return line.Contains($"TalkPart {part} =>", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_are_word_for_word_the_same()
    {
        var compilation = TestCompilation.Create("""
            using TalkDsl;
            public static partial class T
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Talk")
                    .Author(given: "Ada", url: "example.org")
                    .Date(2023, 2, 29)
                    .Duration(System.TimeSpan.FromSeconds(10))
                    .Section("")
                    .Subsection("Dup").Markdown("a $b")
                    .Subsection("dup")
                    .Include(P.Plain)
                    .Include(P.Plain);
            }
            """, Parts);

        var atCompileTime = (await AnalyzerHarness.RunAsync(compilation))
            .Where(d => d.Id.StartsWith("TALK", StringComparison.Ordinal) && d.Location.SourceTree!.FilePath == "/src/File0.cs")
            .Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal);
        var talk = (Talk)LoadedAssembly.Emit(compilation).Invoke("T", "Define")!;
        var atRunTime = talk.Validate().Select(d => d.Id + " " + d.Message).Order(StringComparer.Ordinal);

        Assert.Equal(atRunTime, atCompileTime);
    }
}
