using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Evaluation;

public sealed class LamdEvaluatorTests : IDisposable
{
    private readonly TempTalks _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("\\define{a}{AAA}X \\a Y", "X AAA Y")]
    [InlineData("\\define{cat}{#1-#2}\\cat{p}{q}", "p-q")]
    [InlineData("\\define{\\twice{x}}{[\\x|\\x]}\\twice{hi}", "[hi|hi]")]
    [InlineData("\\define{a}{A}\\define{\\wrap{x}}{<\\x>}\\wrap{\\a and \\a}", "<A and A>")]
    [InlineData("\\define{al}{ALIAS}\\al{x}{y}", "ALIAS{x}{y}")]
    [InlineData("\\define{e}{}[\\e{swallowed}]", "[]")]
    [InlineData("\\define{n}{<#1>}\\n{x}{ignored}", "<x>")]
    [InlineData("\\define{n}{<#1>}\\n", "<>")]
    [InlineData("\\define{a}{A}\\defeval{b}{\\a}\\define{a}{new}\\b \\a", "A new")]
    [InlineData("\\define{a}{A}\\undef{a}\\a", "\\a")]
    [InlineData("\\define{a}{A}\\ifdef{a}yes\\else no\\endif", "yes")]
    [InlineData("\\ifndef{zz}not defined\\endif", "not defined")]
    [InlineData("\\define{a}{AAA}\\ifeq{\\a}{ AAA }equal\\else different\\endif", "equal")]
    [InlineData("\\ifneq{a}{b}differ\\endif", "differ")]
    [InlineData("Issue #1 stays", "Issue #1 stays")]
    public void Macros_expand_as_gpp_expands_them(string source, string expected) =>
        Assert.Equal(expected, _files.Body(source));

    [Fact]
    public void A_macro_nobody_defined_passes_through_with_its_arguments_evaluated()
    {
        Assert.Equal("$\\mathbf{y} = \\alpha$ \\textbf{LOUD} \\foo{a}{b}", _files.Body("\\define{shout}{LOUD}$\\mathbf{y} = \\alpha$ \\textbf{\\shout} \\foo{a}{b}"));
    }

    [Fact]
    public void Lamd_constructs_stay_structured_with_their_arguments_evaluated()
    {
        Assert.Equal("⟦subsection:Intro⟧\n⟦notes:a **b** c⟧\n⟦figure:⟦includepng:\\diagramsDir/x|70%⟧|cap|lbl⟧\n⟦thanks⟧",
            _files.Body("\\define{\\hl{t}}{**\\t**}\\subsection{Intro}\n\\notes{a \\hl{b} c}\n\\figure{\\includepng{\\diagramsDir/x}{70%}}{cap}{lbl}\n\\thanks"));
    }

    [Fact]
    public void A_macro_may_expand_into_a_construct_positioned_at_the_call()
    {
        var (talk, _) = _files.Read("\n\\define{\\aside{x}}{\\notes{\\x}}\n\n  \\aside{hidden}");

        var notes = talk!.Body.OfType<BodyConstruct>().Single();
        Assert.Equal(("notes", new SourcePosition("talk.md", 7, 3)), (notes.Name, notes.Position));
    }

    [Theory]
    [InlineData("\\ifdef{SLIDES}s\\else n\\endif", "⟦Slides:s⟧⟦Notes: n⟧")]
    [InlineData("\\ifndef{SLIDES}n\\endif", "⟦Notes:n⟧")]
    [InlineData("\\ifdef{NOTES}n\\else s\\endif", "⟦Notes:n⟧⟦Slides: s⟧")]
    [InlineData("\\ifndef{NOTES}s\\endif", "⟦Slides:s⟧")]
    public void Slides_and_notes_conditionals_become_branches(string source, string expected) =>
        Assert.Equal(expected, _files.Body(source));

    [Fact]
    public void Build_flags_take_the_branch_lamd_html_takes_and_keep_the_other_as_a_set_aside()
    {
        Assert.Equal("html⟦aside \\ifdef{HTML}⟧", _files.Body("\\ifdef{HTML}html\\else latex\\endif"));
        Assert.Equal("⟦aside \\ifdef{CODE}⟧", _files.Body("\\ifdef{CODE}notebook only\\endif"));
        Assert.Equal("no exercises", _files.Body("\\ifdef{EXERCISES}\\else no exercises\\endif"));
        Assert.Equal(string.Empty, _files.Body("\\ifdef{mySymbol}silently gone, as in gpp\\endif"));
    }

    [Fact]
    public void Includes_are_searched_in_the_file_folder_its_parent_and_the_snippets_folders()
    {
        _files.Write("talks/here.md", "here");
        _files.Write("parent.md", "parent");
        _files.Write("lib/_x/includes/snip.md", "snippet");
        var (talk, workspace) = _files.Read("\\include{here.md}\\include{parent.md}\\include{_x/includes/snip.md}", "talks/talk.md", "lib");

        Assert.Empty(workspace.Diagnostics);
        Assert.Equal(["talks/here.md", "parent.md", "lib/_x/includes/snip.md"], talk!.Body.OfType<BodyInclude>().Select(i => i.Part!.DisplayPath));
    }

    [Fact]
    public void A_missing_include_is_a_warning_at_the_including_line_and_the_talk_goes_on()
    {
        var (talk, workspace) = _files.Read("Before.\n\n  \\include{_x/includes/gone.md}\nAfter.");

        var warning = Assert.Single(workspace.Diagnostics);
        Assert.Equal((LamdSeverity.Warning, LamdDiagnosticIds.MissingInclude, new SourcePosition("talk.md", 6, 3)), (warning.Severity, warning.Id, warning.Position));
        Assert.Contains("the import goes on without it", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Before.\n\n  ⟦include _x/includes/gone.md Missing⟧\nAfter.", TempTalks.Dump(talk!.Body).Trim());
    }

    [Fact]
    public void A_guarded_snippet_included_twice_is_included_once()
    {
        _files.Write("lab.md", "\\ifndef{lab}\n\\define{lab}\n\\subsection{Lab}\n\\endif\n");

        Assert.Equal("⟦include lab.md Included⟧\n⟦include lab.md Repeated⟧", _files.Body("\\include{lab.md}\n\\include{lab.md}"));
    }

    [Fact]
    public void The_part_holds_the_guarded_content_without_the_guard()
    {
        _files.Write("lab.md", "\\ifndef{lab}\n\\define{lab}\n\\subsection{Lab}\n\\endif\n");
        var (_, workspace) = _files.Read("\\include{lab.md}");

        var part = Assert.Single(workspace.Parts.Values);
        Assert.Equal("lab", part.Guard!.Symbol);
        Assert.Equal("⟦subsection:Lab⟧", TempTalks.Dump(part.Body).Trim());
    }

    [Fact]
    public void A_macro_file_include_defines_its_macros_in_place()
    {
        _files.Write("macros.gpp", "\\define{course}{ML}\n");

        Assert.Equal("Course: ML", _files.Body("\\include{macros.gpp}Course: \\course"));
    }

    [Fact]
    public void A_macro_defined_in_another_file_expands_with_that_file_text()
    {
        _files.Write("lib/macros.gpp", "\\define{\\setup{x}}{\\define{inner}{[\\x]}\\ifdef{CODE}code only\\endif}\n");

        // The body is sliced from macros.gpp, not from the talk; \x is a named argument only while \setup runs (as in gpp).
        Assert.Equal("before ⟦aside \\ifdef{CODE}⟧ after [\\x]", _files.Body("\\include{lib/macros.gpp}before \\setup{v} after \\inner"));
        var (talk, _) = _files.Read("\\include{lib/macros.gpp}\\setup{v}");
        Assert.Equal("code only", talk!.Body.OfType<BodySetAside>().Single().Source);
    }

    [Fact]
    public void A_recursive_include_is_an_error_of_the_file_that_closes_the_loop()
    {
        _files.Write("a.md", "A \\include{b.md}");
        _files.Write("b.md", "B \\include{a.md}");
        var (talk, workspace) = _files.Read("\\include{a.md}");

        var error = workspace.Diagnostics.Single(d => d.Severity == LamdSeverity.Error);
        Assert.Equal((LamdDiagnosticIds.RecursiveInclude, new SourcePosition("b.md", 1, 3)), (error.Id, error.Position));
        Assert.Contains("a.md → b.md → a.md", error.Message, StringComparison.Ordinal);
        Assert.Equal("⟦include a.md Included⟧", TempTalks.Dump(talk!.Body).Trim());
        Assert.Equal("A ⟦include b.md Failed⟧", TempTalks.Dump(workspace.Parts.Values.Single().Body));
    }

    [Fact]
    public void A_snippet_with_an_error_is_left_out_and_the_talk_imports()
    {
        _files.Write("broken.md", "text\n\\endif");
        _files.Write("empty.md", "");
        var (talk, workspace) = _files.Read("\\include{broken.md}\n\\include{empty.md}");

        Assert.Equal("⟦include broken.md Failed⟧\n⟦include empty.md Failed⟧", TempTalks.Dump(talk!.Body).Trim());
        Assert.Equal(
            [LamdDiagnosticIds.StrayConditional, LamdDiagnosticIds.IncludeFailed, LamdDiagnosticIds.EmptyFile, LamdDiagnosticIds.IncludeFailed],
            workspace.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_conditional_open_at_the_end_of_the_file_ends_there_as_in_gpp_with_a_warning()
    {
        var (talk, workspace) = _files.Read("a\n\\ifndef{UNDEFINED}\nshown\n");

        Assert.Equal("a\n\nshown", TempTalks.Dump(talk!.Body).Trim());
        var warning = workspace.Diagnostics.Single();
        Assert.Equal((LamdSeverity.Warning, LamdDiagnosticIds.UnterminatedConditional), (warning.Severity, warning.Id));
    }

    [Fact]
    public void A_brace_never_closed_is_text_and_the_macro_takes_the_arguments_before_it_as_in_gpp()
    {
        var (talk, workspace) = _files.Read("\\define{foo}{[#1]}\na \\foo{b\nc\n");

        Assert.Equal("a []{b\nc", TempTalks.Dump(talk!.Body).Trim());
        Assert.Equal((LamdSeverity.Warning, LamdDiagnosticIds.UnbalancedBraces), (workspace.Diagnostics.Single().Severity, workspace.Diagnostics.Single().Id));
    }

    [Fact]
    public void An_error_in_the_talk_itself_fails_the_talk()
    {
        var (talk, workspace) = _files.Read("\\notes{\\ifdef{SLIDES} never closed in the argument}");

        Assert.Null(talk);
        Assert.Equal(LamdDiagnosticIds.UnterminatedConditional, workspace.Diagnostics.Single().Id);
    }

    [Fact]
    public void A_macro_that_expands_into_itself_is_an_error_not_a_hang()
    {
        var (talk, workspace) = _files.Read("\\define{loop}{again \\loop}\\loop");

        Assert.Null(talk);
        Assert.Equal(LamdDiagnosticIds.RecursiveMacro, workspace.Diagnostics.Single().Id);
    }

    [Fact]
    public void Lamd_own_definitions_of_its_constructs_are_not_used()
    {
        var (talk, workspace) = _files.Read("\\define{\\notes{text}}{}\\notes{kept}");

        Assert.Equal("⟦notes:kept⟧", TempTalks.Dump(talk!.Body));
        Assert.Equal((LamdSeverity.Info, LamdDiagnosticIds.IgnoredDefinition), (workspace.Diagnostics.Single().Severity, workspace.Diagnostics.Single().Id));
    }

    [Fact]
    public void Front_matter_merges_over_lamd_yml_in_the_talk_folder()
    {
        _files.Write("_lamd.yml", "venue: Default\nlayout: talk\n");
        var (talk, _) = _files.Read("body");

        Assert.Equal(["layout", "title", "venue"], talk!.FrontMatter.Entries.Select(e => e.Key).Order());
        Assert.Equal(new SourcePosition("_lamd.yml", 1, 1), talk.FrontMatter["venue"]!.Position);
    }

    [Fact]
    public void A_snippet_read_differently_by_a_later_talk_becomes_a_second_reading_as_gpp_reads_it_afresh_in_each_talk()
    {
        _files.Write("snip.md", "\\ifdef{long}long version\\else short version\\endif");

        var (one, two, workspace) = ReadTwoTalks("\\include{snip.md}", "\\define{long}\\include{snip.md}");

        Assert.Equal(" short version", TempTalks.Dump(PartOf(one).Body));
        Assert.Equal("long version", TempTalks.Dump(PartOf(two).Body));
        Assert.Equal([1, 2], workspace.Parts.Values.Select(p => p.Reading).Order());
        var finding = workspace.Diagnostics.Single();
        Assert.Equal((LamdSeverity.Info, LamdDiagnosticIds.SnippetDiffers, new SourcePosition("two.md", 4, 14)), (finding.Severity, finding.Id, finding.Position));
    }

    [Fact]
    public void A_snippet_s_headings_read_with_noSlideTitle_defined_are_marked_and_a_second_reading()
    {
        _files.Write("snip.md", "\\subsection{Quiet}\ntext\n");

        var (one, two, workspace) = ReadTwoTalks("\\include{snip.md}", "\\define{noSlideTitle}\\include{snip.md}");

        Assert.False(PartOf(one).Body.OfType<BodyConstruct>().Single().NoSlideTitle);
        Assert.True(PartOf(two).Body.OfType<BodyConstruct>().Single().NoSlideTitle);
        Assert.Equal([1, 2], workspace.Parts.Values.Select(p => p.Reading).Order());
    }

    [Fact]
    public void Talks_that_read_a_snippet_alike_share_one_part_per_reading()
    {
        _files.Write("snip.md", "\\ifndef{snip}\\define{snip}\\ifndef{debt}Debt. \\endif Text.\\endif");
        var talks = new[] { "", "\\define{debt}", "", "\\define{debt}" }
            .Select((before, i) => _files.Write($"t{i}.md", $"---\ntitle: T{i}\n---\n{before}\\include{{snip.md}}")).ToList();
        var workspace = Fixtures.Workspace(_files.Root);

        var parts = talks.Select(t => PartOf(workspace.ReadTalk(t)!)).ToList();

        Assert.Equal(2, workspace.Parts.Count);
        Assert.Same(parts[0], parts[2]);
        Assert.Same(parts[1], parts[3]);
        Assert.Equal(("Debt.  Text.", " Text."), (TempTalks.Dump(parts[0].Body), TempTalks.Dump(parts[1].Body)));
    }

    [Fact]
    public void A_snippet_that_includes_a_snippet_read_differently_is_read_differently_too()
    {
        // outer.md's own text is the same in both talks; the part it includes is not.
        _files.Write("inner.md", "\\ifdef{long}Long.\\else Short.\\endif");
        _files.Write("outer.md", "Outer. \\include{inner.md}");

        var (one, two, _) = ReadTwoTalks("\\include{outer.md}", "\\define{long}\\include{outer.md}");

        var (outerOne, outerTwo) = (PartOf(one), PartOf(two));

        Assert.NotSame(outerOne, outerTwo);
        Assert.Equal((1, 2), (outerOne.Reading, outerTwo.Reading));
        Assert.Equal(("Long.", 2), (TempTalks.Dump(PartOf(outerTwo).Body), PartOf(outerTwo).Reading));
    }

    [Fact]
    public void A_guarded_snippet_a_snippet_includes_again_stays_included_there_as_which_talk_repeats_it_differs()
    {
        // short.md is one part for both talks: in one.md the guard of blog.md is set before it, in two.md it is not.
        _files.Write("blog.md", "\\ifndef{blog}\\define{blog}Blog.\\endif");
        _files.Write("short.md", "\\ifndef{short}\\define{short}Short. \\include{blog.md}\\endif");

        var (one, _, workspace) = ReadTwoTalks("\\include{blog.md}\n\\include{short.md}\n\\include{blog.md}", "\\include{short.md}");

        Assert.Equal("Short. ⟦include blog.md Included⟧", TempTalks.Dump(workspace.Parts.Values.Single(p => p.DisplayPath == "short.md").Body));
        Assert.EndsWith("⟦include blog.md Repeated⟧", TempTalks.Dump(one.Body), StringComparison.Ordinal);
        Assert.Empty(workspace.Diagnostics);
    }

    /// <summary>Reads one.md then two.md (bodies given) in one workspace, as one import reads its talks.</summary>
    private (LamdTalk One, LamdTalk Two, LamdWorkspace Workspace) ReadTwoTalks(string oneBody, string twoBody)
    {
        var first = _files.Write("one.md", "---\ntitle: One\n---\n" + oneBody);
        var second = _files.Write("two.md", "---\ntitle: Two\n---\n" + twoBody);
        var workspace = Fixtures.Workspace(_files.Root);
        return (workspace.ReadTalk(first)!, workspace.ReadTalk(second)!, workspace);
    }

    private static LamdPart PartOf(LamdTalk talk) => PartOf(talk.Body);

    private static LamdPart PartOf(LamdPart part) => PartOf(part.Body);

    private static LamdPart PartOf(System.Collections.Immutable.ImmutableArray<BodyNode> body) =>
        body.OfType<BodyInclude>().Single(i => i.Part is not null).Part!;
}
