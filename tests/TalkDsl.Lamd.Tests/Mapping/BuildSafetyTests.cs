using TalkDsl.Lamd.Reading;
using TalkDsl.Rules;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>
/// What used to make an imported project fail to build: each case imports, compiles against TalkDsl
/// (<see cref="LectureImport"/>), runs the talk's chain and checks it with the TALK rules.
/// </summary>
public sealed class BuildSafetyTests : IDisposable
{
    private readonly LectureImport _lecture = new();

    public void Dispose() => _lecture.Dispose();

    [Fact]
    public void An_author_with_only_a_family_name_is_an_author_with_only_a_family_name()
    {
        var (code, _) = _lecture.Import("\\subsection{A}\nText.\n", "---\ntitle: T\ndate: 2020-01-02\nauthor:\n- family: Sheffield Debating Society\n---\n");

        Assert.Contains(".Author(family: \"Sheffield Debating Society\")", code, StringComparison.Ordinal);
        Assert.Equal("Sheffield Debating Society", _lecture.LastTalk().Build().Metadata.Authors.Single().DisplayName);
    }

    [Fact]
    public void A_dollar_pandoc_reads_as_text_is_escaped_and_math_is_not()
    {
        var (code, _) = _lecture.Import("\\subsection{A}\nFined $5 billion. Or 7% of $\\mathbf{w}$.\n");

        Assert.Contains(@"Fined \$5 billion. Or 7% of $\mathbf{w}$.", code, StringComparison.Ordinal);
        Assert.DoesNotContain(_lecture.LastTalk().Validate(), d => d.Id == "TALK011");
    }

    [Fact]
    public void Display_math_with_a_notes_only_piece_becomes_two_complete_variants()
    {
        var (code, summary) = _lecture.Import("\\subsection{A}\nThe function\n$$\nf(x) = 1\\notes{,}\n$$\nwhere f is one.\n");

        Assert.Contains(".Slides(\"\"\"\n            $$\n            f(x) = 1\n            $$\n            \"\"\")", code, StringComparison.Ordinal);
        Assert.Contains(".Notes(\"\"\"\n            $$\n            f(x) = 1,\n            $$\n            \"\"\")", code, StringComparison.Ordinal);
        Assert.Contains(".Markdown(\"\"\"\n            The function\n            \"\"\")", code, StringComparison.Ordinal);
        Assert.Contains(".Markdown(\"\"\"\n            where f is one.\n            \"\"\")", code, StringComparison.Ordinal);
        Assert.Empty(summary.NotMapped);
        Assert.DoesNotContain(_lecture.LastTalk().Validate(), d => d.Id == "TALK011");
    }

    [Fact]
    public void Display_math_split_by_a_slides_conditional_gives_each_output_its_own_branch()
    {
        var (code, _) = _lecture.Import("\\subsection{A}\n$$\na = b\\ifdef{SLIDES}.\\else;\\endif\n$$\n");

        Assert.Contains("a = b.\n", code, StringComparison.Ordinal);
        Assert.Contains("a = b;\n", code, StringComparison.Ordinal);
        Assert.DoesNotContain(_lecture.LastTalk().Validate(), d => d.Id == "TALK011");
    }

    [Fact]
    public void Content_the_TALK_rules_would_refuse_is_left_out_as_a_comment_and_reported_at_its_lamd_line()
    {
        // A code span across a line break: pandoc reads `…$` as code, TalkDsl's TALK011 reads the dollar as math.
        var (code, summary) = _lecture.Import("\\subsection{A}\nFirst block.\n\nUse `a\nb $` and $x$.\n");

        var error = Assert.Single(summary.Errors);
        Assert.Equal("LAMD022", error.Id);
        Assert.Equal(new SourcePosition("lecture.md", 9, 1), error.Position);
        Assert.Contains("TALK011", error.Message, StringComparison.Ordinal);
        Assert.True(summary.LeftOutAnything);
        Assert.Contains("// lamd at lecture.md:9:1 — left out: the call would not build (TALK011:", code, StringComparison.Ordinal);
        Assert.Contains("// | .Markdown(", code, StringComparison.Ordinal);
        Assert.Contains("// |             First block.", code, StringComparison.Ordinal);
        Assert.DoesNotContain(_lecture.LastTalk().Validate(), d => d.Severity == TalkDiagnosticSeverity.Error);
    }
}
