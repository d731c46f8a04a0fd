using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// TALK022: the notation file a talk names (<c>NotationFile(...)</c>) is checked as you type against the
/// project's <c>.tex</c> files (AdditionalFiles, as TalkDsl.props gives them): there, and every line a
/// <c>\newcommand</c> MathJax can take. Reported on the call's argument, with the file's line in the message.
/// </summary>
public class NotationFileDiagnosticTests
{
    private static string Talk(string notationFile) => $$"""
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .NotationFile({{notationFile}})
                .Subsection("Maths")
                .Markdown("$\\mappingFunction(\\inputScalar)$");
        }
        """;

    [Fact]
    public Task A_notation_file_of_the_project_that_reads_is_fine() => Verify.AnalyzerWithFilesAsync(
        Talk("\"talk-notation.tex\""),
        [("/0/talk-notation.tex", "% lamd's notation\n\\newcommand{\\mappingFunction}{f}\n\\newcommand{\\inputScalar}{x}\n\\newcommand{\\tk}[1]{}\n")]);

    [Fact]
    public Task TALK022_names_a_notation_file_the_project_does_not_have() => Verify.AnalyzerWithFilesAsync(
        Talk("{|#0:\"notation.tex\"|}"),
        [("/0/talk-notation.tex", "\\newcommand{\\mappingFunction}{f}\n")],
        new DiagnosticResult("TALK022", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("notation.tex", "there is no file /0/notation.tex (a path is relative to the C# file that names it; the project gives *.tex files to the compiler)"));

    [Fact]
    public Task TALK022_gives_the_line_of_the_file_that_does_not_read() => Verify.AnalyzerWithFilesAsync(
        Talk("{|#0:\"talk-notation.tex\"|}"),
        [("/0/talk-notation.tex", "\\newcommand{\\mappingFunction}{f}\n\\newcommand{\\inputScalar}{x_{#1}\n")],
        new DiagnosticResult("TALK022", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("talk-notation.tex", "line 2 of /0/talk-notation.tex: the definition of \\inputScalar never closes its brace: check its braces"));
}
