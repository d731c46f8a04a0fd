using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Reading;

public sealed class LamdParserTests
{
    [Fact]
    public void A_macro_call_has_its_name_arguments_and_exact_positions()
    {
        var tree = Fixtures.Parse("Intro \\notes{a {b} c}\nnext line");

        Assert.Collection(tree.Body,
            n => Assert.Equal(new LamdText("Intro ", new SourcePosition("talk.md", 1, 1), 0, 6), n),
            n =>
            {
                var call = Assert.IsType<LamdMacroCall>(n);
                Assert.Equal("notes", call.Name);
                Assert.Equal(new SourcePosition("talk.md", 1, 7), call.Position);
                var argument = Assert.Single(call.Arguments);
                Assert.Equal(new SourcePosition("talk.md", 1, 14), argument.Position);
                Assert.Equal("a {b} c", tree.File.Text[argument.Start..argument.End]);
                Assert.Equal("a {b} c", Assert.IsType<LamdText>(Assert.Single(argument.Nodes)).Text);
            },
            n => Assert.Equal(new SourcePosition("talk.md", 1, 22), n.Position));
    }

    [Fact]
    public void Arguments_follow_each_other_as_close_open_and_a_line_break_ends_the_call()
    {
        var tree = Fixtures.Parse("\\figure{one}{two}{three}\n\\columns{a}\n{b}");

        var figure = Assert.IsType<LamdMacroCall>(tree.Body[0]);
        Assert.Equal(["one", "two", "three"], figure.Arguments.Select(LamdParser.PlainText));
        var columns = Assert.IsType<LamdMacroCall>(tree.Body[2]);
        Assert.Equal(new SourcePosition("talk.md", 2, 1), columns.Position);
        Assert.Equal(["a"], columns.Arguments.Select(LamdParser.PlainText));
        Assert.Equal("\n{b}", Assert.IsType<LamdText>(tree.Body[3]).Text);
    }

    [Fact]
    public void A_newcommand_keeps_its_argument_count_and_its_definition_as_the_second_argument()
    {
        var tree = Fixtures.Parse("\\newcommand{\\inner}[2]{\\langle #1, #2 \\rangle}");

        var call = Assert.IsType<LamdMacroCall>(Assert.Single(tree.Body));
        Assert.Equal("2", call.ParameterCount);
        Assert.Equal(2, call.Arguments.Length);
        Assert.Equal("\\langle #1, #2 \\rangle", tree.File.Text[call.Arguments[1].Start..call.Arguments[1].End]);
        Assert.Equal(tree.File.Text.Length, call.End);
    }

    [Theory]
    [InlineData("\\newcommand{\\x}[2] text", 1, "[2] text")]
    [InlineData("\\newcommand{\\x}[]{d}", 1, "[]{d}")]
    [InlineData("\\renewcommand{\\x}[2]{d}", 1, "[2]{d}")]
    [InlineData("\\figure{a}[2]{b}", 1, "[2]{b}")]
    public void Only_a_newcommand_with_a_count_followed_by_a_brace_reads_the_count(string text, int arguments, string after)
    {
        var tree = Fixtures.Parse(text);

        var call = Assert.IsType<LamdMacroCall>(tree.Body[0]);
        Assert.Null(call.ParameterCount);
        Assert.Equal(arguments, call.Arguments.Length);
        Assert.Equal(after, string.Concat(tree.Body.Skip(1).Select(tree.SourceOf)));
    }

    [Fact]
    public void Nested_calls_inside_arguments_keep_their_own_line_and_column()
    {
        var tree = Fixtures.Parse("\\figure{\n  \\includepng{\\diagramsDir/x}{70%}}{caption}{label}");

        var figure = Assert.IsType<LamdMacroCall>(Assert.Single(tree.Body));
        var png = figure.Arguments[0].Nodes.OfType<LamdMacroCall>().Single();
        Assert.Equal(new SourcePosition("talk.md", 2, 3), png.Position);
        var dir = Assert.IsType<LamdMacroCall>(png.Arguments[0].Nodes[0]);
        Assert.Equal(("diagramsDir", new SourcePosition("talk.md", 2, 15)), (dir.Name, dir.Position));
        Assert.Equal(["caption", "label"], figure.Arguments.Skip(1).Select(LamdParser.PlainText));
    }

