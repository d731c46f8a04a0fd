using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// Every TALKnnn diagnostic: a talk that has the mistake, with the squiggle's exact span marked, and the
/// same talk fixed, where the analyzer reports nothing.
/// </summary>
public class DiagnosticTests
{
    [Fact]
    public Task TALK001_a_talk_without_a_title_is_reported_on_the_member() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk {|TALK001:Define|}() => Talk
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Intro").Markdown("Hello.");
        }
        """);

    [Fact]
    public Task TALK001_a_blank_title_is_reported_on_the_argument() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled({|TALK001:"   "|})
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Intro").Markdown("Hello.");
        }
        """);

    [Fact]
    public Task TALK001_absent_when_titled() => Verify.AnalyzerAsync(Fixed);

    [Fact]
    public Task TALK002_a_talk_without_an_author_is_reported_on_the_member() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk {|TALK002:Define|}() => Talk
                .Titled("Title")
                .Subsection("Intro").Markdown("Hello.");
        }
        """);

    [Fact]
    public Task TALK002_absent_with_an_author() => Verify.AnalyzerAsync(Fixed);

    [Fact]
    public Task TALK003_an_empty_title_is_reported_on_the_call() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .{|TALK003:Section("")|}
                    .Markdown("Hello.")
                .{|TALK003:NewSlide("  ")|}
                    .Markdown("Again.");
        }
        """);

    [Fact]
    public Task TALK003_in_a_part_is_reported_in_the_part_once() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Include(P.Part);

            [Talk]
            public static Talk {|TALK013:Other|}() => Talk
                .Titled("Other")
                .Author(given: "Ada", family: "Lovelace")
                .Include(P.Part);
        }
        public static partial class P
        {
            [TalkPart]
            public static TalkPart Part => TalkPart.Create().{|TALK003:Subsection("")|}.Markdown("x");
        }
        """);

    [Fact]
    public Task TALK003_absent_with_titles() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Section("Hello")
                    .Markdown("Hello.")
                .NewSlide()
                    .Markdown("Again.");
        }
        """);

    [Fact]
    public Task TALK004_a_heading_repeating_an_anchor_is_reported_on_the_second() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Intro: Part 1")
                    .Markdown("a")
                .{|TALK004:Subsection("intro part 1")|}
                    .Markdown("b");
        }
        """);

    [Fact]
    public Task TALK004_from_an_included_part_is_reported_on_the_include() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Intro")
                    .Markdown("a")
                .{|TALK004:Include(P.Part)|};
        }
        public static partial class P
        {
            [TalkPart]
            public static TalkPart Part => TalkPart.Create().Subsection("Intro").Markdown("b");
        }
        """);

    [Fact]
    public Task TALK004_absent_with_distinct_anchors() => Verify.AnalyzerAsync(Fixed);

    [Fact]
    public Task TALK005_a_section_without_content_is_reported_on_its_call() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .{|TALK005:Section("Empty")|}
                .Subsection("Full")
                    .Markdown("Content.");
        }
        """);

    [Fact]
    public Task TALK005_absent_when_each_section_has_content() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Section("Not empty")
                    .Notes("Something to say.")
                .Subsection("Full")
                    .Markdown("Content.");
        }
        """);

    [Fact]
    public Task TALK006_each_include_that_closes_a_cycle_is_reported() => Verify.AnalyzerAsync([Cycle(closed: true)]);

    [Fact]
    public Task TALK006_absent_without_the_cycle() => Verify.AnalyzerAsync([Cycle(closed: false)]);

    [Fact]
    public Task TALK007_a_second_include_of_a_part_is_reported_on_it() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Include(P.Part)
                .Subsection("Between")
                    .Markdown("b")
                .{|TALK007:Include(P.Part)|};
        }
        public static partial class P
        {
            [TalkPart]
            public static TalkPart Part => TalkPart.Create().Subsection("Part").Markdown("a");
        }
        """);

    [Fact]
    public Task TALK007_absent_with_one_include() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Include(P.Part)
                .Subsection("Between")
                    .Markdown("b");
        }
        public static partial class P
        {
            [TalkPart]
            public static TalkPart Part => TalkPart.Create().Subsection("Part").Markdown("a");
        }
        """);

    [Fact]
    public Task TALK008_a_slide_with_too_many_lines_is_reported_on_its_heading() => Verify.AnalyzerAsync(LongSlide(lines: 13, split: false));

    [Fact]
    public Task TALK008_absent_when_the_slide_is_split() => Verify.AnalyzerAsync(LongSlide(lines: 13, split: true));

    [Fact]
    public Task TALK008_limits_come_from_editorconfig() =>
        Verify.AnalyzerAsync([LongSlide(lines: 13, split: false).Replace("{|TALK008:", string.Empty, StringComparison.Ordinal).Replace(")|}", ")", StringComparison.Ordinal)], "talkdsl.max_slide_lines = 20\ntalkdsl.max_slide_bullets = 20");

    [Fact]
    public Task TALK008_lower_limits_from_editorconfig_report_shorter_slides() => Verify.AnalyzerAsync(["""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .{|TALK008:Subsection("Three bullets")|}
                    .Markdown("* a\n* b\n* c");
        }
        """], "talkdsl.max_slide_bullets = 2");

    [Fact]
    public Task TALK008_a_one_paragraph_slide_that_wraps_past_the_limit_is_reported() => Verify.AnalyzerAsync(OneParagraph(sentences: 15, flagged: true));

    [Fact]
    public Task TALK008_absent_for_a_paragraph_that_wraps_within_the_limit() => Verify.AnalyzerAsync(OneParagraph(sentences: 5, flagged: false));

    [Fact]
    public Task TALK008_a_wider_line_from_editorconfig_lets_the_long_paragraph_fit() =>
        Verify.AnalyzerAsync([OneParagraph(sentences: 15, flagged: false)], "talkdsl.slide_line_chars = 100");

    [Fact]
    public Task TALK008_a_narrower_line_from_editorconfig_reports_the_short_paragraph() =>
        Verify.AnalyzerAsync([OneParagraph(sentences: 5, flagged: true)], "talkdsl.slide_line_chars = 15");

    [Fact]
    public Task TALK008_can_be_disabled_with_pragma() => Verify.AnalyzerAsync(LongSlide(lines: 13, split: false)
        .Replace("{|TALK008:", string.Empty, StringComparison.Ordinal).Replace(")|}", ")", StringComparison.Ordinal)
        .Replace("[Talk]", "#pragma warning disable TALK008\n    [Talk]", StringComparison.Ordinal));

    [Fact]
    public Task TALK009_a_talk_longer_than_its_duration_is_reported_on_Duration() => Verify.AnalyzerAsync("""
        using System;
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .{|TALK009:Duration(TimeSpan.FromMinutes(1))|}
                .Subsection("One").Markdown("a")
                .Subsection("Two").Markdown("b");
        }
        """);

    [Fact]
    public Task TALK009_words_per_minute_and_seconds_per_slide_come_from_editorconfig() => Verify.AnalyzerAsync(["""
        using System;
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Duration(TimeSpan.FromMinutes(1))
                .Subsection("One").Markdown("a")
                .Subsection("Two").Markdown("b");
        }
        """], "talkdsl.min_seconds_per_slide = 10\ntalkdsl.words_per_minute = 200");

    [Fact]
    public Task TALK009_absent_when_the_duration_is_enough() => Verify.AnalyzerAsync("""
        using System;
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Duration(new TimeSpan(0, 5, 0))
                .Subsection("One").Markdown("a")
                .Subsection("Two").Markdown("b");
        }
        """);

    [Fact]
    public Task TALK010_bad_url_handle_and_date_are_reported_on_the_argument_or_call() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace", url: {|TALK010:"inverseprobability.com"|}, twitter: {|TALK010:"not a handle!"|})
                .{|TALK010:Date(2021, 2, 30)|}
                .Subsection("One").Markdown("a");
        }
        """);

    [Fact]
    public Task TALK021_a_script_address_is_an_error_on_the_argument_that_holds_it() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace", url: {|TALK021:"javascript:alert(1)"|})
                .Subsection("One")
                    .Markdown({|TALK021:"[x](JaVaScRiPt:alert(1)) and more"|})
                    .Slides({|TALK021:"<vbscript:x>"|})
                    .Notes({|TALK021:"[r]\n\n[r]: javascript&#58;alert(1)"|})
                    .Image({|TALK021:"data:text/html,<script>alert(1)</script>"|}, alt: "a")
                    .Markdown("Fine: [a](https://example.org), ![i](data:image/png;base64,AA), [b](#one), <mailto:a@b.org>, `[c](javascript:x)`");
        }
        """);

    [Fact]
    public Task TALK010_absent_with_valid_metadata() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace", url: "https://inverseprobability.com", twitter: "@lawrennd")
                .Date(2020, 2, 29)
                .Subsection("One").Markdown("a");
        }
        """);

    [Fact]
    public Task TALK011_unbalanced_math_is_reported_on_the_unclosed_dollar() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Prices")
                    .Markdown("It costs {|TALK011:$|}5 and more");
        }
        """);

    [Fact]
    public Task TALK011_absent_when_dollars_are_escaped_or_closed() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Prices")
                    .Markdown("It costs \\$5 and $x$ and `$code`");
        }
        """);

    [Fact]
    public Task TALK012_run_time_content_is_reported_once_as_info_on_the_first_value() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            private static readonly string Text = "computed";

            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("One")
                    .Markdown({|TALK012:Text|})
                    .Notes(Text + "!");
        }
        """);

    [Fact]
    public Task TALK012_a_chain_the_generator_cannot_read_is_reported_where_it_stops() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define()
            {
                var start = Talk.Titled("Title").Author(given: "Ada");
                return {|TALK012:start|}.Subsection("One").Markdown("a");
            }
        }
        """);

    [Fact]
    public Task TALK012_absent_for_constants_and_constant_interpolations() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            private const string Text = "constant";

            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("One")
                    .Markdown(Text)
                    .Notes($"{Text}!");
        }
        """);

    [Fact]
    public Task TALK013_refuses_a_non_partial_type_a_non_static_member_a_wrong_return_type_and_a_second_talk() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static class NotPartial
        {
            [Talk]
            public static Talk {|TALK013:Define|}() => Talk.Titled("A").Author(given: "Ada").Subsection("x").Markdown("y");
        }
        public partial class NotStatic
        {
            [Talk]
            public Talk {|TALK013:Define|}() => Talk.Titled("B").Author(given: "Ada").Subsection("x").Markdown("y");
        }
        public static partial class WrongType
        {
            [TalkPart]
            public static string {|TALK013:Part|} => "not a part";

            [Talk]
            public static Talk {|TALK013:WithParameters|}(int n) => Talk.Titled("C").Author(given: "Ada").Subsection("x").Markdown("y");
        }
        public static partial class TwoTalks
        {
            [Talk]
            public static Talk First() => Talk.Titled("D").Author(given: "Ada").Subsection("x").Markdown("y");

            [Talk]
            public static Talk {|TALK013:Second|}() => Talk.Titled("E").Author(given: "Ada").Subsection("x").Markdown("y");
        }
        """);

    [Fact]
    public Task TALK013_names_what_to_do() => Verify.AnalyzerAsync(
        """
        using TalkDsl;
        public static class Intro
        {
            [Talk]
            public static Talk {|#0:Define|}() => Talk.Titled("A").Author(given: "Ada").Subsection("x").Markdown("y");
        }
        """,
        new DiagnosticResult("TALK013", DiagnosticSeverity.Error).WithLocation(0)
            .WithMessage("The type 'Intro' that declares the [Talk] member 'Define' must be partial, so the generator can add to it: declare it 'partial'"));

    [Fact]
    public Task TALK013_absent_on_a_static_member_of_a_partial_type() => Verify.AnalyzerAsync(Fixed);

    /// <summary>A talk with none of the mistakes.</summary>
    private const string Fixed = """
        using System;
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace", url: "https://example.org", twitter: "ada")
                .Date(2020, 12, 4)
                .Duration(TimeSpan.FromMinutes(30))
                .Section("Intro")
                    .Markdown("Hello $x$.")
                .Subsection("Details")
                    .Markdown("More.")
                .Thanks()
                .References();
        }
        """;

    private static string Cycle(bool closed) => $$"""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Include(P.A);
        }
        public static partial class P
        {
            [TalkPart]
            public static TalkPart A => TalkPart.Create().Subsection("A").Markdown("a").{{(closed ? "{|TALK006:Include(P.B)|}" : "Include(P.B)")}};

            [TalkPart]
            public static TalkPart B => TalkPart.Create().Subsection("B").Markdown("b"){{(closed ? ".{|TALK006:Include(P.A)|}" : string.Empty)}};
        }
        """;

    /// <summary>A slide of one paragraph on one source line: <paramref name="sentences"/> sentences of 41 characters.</summary>
    private static string OneParagraph(int sentences, bool flagged)
    {
        var text = string.Concat(Enumerable.Repeat("A long sentence that wraps on the slide. ", sentences)).TrimEnd();
        var heading = flagged ? "{|TALK008:Subsection(\"Wraps\")|}" : "Subsection(\"Wraps\")";
        return $$"""
            using TalkDsl;
            public static partial class T
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Title")
                    .Author(given: "Ada", family: "Lovelace")
                    .{{heading}}
                        .Markdown("{{text}}");
            }
            """;
    }

    private static string LongSlide(int lines, bool split)
    {
        // One paragraph per line (blank lines between): lines of one paragraph would wrap together into fewer.
        var body = string.Join("\n\n", Enumerable.Range(1, lines).Select(i => "                    Line " + i));
        var newSlide = split ? "\n            .NewSlide()\n                .Markdown(\"Continued.\")" : string.Empty;
        var markdown = split ? string.Join("\n\n", Enumerable.Range(1, lines - 2).Select(i => "                    Line " + i)) : body;
        return $$""""
            using TalkDsl;
            public static partial class T
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Title")
                    .Author(given: "Ada", family: "Lovelace")
                    .{{(split ? "Subsection(\"Long\")" : "{|TALK008:Subsection(\"Long\")|}")}}
                        .Markdown("""
            {{markdown}}
                            """){{newSlide}};
            }
            """";
    }
}
