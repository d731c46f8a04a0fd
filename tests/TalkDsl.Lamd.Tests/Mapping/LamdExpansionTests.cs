using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Reading;
using TalkDsl.Lamd.Tests.Evaluation;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>
/// A construct with no typed call, with lamd's macro files known (<c>--lamd</c>): it becomes what lamd's
/// definitions make of it in the slides build and in the notes build, not its lamd source.
/// </summary>
public sealed class LamdExpansionTests : IDisposable
{
    // A small lamd: output-specific definitions, as talk-macros.gpp includes talk-macros-slides.gpp or -notes.gpp.
    private const string Macros = """
        \ifdef{SLIDES}
        \define{\addatomic{subject}{page}}{}
        \define{\largetext{text}}{<div style="text-align:center">\text</div>}
        \endif
        \ifdef{NOTES}
        \define{\addatomic{subject}{page}}{See the book on \subject, p. \page.}
        \define{\largetext{text}}{\text}
        \endif
        \define{\addblog{title}{link}}{[\title](https://example.org/\link)}
        \define{\figure{contents}{caption}{label}}{\contents\ifdef{NOTES}

        Figure: \caption\endif}
        """;

    private readonly TempTalks _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_lamd_macro_becomes_its_expansion_in_each_output()
    {
        var code = Import("\\subsection{A}\nText.\n\n\\addatomic{trust}{42}\n\n\\largetext{*Centred*}\n");

        Assert.Contains("// lamd \\addatomic at talk.md:9:1 — a lamd macro: not mapped yet; written as lamd's macros expand it.", code, StringComparison.Ordinal);
        Assert.Contains(".Notes(\"\"\"\n            See the book on trust, p. 42.\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
        Assert.Contains(".Slides(\"\"\"\n            <div style=\"text-align:center\">*Centred*</div>\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
        Assert.Contains(".Notes(\"\"\"\n            *Centred*\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
        Assert.DoesNotContain("\\addatomic{", code.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Aggregate(string.Empty, (a, b) => a + b), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_expansion_in_both_outputs_is_one_shared_block_and_inline_it_stays_in_its_paragraph()
    {
        var code = Import("\\subsection{A}\n\\addblog{A post}{2024/post}\n\nRead \\addblog{this}{x} now.\n");

        Assert.Contains(".Markdown(\"\"\"\n            [A post](https://example.org/2024/post)\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
        Assert.Contains("Read [this](https://example.org/x) now.", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_construct_lamd_would_refuse_keeps_lamds_own_definition()
    {
        // \figure with columns inside has no typed call: lamd's \figure definition shows it.
        var code = Import("\\subsection{A}\n\\figure{\\columns{a}{b}{50%}{50%}}{A caption.}{label}\n");

        Assert.Contains("Figure: A caption.", code, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_inside_notes_is_an_include_shown_in_the_notes_only()
    {
        _files.Write("talks/_s/includes/detail.md", "\\subsubsection{Detail}\nOnly in the notes.\n");
        var result = ImportLamdTalk("\\subsection{A}\nShared.\n\\notes{\\include{_s/includes/detail.md}}\n");

        Assert.Matches(@"\.Include\([\w.]+, shownIn: ContentTarget\.Notes\)", TheTalk(result));
        var part = ThePart(result);
        Assert.Contains(".Subsubsection(\"Detail\")", part, StringComparison.Ordinal);
        Assert.Contains(".Markdown(\"\"\"\n            Only in the notes.\n            \"\"\")", part, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_first_included_inside_notes_is_still_included_in_the_slides_where_it_comes_again()
    {
        // gpp reads \notes{…} in lamd's notes build only: there the guard is set and the second include is empty;
        // lamd's slides build meets the snippet first at the second include, and shows it there.
        _files.Write("talks/_s/includes/detail.md", "\\ifndef{detail}\n\\define{detail}\n\\subsection{Detail}\nShown once.\n\\endif\n");
        var result = ImportLamdTalk("\\subsection{A}\nShared.\n\\notes{\\include{_s/includes/detail.md}}\n\n\\include{_s/includes/detail.md}\n");

        var code = TheTalk(result);
        Assert.Matches(@"\.Include\([\w.]+, shownIn: ContentTarget\.Notes\)[\s\S]*\.Include\([\w.]+, shownIn: ContentTarget\.Slides\)", code);
        Assert.DoesNotContain("already included (include guard", code, StringComparison.Ordinal);

        // Rendered, each output shows the snippet once, where lamd's build of it does.
        var talk = GeneratedCode.TalkOf(GeneratedCode.Load(GeneratedCode.Compile(result)), result.Summary.Talks.Single().ClassName);
        Assert.Single(HeadingsOf(talk.RenderNotes(), "Detail"));
        Assert.Single(HeadingsOf(talk.RenderSlides(), "Detail"));
        Assert.Equal(3, talk.Outline().SlideCount);
    }

    [Fact]
    public void Includes_inside_an_html_comment_are_shown_nowhere_and_their_guards_hide_a_later_include()
    {
        // gpp reads the include inside <!-- --> (the guard is set); pandoc shows nothing of the comment.
        _files.Write("talks/_s/includes/detail.md", "\\ifndef{detail}\n\\define{detail}\n\\subsection{Detail}\nHidden.\n\\endif\n");
        var code = Import("\\subsection{A}\nBefore.\n<!--\\include{_s/includes/detail.md}-->\nAfter.\n\n\\include{_s/includes/detail.md}\n");

        Assert.Contains("// lamd HTML comment at talk.md:8:1 — lamd's pages show none of it (gpp still reads the includes inside, so their guards are set); kept as a comment.", code, StringComparison.Ordinal);
        Assert.Contains("// | <!--\\include{_s/includes/detail.md}-->", code, StringComparison.Ordinal);
        Assert.Contains(".Markdown(\"\"\"\n            After.\n            \"\"\")", code, StringComparison.Ordinal);
        Assert.Contains("already included (include guard detail)", code, StringComparison.Ordinal);
        Assert.DoesNotContain(".Include(", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden.", code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_nobody_defined_is_left_out_as_pandoc_leaves_raw_latex_out_of_lamds_pages()
    {
        var code = Import("\\subsection{A}\nGet \\downloadfile{http://x.org/a.png}{a.png} here, $\\mathbf{w}$ stays.\n");

        Assert.Contains("// Left out as lamd's pages leave it out (raw LaTeX, which pandoc drops from HTML): \\downloadfile{…}.", code, StringComparison.Ordinal);
        Assert.Contains("Get  here, $\\mathbf{w}$ stays.", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_lamds_macro_files_a_lamd_macro_nobody_defined_stays_text()
    {
        var talk = _files.Write("talk.md", "---\ntitle: T\ndate: 2020-01-02\n---\n\\subsection{A}\n\\addatomic{trust}{42}\n");
        var result = new LamdImporter(new ImportOptions { DisplayRoot = _files.Root }).Import([talk], Path.Combine(_files.Root, "out"));

        Assert.Contains("\\addatomic{trust}{42}", TheTalk(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Expansions_of_lamd_macros_share_one_budget_per_talk_and_going_over_it_is_LAMD020_at_the_construct()
    {
        // \big costs 2^16 - 1 expansions in each output (slides, notes): under the 200,000 of a talk once, over it the second time.
        var letters = "abcdefghijklmnopq";
        var chain = string.Concat(letters.Skip(1).Select((l, i) => $"\\define{{d{l}}}{{\\d{letters[i]}\\d{letters[i]}}}\n"));
        _files.Write("lamd/macros/talk-macros.gpp", "\\define{da}{x}\n" + chain + "\\define{\\big{text}}{\\dp \\text}\n");
        var talk = _files.Write("talks/talk.md", "---\ntitle: T\ndate: 2020-01-02\n---\n\\subsection{A}\n\\big{one}\n\n\\big{two}\n");

        var result = ImportWithLamd(talk);

        var error = Assert.Single(result.Summary.Errors);
        Assert.Equal(LamdDiagnosticIds.ExpansionBudget, error.Id);
        Assert.Equal(new SourcePosition("talk.md", 8, 1), error.Position);
        Assert.Contains("more than 200,000 macro expansions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_lamds_macros_write_into_a_talk_without_a_bibliography_is_text_as_in_lamd()
    {
        _files.Write("lamd/macros/talk-macros.gpp", "\\define{\\addbook{page}}{See @Lawrence-atomic24, p. \\page.}\n");
        var talk = _files.Write("talks/talk.md", "---\ntitle: T\ndate: 2020-01-02\n---\n\\subsection{A}\n\\addbook{42}\n");

        var result = ImportWithLamd(talk);

        Assert.Contains("See \\@Lawrence-atomic24, p. 42.", TheTalk(result), StringComparison.Ordinal);
        var warning = Assert.Single(result.Summary.Diagnostics, d => d.Id == LamdDiagnosticIds.CitationWithoutBibliography);
        Assert.Equal(6, warning.Position.Line);
        Assert.Empty(GeneratedCode.Problems(GeneratedCode.Compile(result)));
    }

    [Fact]
    public void Lamds_notation_file_beside_its_macros_is_copied_once_and_named_by_every_talk()
    {
        _files.Write("lamd/macros/talk-macros.gpp", Macros);
        _files.Write("lamd/includes/talk-notation.tex", "\\newcommand{\\mappingFunction}{f}\n\\newcommand{\\tk}[1]{}\n");
        var one = _files.Write("talks/one.md", "---\ntitle: One\ndate: 2020-01-02\n---\n\\subsection{A}\n$\\mappingFunction(x)$\n");
        var two = _files.Write("talks/two.md", "---\ntitle: Two\ndate: 2020-01-02\n---\n\\subsection{B}\nText.\n");

        var result = ImportWithLamd(one, two);

        var notation = Assert.Single(result.Files, f => f.RelativePath.EndsWith(".tex", StringComparison.Ordinal));
        Assert.Equal(Path.Combine("Talks", "talk-notation.tex"), notation.RelativePath);
        Assert.Contains("\\newcommand{\\mappingFunction}{f}", notation.Content, StringComparison.Ordinal);
        var talks = result.Files.Where(f => f.RelativePath.StartsWith("Talks", StringComparison.Ordinal) && f.RelativePath.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, talks.Count);
        Assert.All(talks, t => Assert.Contains(".NotationFile(\"talk-notation.tex\")", t.Content, StringComparison.Ordinal));
        Assert.All(talks, t => Assert.DoesNotContain(".Notation(", t.Content, StringComparison.Ordinal));
        Assert.Empty(GeneratedCode.Problems(GeneratedCode.Compile(result)));
    }

    [Fact]
    public void A_pandoc_fenced_div_lamds_macros_write_keeps_its_content_without_the_fences()
    {
        // A macro of the user's (lamd's own \slidesincremental is a typed call: Incremental).
        _files.Write("lamd/macros/talk-macros.gpp", "\\ifdef{SLIDES}\n\\define{\\stepbystep{text}}{::: incremental\n\n\\text\n\n:::}\n\\else\n\\define{\\stepbystep{text}}{}\n\\endif\n");
        var talk = _files.Write("talks/talk.md", "---\ntitle: T\ndate: 2020-01-02\n---\n\\subsection{A}\n\n\\stepbystep{* one\n* two}\n\n```\n:::\n```\n");

        var result = ImportWithLamd(talk);

        var code = TheTalk(result);
        Assert.Contains("pandoc's fenced div ::: incremental is left out, its content kept (shown at once, not item by item).", code, StringComparison.Ordinal);
        Assert.Contains(".Slides(\"\"\"\n            * one\n            * two\n            \"\"\", allowHtml: true)", code, StringComparison.Ordinal);
        Assert.DoesNotContain("::: incremental", code.Replace("::: incremental is left out", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(":::", code[code.IndexOf("```", StringComparison.Ordinal)..], StringComparison.Ordinal); // code keeps its text
    }

    /// <summary>Imports talks of talks/ with lamd's files in lamd/, as <c>--lamd</c> gives them.</summary>
    private ImportResult ImportWithLamd(params string[] talks) =>
        new LamdImporter(new ImportOptions { DisplayRoot = Path.Combine(_files.Root, "talks"), LamdDirectory = Path.Combine(_files.Root, "lamd") })
            .Import(talks, Path.Combine(_files.Root, "out"));

    private static string TheTalk(ImportResult result) => result.Files.Single(f => f.RelativePath.StartsWith("Talks", StringComparison.Ordinal)).Content;

    private static string ThePart(ImportResult result) => result.Files.Single(f => f.RelativePath.StartsWith(TalkDsl.Lamd.Mapping.ImportNames.SnippetsNamespace, StringComparison.Ordinal)).Content;

    private static IEnumerable<string> HeadingsOf(string html, string title) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<h[1-3][^>]*>" + title + "</h[1-3]>").Select(m => m.Value);

    private string Import(string body) => TheTalk(ImportLamdTalk(body));

    private ImportResult ImportLamdTalk(string body)
    {
        _files.Write("lamd/macros/talk-macros.gpp", Macros);
        var talk = _files.Write("talks/talk.md", "---\ntitle: T\ndate: 2020-01-02\n---\n\\include{../talk-macros.gpp}\n" + body);
        var result = ImportWithLamd(talk);
        Assert.Empty(result.Summary.Errors);
        Assert.Empty(GeneratedCode.Problems(GeneratedCode.Compile(result)));
        return result;
    }
}