    [Fact]
    public void LaTeX_is_read_as_calls_and_text_without_complaint()
    {
        var tree = Fixtures.Parse("$\\mathbf{y} = \\alpha\\\\ \\left\\{ x \\right.$");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(["mathbf", "alpha", "left", "right"], tree.Body.OfType<LamdMacroCall>().Select(c => c.Name));
        Assert.Equal(tree.File.Text, string.Concat(tree.Body.Select(tree.SourceOf)));
    }

    [Fact]
    public void Braces_outside_arguments_are_plain_text()
    {
        var tree = Fixtures.Parse("text } stray { brace");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal("text } stray { brace", Assert.IsType<LamdText>(Assert.Single(tree.Body)).Text);
    }

    [Fact]
    public void Argument_references_are_nodes_of_their_own()
    {
        var tree = Fixtures.Parse("\\define{twice}{#1 and #1}");

        var body = Assert.IsType<LamdMacroCall>(Assert.Single(tree.Body)).Arguments[1].Nodes;
        Assert.Equal([1, 1], body.OfType<LamdArgumentReference>().Select(r => r.Number));
        Assert.Equal(new SourcePosition("talk.md", 1, 16), body[0].Position);
    }

    [Fact]
    public void A_conditional_holds_both_branches_and_nests()
    {
        var tree = Fixtures.Parse("\\ifdef{SLIDES}\nslides \\ifndef{X}inner\\endif\n\\else\nnotes\n\\endif\nafter");

        var conditional = Assert.IsType<LamdConditional>(tree.Body[0]);
        Assert.Equal(LamdConditionKind.IfDefined, conditional.Kind);
        Assert.Equal("SLIDES", LamdParser.PlainText(conditional.Condition[0]));
        Assert.True(conditional.HasElse);
        var inner = Assert.Single(conditional.Then.OfType<LamdConditional>());
        Assert.Equal((LamdConditionKind.IfNotDefined, new SourcePosition("talk.md", 2, 8)), (inner.Kind, inner.Position));
        Assert.Equal("\nnotes\n", Assert.IsType<LamdText>(Assert.Single(conditional.Else)).Text);
        Assert.Equal("\nafter", Assert.IsType<LamdText>(tree.Body[1]).Text);
    }

    [Fact]
    public void Ifeq_takes_two_arguments()
    {
        var conditional = Assert.IsType<LamdConditional>(Fixtures.Parse("\\ifeq{a}{b}same\\endif").Body.Single());

        Assert.Equal(LamdConditionKind.IfEqual, conditional.Kind);
        Assert.Equal(["a", "b"], conditional.Condition.Select(LamdParser.PlainText));
    }

    [Fact]
    public void The_body_starts_after_the_front_matter_and_positions_count_its_lines()
    {
        var tree = Fixtures.Parse("---\ntitle: T\nauthor:\n- given: A\n---\n\n\\subsection{First}");

        Assert.Equal(["title", "author"], tree.FrontMatter!.Entries.Select(e => e.Key));
        Assert.Equal(new SourcePosition("talk.md", 3, 1), tree.FrontMatter["author"]!.Position);
        Assert.Equal(new SourcePosition("talk.md", 7, 1), tree.Body.OfType<LamdMacroCall>().Single().Position);
    }

    [Fact]
    public void An_include_guard_is_recognised()
    {
        var tree = Fixtures.Parse("\n\\ifndef{labGuard}\n\\define{labGuard}\n\n\\subsection{Lab}\n\\endif\n", "lab.md");

        Assert.Equal(new LamdIncludeGuard("labGuard", new SourcePosition("lab.md", 2, 1)), tree.Guard);
    }

    [Theory]
    [InlineData("\\ifndef{g}\\define{other}x\\endif")]
    [InlineData("\\ifndef{g}\\define{g}x\\else y\\endif")]
    [InlineData("before \\ifndef{g}\\define{g}x\\endif")]
    [InlineData("\\ifdef{g}\\define{g}x\\endif")]
    public void Something_that_only_looks_like_a_guard_is_not_one(string text) =>
        Assert.Null(Fixtures.Parse(text).Guard);

