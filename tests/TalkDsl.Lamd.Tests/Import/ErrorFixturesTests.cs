using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Import;

/// <summary>The errors/ fixture folder: one file per kind of bad input; each fails alone and the rest imports.</summary>
public sealed class ErrorFixturesTests
{
    private static readonly Lazy<TalkDsl.Lamd.Import.ImportResult> Result = new(Fixtures.ImportErrors);

    [Fact]
    public void Files_with_errors_are_left_out_and_the_others_import()
    {
        var summary = Result.Value.Summary;

        Assert.Equal(["bad-yaml.md", "stray-endif.md"], summary.FailedFiles.ToArray());
        Assert.Equal(["EmptySnippet", "Good", "MissingInclude", "Recursive", "Unbalanced", "Unterminated"], summary.Talks.Select(t => t.ClassName));
    }

    [Theory]
    [InlineData("unbalanced.md:8:7", LamdDiagnosticIds.UnbalancedBraces)]
    [InlineData("unterminated.md:8:1", LamdDiagnosticIds.UnterminatedConditional)]
    public void What_gpp_accepts_is_a_warning_that_names_file_line_and_column(string position, string id)
    {
        var warning = Result.Value.Summary.Diagnostics.Single(d => d.Id == id);

        Assert.Equal((LamdSeverity.Warning, position), (warning.Severity, warning.Position.ToString()));
    }

    [Theory]
    [InlineData("stray-endif.md:6:6", LamdDiagnosticIds.StrayConditional)]
    [InlineData("loop-b.md:3:1", LamdDiagnosticIds.RecursiveInclude)]
    [InlineData("empty.md:1:1", LamdDiagnosticIds.EmptyFile)]
    public void Each_error_names_file_line_and_column(string position, string id)
    {
        var error = Result.Value.Summary.Errors.Single(d => d.Id == id);

        Assert.Equal(position, error.Position.ToString());
    }

    [Fact]
    public void Invalid_yaml_names_its_line()
    {
        var error = Result.Value.Summary.Errors.Single(d => d.Id == LamdDiagnosticIds.InvalidFrontMatter);

        Assert.Equal("bad-yaml.md", error.Position.File);
        Assert.InRange(error.Position.Line, 2, 4);
    }

    [Fact]
    public void A_missing_include_is_reported_with_the_including_file_and_line_and_the_text_around_it_is_kept()
    {
        var summary = Result.Value.Summary;
        var code = Fixtures.File(Result.Value, "Talks/MissingInclude.cs");

        Assert.Equal("missing-include.md:10:1", summary.Diagnostics.Single(d => d.Id == LamdDiagnosticIds.MissingInclude).Position.ToString());
        Assert.Contains("Before the missing include.", code, StringComparison.Ordinal);
        Assert.Contains("// lamd \\include{nowhere/to-be-found.md} at missing-include.md:10:1 — not found: left out; add the snippet and import again.", code, StringComparison.Ordinal);
        Assert.Contains("After the missing include.", code, StringComparison.Ordinal);
    }

    [Fact]
    public void The_talks_that_import_still_compile()
    {
        Assert.Empty(Mapping.GeneratedCode.Problems(Mapping.GeneratedCode.Compile(Result.Value)));
    }
}
