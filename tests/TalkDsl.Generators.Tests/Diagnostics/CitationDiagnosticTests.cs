using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TalkDsl.Generators.CodeFixes;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// TALK015 (unknown citation key) and TALK017 (unknown anchor) squiggle the key or anchor itself inside the
/// literal, whatever form the literal takes; TALK019 reports a .bib's problems on its line; the code fix
/// offers the nearest keys. The .bib files are AdditionalFiles beside the source, as TalkDsl.props gives them.
/// </summary>
public class CitationDiagnosticTests
{
    private const string Bib = """
        @article{Lawrence:gplvm05, author = {Neil D. Lawrence}, title = {GP-LVM}, journal = {JMLR}, year = 2005}
        @phdthesis{Damianou:thesis2015, author = {Andreas Damianou}, title = {Deep GPs}, school = {Sheffield}, year = 2015}
        """;

    private static readonly (string, string)[] Files = [("/0/refs.bib", Bib)];

    private static string Talk(string content) => """
        using TalkDsl;
        public static partial class T
        {
            private const string Key = "Lawrnce:gplvm05";

            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Bibliography("refs.bib")
                .Subsection("Cited")
        """ + "\n" + content + ";\n}\n";

    [Fact]
    public Task Known_keys_in_every_form_are_fine() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Markdown("[@Lawrence:gplvm05], @Damianou:thesis2015 [p. 3], [see -@Lawrence:gplvm05; @Damianou:thesis2015]")
                    .References()
        """), Files);

    [Fact]
    public Task TALK015_in_a_regular_literal_with_escapes_is_on_the_key() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Markdown("A \"quote\"\t\u0041 [@{|TALK015:Lawrnce:gplvm05|}].")
        """), Files);

    [Fact]
    public Task TALK015_in_a_verbatim_literal_is_on_the_key() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Markdown(@"A ""quote"" and
        a line: @{|TALK015:Damianou:thesis15|} says")
        """), Files);

    [Fact]
    public Task TALK015_in_a_single_line_raw_literal_is_on_the_key() => Verify.AnalyzerWithFilesAsync(Talk("""""
                    .Markdown(""""A "raw" one [-@{|TALK015:nosuch|}]."""")
        """""), Files);

    [Fact]
    public Task TALK015_in_a_multi_line_raw_literal_is_on_the_key_after_the_indentation() => Verify.AnalyzerWithFilesAsync(Talk(""""
                    .Markdown("""
                        * first
                            * nested [@Lawrence:gplvm05; @{|TALK015:Damianou:thesis|}]
                        """)
        """"), Files);

    [Fact]
    public Task TALK015_in_an_interpolated_constant_is_on_the_key_or_on_the_hole_that_holds_it() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Markdown($"{{braces}} [@{|TALK015:nosuch|}] and [@{|TALK015:{Key}|}]")
        """), Files);

    [Fact]
    public Task TALK015_in_a_concatenation_is_on_the_key() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Markdown("First part, " + "then [@{|TALK015:Lawrence:gplvm5|}]")
        """), Files);

    [Fact]
    public Task TALK015_when_the_talk_names_no_bibliography_says_so() => Verify.AnalyzerWithFilesAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Cited")
                    .Markdown("[@{|#0:Lawrence:gplvm05|}] but not \\@lawrennd nor me@example.org");
        }
        """, Files, new DiagnosticResult("TALK015", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Lawrence:gplvm05", "any bibliography: the talk names none; add .Bibliography(\"refs.bib\")", " with its entry"));

    [Fact]
    public Task TALK015_suggests_the_nearest_key() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Markdown("[@{|#0:Lawrnce:gplvm05|}]")
        """), Files, new DiagnosticResult("TALK015", DiagnosticSeverity.Error).WithLocation(0).WithArguments("Lawrnce:gplvm05", "the talk's bibliography (refs.bib)", ": did you mean 'Lawrence:gplvm05'?"));

    [Fact]
    public Task TALK015_code_fix_rewrites_the_key_to_the_nearest() => Verify.CodeFixWithFilesAsync<UseNearestNameCodeFixProvider>(
        Talk(""""
                    .Markdown("""
                        See [@{|TALK015:Damianou:thesis15|}].
                        """)
        """"),
        Talk(""""
                    .Markdown("""
                        See [@Damianou:thesis2015].
                        """)
        """"),
        Files,
        actionIndex: 0);

    [Fact]
    public Task TALK019_is_reported_on_the_line_of_the_bib() => Verify.AnalyzerWithFilesAsync(
        Talk("""
                    .Markdown("[@good]")
        """),
        [("/0/refs.bib", "@article{good, title = {One}}\n@article{bad, title = {Two} year = 2001}\n")],
        new DiagnosticResult("TALK019", DiagnosticSeverity.Warning).WithSpan("/0/refs.bib", 2, 1, 2, 41)
            .WithArguments("refs.bib", "line 2: The field 'title' of 'bad' is followed by 'y': separate fields with ','"));

    [Fact]
    public Task TALK019_names_a_bibliography_the_project_does_not_have() => Verify.AnalyzerWithFilesAsync(
        Talk("""
                    .Markdown("Nothing cited.")
        """).Replace(".Bibliography(\"refs.bib\")", ".Bibliography({|#0:\"missing.bib\"|})", StringComparison.Ordinal),
        Files,
        new DiagnosticResult("TALK019", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("missing.bib", "there is no file /0/missing.bib (a path is relative to the C# file that names it; the project gives *.bib files to the compiler)"));

    [Fact]
    public Task TALK017_a_link_to_an_unknown_anchor_is_on_the_anchor() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Markdown("Back to [the start](#{|#0:cite|}), [ok](#cited), [ref](#ref-Lawrence:gplvm05) [@Lawrence:gplvm05].")
                    .Thanks()
        """), Files, new DiagnosticResult("TALK017", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("cite", ": did you mean '#cited'?"));

    [Fact]
    public Task TALK017_code_fix_links_to_the_nearest_anchor() => Verify.CodeFixWithFilesAsync<UseNearestNameCodeFixProvider>(
        Talk("""
                    .Markdown("Back to [the start](#{|TALK017:cite|}).")
        """),
        Talk("""
                    .Markdown("Back to [the start](#cited).")
        """),
        Files,
        actionIndex: 0);

    [Fact]
    public Task TALK004_names_where_the_first_heading_is() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Intro").Markdown("a")
                .{|#0:Subsection("intro")|}.Markdown("b");
        }
        """, new DiagnosticResult("TALK004", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("intro", "intro", "Intro", " (line 8 of Test0.cs)"));

    [Fact]
    public Task TALK001_an_empty_title_says_empty() => Verify.AnalyzerAsync("""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled({|#0:""|})
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Intro").Markdown("a");
        }
        """, new DiagnosticResult("TALK001", DiagnosticSeverity.Error).WithLocation(0).WithArguments("The talk's title is empty: write it in Talk.Titled(\"...\")"));
}
