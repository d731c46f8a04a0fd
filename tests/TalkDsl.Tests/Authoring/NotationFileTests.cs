using TalkDsl.Authoring;
using TalkDsl.Rules;
using TalkDsl.Tests.Citations;

namespace TalkDsl.Tests.Authoring;

/// <summary>
/// <c>NotationFile(...)</c>: a LaTeX notation file (lamd's <c>talk-notation.tex</c>) shared by a project's talks,
/// read relative to the C# file that names it, applied under the talk's own <c>Notation(...)</c>, and checked
/// with the same words at run time as at compile time (TALK022).
/// </summary>
public sealed class NotationFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("talkdsl-notation-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Lamds_own_notation_file_reads_in_full()
    {
        var content = NotationFileReader.Read(File.ReadAllText(Path.Combine(BibTexReaderTests.LamdFolder(), "includes", "talk-notation.tex")));

        Assert.Empty(content.Problems);
        Assert.Equal(312, content.Macros.Count);
        var kl = content.Macros.Single(m => m.Command == "\\KL");
        Assert.Equal(("\\text{KL}\\left( #1\\,\\|\\,#2 \\right)", 2, 3), (kl.Definition, kl.Parameters, kl.Line));
        // \newcommand{\tk}[1]{} stands for nothing: an empty group, which MathJax renders as nothing too.
        Assert.Equal("{}", content.Macros.Single(m => m.Command == "\\tk").Definition);
    }

    [Theory]
    [InlineData("\\newcommand{\\a}{x}\n\\emph{no}\n", 2, "this is not a \\newcommand")]
    [InlineData("\\newcommand{a}{x}\n", 1, "write the command as \\newcommand{\\name}{definition}")]
    [InlineData("\\newcommand{\\a}[12]{x}\n", 1, "the number of arguments of \\a must be 0 to 9")]
    [InlineData("% ok\n\n\\newcommand{\\a}{x_{#1}\n", 3, "the definition of \\a never closes its brace")]
    [InlineData("\\newcommand{\\a}{x_#2}\n", 1, "The definition of \\a uses '#2' but it takes no arguments")]
    [InlineData("\\newcommand{\\a}[2][0]{#1 #2}\n", 1, "a default for its first argument")]
    public void A_line_that_is_not_a_newcommand_MathJax_can_take_is_a_problem_at_its_line(string text, int line, string message)
    {
        var problem = Assert.Single(NotationFileReader.Read(text).Problems);

        Assert.Equal(line, problem.Key);
        Assert.Contains(message, problem.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbraced_renewed_and_provided_commands_read_and_a_later_definition_replaces_an_earlier_one()
    {
        var content = NotationFileReader.Read("\\newcommand\\a{1}\n\\renewcommand{\\a}{2}\n\\providecommand{\\b}[1]{#1}\n");

        Assert.Empty(content.Problems);
        Assert.Equal([("\\a", "2"), ("\\b", "#1")], content.Macros.Select(m => (m.Command, m.Definition)));
    }

    [Fact]
    public void The_files_commands_apply_under_the_talks_own_relative_to_the_calling_file()
    {
        File.WriteAllText(Path.Combine(_folder, "notation.tex"), "\\newcommand{\\f}{f}\n\\newcommand{\\x}{x}\n");
        var caller = Path.Combine(_folder, "Talk.cs");

        var metadata = Talk.Titled("T").Author(given: "A", family: "B")
            .NotationFile("notation.tex", caller, 3)
            .Notation(@"\x", @"\mathbf{x}")
            .Subsection("S").Markdown("$\\f(\\x)$")
            .Build().Metadata;

        Assert.Equal([("\\f", "f"), ("\\x", "\\mathbf{x}")], metadata.Notation.Select(m => (m.Command, m.Definition)));
        Assert.Contains("\\\\mathbf{x}", Talk.Titled("T").Author(given: "A", family: "B").NotationFile("notation.tex", caller, 3).Notation(@"\x", @"\mathbf{x}").Subsection("S").Markdown("$\\x$").RenderSlides(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_a_missing_file_and_a_bad_line_as_TALK022_at_the_call()
    {
        File.WriteAllText(Path.Combine(_folder, "bad.tex"), "\\newcommand{\\f}{f}\nnot a command\n");
        var caller = Path.Combine(_folder, "Talk.cs");

        var diagnostics = Talk.Titled("T").Author(given: "A", family: "B")
            .NotationFile("missing.tex", caller, 7)
            .NotationFile("bad.tex", caller, 8)
            .Subsection("S").Markdown("Text.")
            .Validate();

        Assert.Collection(
            diagnostics.Where(d => d.Id == RuleIds.BadNotationFile),
            d => Assert.Equal(($"{caller}(7)", $"The notation file 'missing.tex' cannot be read: there is no file {_folder.Replace('\\', '/')}/missing.tex (a path is relative to the C# file that names it; the project gives *.tex files to the compiler)"), (d.Location, d.Message)),
            d => Assert.Equal(($"{caller}(8)", $"The notation file 'bad.tex' cannot be read: line 2 of {_folder.Replace('\\', '/')}/bad.tex: this is not a \\newcommand: a notation file holds \\newcommand{{\\name}}[n]{{definition}} lines and % comments only"), (d.Location, d.Message)));
        Assert.All(diagnostics.Where(d => d.Id == RuleIds.BadNotationFile), d => Assert.Equal(TalkDiagnosticSeverity.Error, d.Severity));
    }
}
