using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Mapping;
using TalkDsl.Lamd.Reading;
using TalkDsl.Rules;

namespace TalkDsl.Lamd.Tests.Import;

/// <summary>The check of what the importer writes: the TALK rules over a talk and its parts, and a C# parse.</summary>
public sealed class WrittenCodeCheckTests
{
    private static readonly SourcePosition Here = new("talk.md", 7, 1);
    private static readonly SourcePosition InPart = new("snippets/_s/includes/p.md", 3, 1);

    [Fact]
    public void A_rule_error_in_an_included_part_is_left_out_of_the_part_where_it_is_written()
    {
        var part = new GeneratedChain("snippets/_s/includes/p.md", [Content("$$ never closed", InPart), Content("fine", InPart with { Line = 5 })]);
        var talk = new GeneratedChain("talk.md", [Heading("A"), new ChainStep([], ".Include(Snippets.S.P)", StepRole.Body, []) { Rule = RuleItem.Include("Snippets.S.P", "P", null) }]);
        var diagnostics = new List<LamdDiagnostic>();

        WrittenCodeCheck.Rules("T", hasAuthor: true, talk, key => key == "Snippets.S.P" ? part : null, diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal((LamdSeverity.Error, "LAMD022", InPart), (error.Severity, error.Id, error.Position));
        Assert.Null(part.Steps[0].Call);
        Assert.Equal(ConstructOutcome.NotMapped, Assert.Single(part.Steps[0].Uses).Outcome);
        Assert.NotNull(part.Steps[1].Call);
        Assert.All(talk.Steps, s => Assert.NotNull(s.Call));
    }

    [Fact]
    public void A_talk_that_passes_the_rules_is_unchanged()
    {
        var talk = new GeneratedChain("talk.md", [Heading("A"), Content("$x$ costs \\$5", Here)]);
        var before = talk.Steps.ToList();
        var diagnostics = new List<LamdDiagnostic>();

        WrittenCodeCheck.Rules("T", hasAuthor: true, talk, _ => null, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(before, talk.Steps);
    }

    [Fact]
    public void A_call_that_does_not_parse_is_left_out_and_the_file_written_again()
    {
        var talk = new GeneratedChain("talk.md", [Heading("A"), new ChainStep([], ".Markdown(\"never closed)", StepRole.Body, []) { Origin = Here }, Content("after", Here with { Line = 9 })]);
        var diagnostics = new List<LamdDiagnostic>();

        var text = WrittenCodeCheck.Syntax(talk, "Talks/T.cs", () => CSharpSourceWriter.Talk("T", "talk.md", "global::TalkDsl.Talk.Titled(\"T\")", talk.Steps), diagnostics);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("LAMD022", Here), (error.Id, error.Position));
        Assert.Contains("// | .Markdown(\"never closed)", text, StringComparison.Ordinal);
        Assert.Empty(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text).GetDiagnostics());
    }

    [Fact]
    public void Each_step_is_found_on_the_line_it_is_written_on()
    {
        var steps = new List<ChainStep> { Heading("A"), ChainStep.Comment(["one", "two"]), Content("x\ny", Here), Heading("B") };

        var written = CSharpSourceWriter.Talk("T", "talk.md", "global::TalkDsl.Talk.Titled(\"T\")", steps);

        var lines = written.Text.Split('\n');
        Assert.Equal("        .Subsection(\"A\")", lines[written.StepLines[0] - 1]);
        Assert.Equal("        // one", lines[written.StepLines[1] - 1]);
        Assert.StartsWith("        .Markdown(", lines[written.StepLines[2] - 1], StringComparison.Ordinal);
        Assert.Equal("        .Subsection(\"B\");", lines[written.StepLines[3] - 1]);
        Assert.Equal(2, written.StepAt(written.StepLines[2] + 2));
        Assert.Null(written.StepAt(lines.Length - 1));
    }

    private static ChainStep Heading(string title) =>
        new([], $".Subsection(\"{title}\")", StepRole.Body, []) { Rule = RuleItem.Heading(HeadingLevel.Subsection, title, null), Origin = Here };

    private static ChainStep Content(string markdown, SourcePosition origin) =>
        new([], $".Markdown({CSharpLiteral.Raw(markdown, BodyMapper.ContentIndent)})", StepRole.Body, []) { Rule = RuleItem.Content(ContentTarget.Both, markdown, null), Origin = origin };
}