    [Fact]
    public void An_argument_never_closed_is_a_warning_at_its_brace_and_read_as_text_as_gpp_reads_it()
    {
        var tree = Fixtures.Parse("line one\n  \\notes{text {inner}\nmore");

        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal((LamdSeverity.Warning, LamdDiagnosticIds.UnbalancedBraces, new SourcePosition("talk.md", 2, 9)), (error.Severity, error.Id, error.Position));
        Assert.Contains("\\notes (at talk.md:2:3)", error.Message, StringComparison.Ordinal);
        Assert.Contains("add the missing '}'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Found by the importer fuzzer: each unclosed brace made the argument around it be read again, so 40
    /// nested ones were 2^40 readings (seconds of CPU from 20). The guard only ends a regression's hang.
    /// </summary>
    [Fact(Timeout = 60_000)]
    public async Task Unclosed_braces_nested_in_each_other_are_each_read_once_and_each_reported()
    {
        var text = string.Concat(Enumerable.Repeat("\\notes{a \\figure{b ", 20)) + "end";

        var tree = await Task.Run(() => Fixtures.Parse(text));

        Assert.Equal(40, tree.Diagnostics.Count(d => d.Id == LamdDiagnosticIds.UnbalancedBraces && d.Severity == LamdSeverity.Warning));
        Assert.Equal(text, string.Concat(tree.Body.Select(n => tree.File.Text[n.Start..n.End])));
    }

    [Fact]
    public void A_backslash_brace_inside_an_argument_counts_as_gpp_counts_it()
    {
        var tree = Fixtures.Parse("\\notes{$\\left\\{ x \\right.$}");

        Assert.Equal(LamdDiagnosticIds.UnbalancedBraces, Assert.Single(tree.Diagnostics).Id);
    }

    [Fact]
    public void An_ifdef_without_endif_is_a_warning_at_the_ifdef_and_ends_with_the_file_as_in_gpp()
    {
        var tree = Fixtures.Parse("a\n\n  \\ifdef{SLIDES}\nslides only");

        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal((LamdSeverity.Warning, LamdDiagnosticIds.UnterminatedConditional, new SourcePosition("talk.md", 3, 3)), (error.Severity, error.Id, error.Position));
        Assert.Contains("\\ifdef{SLIDES} is never closed: as gpp does, it ends with the file; add \\endif", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conditional_must_close_inside_the_argument_it_opens_in()
    {
        var tree = Fixtures.Parse("\\notes{\\ifdef{X} a} \\endif");

        Assert.Equal(
            [(LamdDiagnosticIds.UnterminatedConditional, 1, 8), (LamdDiagnosticIds.StrayConditional, 1, 21)],
            tree.Diagnostics.Select(d => (d.Id, d.Position.Line, d.Position.Column)));
    }

    [Fact]
    public void A_stray_endif_or_second_else_is_an_error()
    {
        Assert.Equal((LamdDiagnosticIds.StrayConditional, 1, 6), Fixtures.Parse("Text \\endif").Diagnostics.Select(d => (d.Id, d.Position.Line, d.Position.Column)).Single());
        Assert.Equal(LamdDiagnosticIds.StrayConditional, Fixtures.Parse("\\ifdef{a}x\\else y\\else z\\endif").Diagnostics.Single().Id);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_line_in_the_file()
    {
        var tree = Fixtures.Parse("---\ntitle: ok\nvenue: [unclosed\n---\nbody");

        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal(LamdDiagnosticIds.InvalidFrontMatter, error.Id);
        Assert.InRange(error.Position.Line, 3, 5);
        Assert.Contains("fix the YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_never_closed_is_an_error()
    {
        var error = Assert.Single(Fixtures.Parse("---\ntitle: T\n\nbody").Diagnostics);

        Assert.Equal((LamdDiagnosticIds.InvalidFrontMatter, 1), (error.Id, error.Position.Line));
    }

    [Fact]
    public void Front_matter_merges_over_lamd_yml_defaults()
    {
        var talk = Fixtures.Parse("---\ntitle: Mine\nvenue: Here\n---\n").FrontMatter!;
        var defaults = Fixtures.Parse("---\nvenue: Default\nlayout: talk\n---\n").FrontMatter!;

        var merged = talk.Over(defaults);

        Assert.Equal(["layout", "title", "venue"], merged.Entries.Select(e => e.Key).Order());
        Assert.Equal("Here", merged["venue"]!.Value.ToString());
    }
}
