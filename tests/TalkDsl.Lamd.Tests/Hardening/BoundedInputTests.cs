using System.Diagnostics;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Hardening;

/// <summary>
/// Input that crashed or hung the importer (issue 12): each now ends in a LAMD diagnostic at the construct.
/// Before the fix these aborted the test host (stack overflow), printed a stack trace, or never returned.
/// </summary>
public sealed class BoundedInputTests : IDisposable
{
    private readonly TempLibrary _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Twenty_thousand_nested_slides_is_LAMD019_at_the_brace_that_goes_too_deep()
    {
        var diagnostic = _files.SingleError(string.Concat(Enumerable.Repeat("\\slides{", 20_000)) + "x");

        Assert.Equal(LamdDiagnosticIds.TooDeep, diagnostic.Id);
        Assert.Equal(new SourcePosition("talk.md", 4, (LamdParser.MaxDepth * 8) + 8), diagnostic.Position);
    }

    [Theory]
    [InlineData("\\ifdef{A}", "\\endif")]
    [InlineData("\\define{m}{", "}")]
    [InlineData("\\ifndef{SLIDES}", "\\else x\\endif")]
    public void Deep_conditionals_and_definitions_are_LAMD019(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, 10_000)) + "x" + string.Concat(Enumerable.Repeat(close, 10_000));

        Assert.Equal(LamdDiagnosticIds.TooDeep, _files.SingleError(text).Id);
    }

    [Theory]
    [InlineData("\\define{a}{\\a\\a}\n\\a")]
    [InlineData("\\define{a}{\\b\\b}\\define{b}{\\a\\a}\n\\a")]
    [InlineData("\\define{a}{x\\b}\\define{b}{\\a\\a\\a}\n\\a")]
    [InlineData("\\define{twice}{#1#1}\\define{x}{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{\\twice{yyyyyyyyyy}}}}}}}}}}}}}}}}}}}}}}}}}}\n\\x")]
    public void A_macro_that_expands_without_end_is_LAMD020_at_the_call(string text)
    {
        var clock = Stopwatch.StartNew();
        var diagnostic = _files.SingleError(text);

        Assert.Contains(diagnostic.Id, new[] { LamdDiagnosticIds.ExpansionBudget, LamdDiagnosticIds.RecursiveMacro });
        Assert.Equal(5, diagnostic.Position.Line);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the budget ends the expansion");
    }

    [Fact]
    public void A_macro_that_fans_out_without_recursion_is_stopped_by_the_expansion_budget()
    {
        var text = "\\define{a0}{.}" + string.Concat(Enumerable.Range(1, 12).Select(i => $"\\define{{a{i}}}{{{string.Concat(Enumerable.Repeat($"\\a{i - 1}", 10))}}}")) + "\n\\a12";

        var diagnostic = _files.SingleError(text, new LamdReaderOptions { MaxOutputChars = int.MaxValue });

        Assert.Equal((LamdDiagnosticIds.ExpansionBudget, 5), (diagnostic.Id, diagnostic.Position.Line));
    }

    [Fact]
    public void A_doubling_macro_is_stopped_at_its_recursion_depth()
    {
        var diagnostic = _files.SingleError("\\define{a}{\\a\\a}\n\\a", new LamdReaderOptions { MaxExpansions = int.MaxValue, MaxOutputChars = 1000 });

        Assert.Equal(LamdDiagnosticIds.RecursiveMacro, diagnostic.Id);
    }

    [Fact]
    public void Output_that_grows_past_the_budget_is_LAMD020()
    {
        var diagnostic = _files.SingleError("\\define{d}{#1#1}\\define{e}{\\d{\\d{\\d{\\d{\\d{\\d{\\d{\\d{\\d{\\d{\\d{\\d{0123456789}}}}}}}}}}}}}\n\\e", new LamdReaderOptions { MaxOutputChars = 10_000 });

        Assert.Equal(LamdDiagnosticIds.ExpansionBudget, diagnostic.Id);
        Assert.Contains("characters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_with_a_NUL_in_its_name_is_LAMD016_at_the_include()
    {
        var diagnostic = _files.SingleError("Text.\n\\include{a\0b.md}");

        Assert.Equal((LamdDiagnosticIds.IncludeOutsideLibrary, new SourcePosition("talk.md", 5, 1)), (diagnostic.Id, diagnostic.Position));
        Assert.Contains("\\u0000", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_thousand_brackets_on_a_line_is_a_diagnostic_not_a_stack_trace()
    {
        var talk = _files.Write("talks/brackets.md", "---\ntitle: T\n---\n\\subsection{S}\n\n" + new string('[', 20_000) + "\n\n\\notes{" + new string('[', 20_000) + "}\n");

        var result = _files.Import(talk);

        Assert.Single(result.Summary.FailedFiles);
        var diagnostic = Assert.Single(result.Summary.Diagnostics, d => d.Severity == LamdSeverity.Error);
        Assert.Equal(LamdDiagnosticIds.TooDeep, diagnostic.Id);
        Assert.Equal("brackets.md", diagnostic.Position.File);
    }
}
