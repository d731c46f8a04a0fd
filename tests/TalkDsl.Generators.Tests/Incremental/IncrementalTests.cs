using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Incremental;

/// <summary>
/// The generator in the IDE runs on every keystroke; these tests prove it recomputes only what an edit
/// touched (in the style of NetEscapades.EnumGenerators and Mapperly): every named step reports how it ran.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void A_second_run_on_a_cloned_compilation_caches_every_step_and_every_output()
    {
        var compilation = ManyTalks(count: 5);
        var driver = DriverWithABib().RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        driver = driver.RunGenerators(compilation.Clone());
        var second = driver.GetRunResult().Results.Single();

        Assert.Equal(StepNames.Order(), second.TrackedSteps.Keys.Where(StepNames.Contains).Order());
        foreach (var name in StepNames)
        {
            var before = first.TrackedSteps[name].SelectMany(s => s.Outputs).Select(o => o.Value);
            var after = second.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(before, after.Select(o => o.Value));
            Assert.All(after, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Theory]
    [InlineData("Talk 3 content.", "Talk 3 content, edited.")]
    [InlineData("Figure of talk 3.", "Figure of talk 3, edited.")]
    [InlineData("talk3.png", "talk3-edited.png")]
    [InlineData(@"\talkThree", @"\talkThreeEdited")]
    [InlineData("frame3-0.png", "frame3-edited.png")]
    [InlineData("Frame of talk 3.", "Frame of talk 3, edited.")]
    public void Editing_one_talk_among_many_leaves_the_other_talks_cached(string find, string replace)
    {
        var compilation = ManyTalks(count: 10);
        var driver = DriverWithABib().RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, "/src/Talk3.cs", find, replace));
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(1, Count(run, TrackingNames.Talks, IncrementalStepRunReason.Modified));
        Assert.Equal(9, Count(run, TrackingNames.Talks, IncrementalStepRunReason.Unchanged) + Count(run, TrackingNames.Talks, IncrementalStepRunReason.Cached));
        Assert.Equal(1, Count(run, TrackingNames.ResolvedTalks, IncrementalStepRunReason.Modified));
        Assert.Equal(9, Count(run, TrackingNames.ResolvedTalks, IncrementalStepRunReason.Cached));
        AllCachedOrUnchanged(run, TrackingNames.Parts, TrackingNames.PartTable, TrackingNames.ReferencedParts, TrackingNames.CatalogEntries, TrackingNames.Catalog);

        var modifiedOutputs = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(1, modifiedOutputs);
        Assert.Contains(replace.Replace(@"\", @"\\", StringComparison.Ordinal), GeneratorHarness.Sources(driver)["Demo.Talk3.Define.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_where_an_include_shows_regenerates_only_that_talk()
    {
        var compilation = ManyTalks(count: 4);
        var driver = DriverWithABib().RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, "/src/Talk3.cs", "Part3, shownIn: ContentTarget.Both", "Part3, shownIn: ContentTarget.Slides"));
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(1, Count(run, TrackingNames.Talks, IncrementalStepRunReason.Modified));
        Assert.Equal(1, Count(run, TrackingNames.ResolvedTalks, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(run, TrackingNames.ResolvedTalks, IncrementalStepRunReason.Cached));
        AllCachedOrUnchanged(run, TrackingNames.Parts, TrackingNames.PartTable, TrackingNames.ReferencedParts, TrackingNames.CatalogEntries, TrackingNames.Catalog);
        Assert.Single(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("using (replay.ShownIn(global::TalkDsl.ContentTarget.Slides)) global::Demo.Parts.ReplayPart3Part(replay);", GeneratorHarness.Sources(driver)["Demo.Talk3.Define.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_part_re_resolves_only_the_talks_that_include_it()
    {
        var compilation = ManyTalks(count: 4);
        var driver = DriverWithABib().RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, "/src/Parts.cs", "Used by talk 0.", "Used by talk 0, edited."));
        var run = driver.GetRunResult().Results.Single();

        // Each talk is joined with the parts it reaches: the others' joins are unchanged, so their resolution is not re-run.
        Assert.Equal(1, Count(run, TrackingNames.PartTable, IncrementalStepRunReason.Modified));
        Assert.Equal(1, Count(run, TrackingNames.ReachedByTalks, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(run, TrackingNames.ReachedByTalks, IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, Count(run, TrackingNames.ResolvedTalks, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(run, TrackingNames.ResolvedTalks, IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_a_part_included_by_a_part_re_resolves_the_talks_that_reach_it_through_the_other()
    {
        var compilation = TestCompilation.Create([("/src/Parts.cs", """
            using TalkDsl;
            namespace Demo;
            public static partial class Parts
            {
                [TalkPart] public static TalkPart Outer => TalkPart.Create().Subsection("Outer").Markdown("Outer text.").Include(Inner);
                [TalkPart] public static TalkPart Inner => TalkPart.Create().Markdown("Inner text.");
            }
            """), ("/src/Talks.cs", """
            using TalkDsl;
            namespace Demo;
            public static partial class Reaching
            {
                [Talk] public static Talk Define() => Talk.Titled("Reaching").Author(given: "A", family: "B").Include(Parts.Outer);
            }
            public static partial class Apart
            {
                [Talk] public static Talk Define() => Talk.Titled("Apart").Author(given: "A", family: "B").Subsection("Own").Markdown("Own text.");
            }
            """)]);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, "/src/Parts.cs", "Inner text.", "Inner text, edited."));
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(1, Count(run, TrackingNames.ReachedByTalks, IncrementalStepRunReason.Modified));
        Assert.Equal(1, Count(run, TrackingNames.ReachedByTalks, IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, Count(run, TrackingNames.ResolvedTalks, IncrementalStepRunReason.Cached));
        Assert.Equal(2, Count(run, TrackingNames.ReachedByParts, IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Editing_a_part_that_keeps_its_talks_outlines_regenerates_only_that_part()
    {
        // A part's content is compiled once, in its own file; the talks that include it call its replay member.
        // An edit that changes no talk's outline (same words, same headings) leaves every talk's file as it was.
        var compilation = ManyTalks(count: 4);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var before = GeneratorHarness.Sources(driver);

        driver = driver.RunGenerators(Edit(compilation, "/src/Parts.cs", "Used by talk 2.", "Used by talk 2!"));
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(1, Count(run, TrackingNames.ResolvedParts, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(run, TrackingNames.ResolvedParts, IncrementalStepRunReason.Cached));
        Assert.Equal(1, Count(run, TrackingNames.ResolvedTalks, IncrementalStepRunReason.Unchanged));
        Assert.Equal(3, Count(run, TrackingNames.ResolvedTalks, IncrementalStepRunReason.Cached));
        var modified = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Cached).ToList();
        Assert.Single(modified);
        var after = GeneratorHarness.Sources(driver);
        Assert.Equal(["Demo.Parts.Part2.g.cs"], after.Keys.Where(k => after[k] != before[k]));
        Assert.Contains("\"Used by talk 2!\"", after["Demo.Parts.Part2.g.cs"], StringComparison.Ordinal);
        Assert.Contains("global::Demo.Parts.ReplayPart2Part(replay);", after["Demo.Talk2.Define.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("Used by talk", after["Demo.Talk2.Define.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached()
    {
        var compilation = ManyTalks(count: 5);
        var driver = DriverWithABib().RunGenerators(compilation);

        var edited = compilation
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Demo; public static class Unrelated { public static int Answer => 42; }", TestCompilation.ParseOptions, "/src/Unrelated.cs"));
        edited = Edit(edited, "/src/Talk1.cs", "// talk file", "// talk file, with a comment edited");
        driver = driver.RunGenerators(edited);
        var run = driver.GetRunResult().Results.Single();

        AllCachedOrUnchanged(run, StepNames);
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Moving_a_talk_down_the_file_changes_no_model_because_models_hold_no_positions()
    {
        var compilation = ManyTalks(count: 3);
        var driver = DriverWithABib().RunGenerators(compilation);

        driver = driver.RunGenerators(Edit(compilation, "/src/Talk2.cs", "// talk file", "// talk file\n\n\n"));
        var run = driver.GetRunResult().Results.Single();

        AllCachedOrUnchanged(run, StepNames);
    }

    [Fact]
    public void Step_outputs_hold_no_symbol_syntax_compilation_or_location()
    {
        var compilation = TestCompilation.Create(TestTalks.Representative, TestTalks.PartsFile, TestTalks.Dynamic, TestTalks.Nested, TestTalks.Typed, TestTalks.TypedPartsFile);
        var run = DriverWithABib().RunGenerators(compilation).GetRunResult().Results.Single();

        var visited = 0;
        foreach (var name in StepNames)
        {
            foreach (var output in run.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                visited += AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }

        Assert.True(visited > 50, $"The walk saw only {visited} objects: it is not looking at the models.");
    }

    [Fact]
    public void Editing_a_bib_re_emits_only_the_talks_that_cite_the_entry_it_changes()
    {
        var (compilation, a, b) = CitingTalks();
        var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts([a, b]).RunGenerators(compilation);
        Assert.All(GeneratorHarness.Sources(driver).Where(s => s.Key != "TalkCatalog.g.cs"), s => Assert.Contains("isPrecompiled: true", s.Value, StringComparison.Ordinal));

        var edited = new AnalyzerHarness.InMemoryText("/src/a.bib", a.GetText()!.ToString().Replace("{First of A}", "{First of A, edited}", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(a, edited).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(1, Count(run, TrackingNames.BibliographyFiles, IncrementalStepRunReason.Modified));
        Assert.Equal(1, Count(run, TrackingNames.BibliographyFiles, IncrementalStepRunReason.Cached) + Count(run, TrackingNames.BibliographyFiles, IncrementalStepRunReason.Unchanged));
        AllCachedOrUnchanged(run, TrackingNames.Talks, TrackingNames.ResolvedTalks, TrackingNames.PartTable, TrackingNames.Catalog);
        Assert.Equal(1, Count(run, TrackingNames.CitedTalks, IncrementalStepRunReason.Modified));
        Assert.Equal(3, Count(run, TrackingNames.CitedTalks, IncrementalStepRunReason.Unchanged));
        var modified = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(1, modified);
        Assert.Contains("\"First of A, edited\"", GeneratorHarness.Sources(driver)["Demo.CitesFirst.Define.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_an_entry_no_talk_cites_re_emits_nothing()
    {
        var (compilation, a, b) = CitingTalks();
        var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts([a, b]).RunGenerators(compilation);

        var edited = new AnalyzerHarness.InMemoryText("/src/a.bib", a.GetText()!.ToString() + "\n@misc{a3, title = {Cited by no talk}, year = 2003}\n");
        driver = driver.ReplaceAdditionalText(a, edited).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(1, Count(run, TrackingNames.BibliographyFiles, IncrementalStepRunReason.Modified));
        AllCachedOrUnchanged(run, TrackingNames.ResolvedTalks, TrackingNames.CitedTalks);
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_talk_whose_bib_is_not_given_to_the_compiler_or_lacks_a_key_is_built_at_run_time()
    {
        var (compilation, a, _) = CitingTalks();
        var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts([a]).RunGenerators(compilation);
        var sources = GeneratorHarness.Sources(driver);

        Assert.Contains("isPrecompiled: true", sources["Demo.CitesFirst.Define.g.cs"], StringComparison.Ordinal);
        Assert.Contains("isPrecompiled: false", sources["Demo.CitesSecond.Define.g.cs"], StringComparison.Ordinal); // b.bib is not an AdditionalFile

        driver = driver.ReplaceAdditionalText(a, new AnalyzerHarness.InMemoryText("/src/a.bib", "@misc{a2, title = {Second of A}, year = 2002}")).RunGenerators(compilation);
        Assert.Contains("isPrecompiled: false", GeneratorHarness.Sources(driver)["Demo.CitesFirst.Define.g.cs"], StringComparison.Ordinal); // a1 is gone
        Assert.Contains("isPrecompiled: true", GeneratorHarness.Sources(driver)["Demo.AlsoFirst.Define.g.cs"], StringComparison.Ordinal);
    }

    /// <summary>Four talks: two cite from a.bib (different entries), one from b.bib, one cites nothing.</summary>
    private static (CSharpCompilation Compilation, AdditionalText A, AdditionalText B) CitingTalks()
    {
        static (string, string) Talk(string name, string bib, string markdown) => ($"/src/{name}.cs", $$"""
            using TalkDsl;
            namespace Demo;
            public static partial class {{name}}
            {
                [Talk]
                public static Talk Define() => Talk.Titled("{{name}}").Author(given: "Ada", family: "Lovelace"){{(bib.Length > 0 ? $".Bibliography(\"{bib}\")" : string.Empty)}}.Subsection("S").Markdown("{{markdown}}").References();
            }
            """);
        var compilation = TestCompilation.Create([
            Talk("CitesFirst", "a.bib", "As [@a1] says."),
            Talk("AlsoFirst", "a.bib", "As [@a2] says."),
            Talk("CitesSecond", "b.bib", "As @b1 says."),
            Talk("Plain", string.Empty, "No citation."),
        ]);
        return (
            compilation,
            new AnalyzerHarness.InMemoryText("/src/a.bib", "@misc{a1, author = {Ann Author}, title = {First of A}, year = 2001}\n@misc{a2, author = {Ann Author}, title = {Second of A}, year = 2002}\n"),
            new AnalyzerHarness.InMemoryText("/src/b.bib", "@misc{b1, author = {Bo Bee}, title = {First of B}, year = 2001}\n"));
    }

    /// <summary>A driver given a .bib no talk names, so every step, the bibliography ones too, runs and is tracked.</summary>
    private static GeneratorDriver DriverWithABib() =>
        GeneratorHarness.CreateDriver().AddAdditionalTexts([new AnalyzerHarness.InMemoryText("/src/unused.bib", "@misc{unused, title = {Unused}, year = 2000}")]);

    /// <summary><paramref name="count"/> talks in their own files, each including its own part from one parts file.</summary>
    private static CSharpCompilation ManyTalks(int count)
    {
        var files = Enumerable.Range(0, count).Select(i => ($"/src/Talk{i}.cs", $$"""
            // talk file
            using TalkDsl;

            namespace Demo;

            public static partial class Talk{{i}}
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Talk {{i}}")
                    .Author(given: "Ada", family: "Lovelace")
                    .Notation(@"\talk{{Words(i)}}", "t_{{i}}")
                    .Subsection("Opening")
                        .Markdown("Talk {{i}} content.")
                        .Figure(Media.Image("talk{{i}}.png", "50%"), "Figure of talk {{i}}.", "talk-{{i}}")
                        .Animation("frames-{{i}}", [Media.Image("frame{{i}}-0.png", alt: "A"), Media.Markdown("Frame of talk {{i}}.")], ContentTarget.Slides)
                    .Include(Parts.Part{{i}}, shownIn: ContentTarget.Both)
                    .Thanks();
            }
            """)).ToList();
        var parts = string.Join("\n", Enumerable.Range(0, count).Select(i =>
            $$"""    [TalkPart] public static TalkPart Part{{i}} => TalkPart.Create().Subsection("Part {{i}}").Markdown("Used by talk {{i}}.").Columns(Media.Markdown("left {{i}}"), Media.YouTube("dQw4w9WgXcQ"));"""));
        files.Add(("/src/Parts.cs", "using TalkDsl;\nnamespace Demo;\npublic static partial class Parts\n{\n" + parts + "\n}\n"));
        return TestCompilation.Create(files);
    }

    /// <summary>A notation command for talk <paramref name="i"/>: letters only, e.g. <c>Three</c>.</summary>
    private static string Words(int i) => new[] { "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine" }[i];

    private static CSharpCompilation Edit(CSharpCompilation compilation, string path, string find, string replace)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.GetText();
        var start = text.ToString().IndexOf(find, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{find}' not in {path}");
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(start, find.Length), replace))));
    }

    private static int Count(GeneratorRunResult run, string step, IncrementalStepRunReason reason) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Count(o => o.Reason == reason);

    private static void AllCachedOrUnchanged(GeneratorRunResult run, params string[] steps)
    {
        foreach (var step in steps)
        {
            Assert.All(run.TrackedSteps[step].SelectMany(s => s.Outputs), o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
    }

    /// <summary>Walks a model: every object it holds must be a value, never a Roslyn object that pins a compilation.</summary>
    private static int AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return 1;
        }

        Assert.False(
            value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location or IOperation,
            $"{path} holds a {value.GetType().Name}");
        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return 0;
        }

        var count = 1;
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                count += AssertNoRoslynObjects(item, $"{path}[{index++}]", seen);
            }

            return count;
        }

        if (value is ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                count += AssertNoRoslynObjects(tuple[i], $"{path}.Item{i + 1}", seen);
            }

            return count;
        }

        Assert.True(value.GetType().Assembly == typeof(TalkGenerator).Assembly, $"{path} holds a {value.GetType().FullName}, which is not a pipeline model");
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            count += AssertNoRoslynObjects(property.GetValue(value), $"{path}.{property.Name}", seen);
        }

        return count;
    }
}
