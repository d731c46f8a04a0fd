using TalkDsl.Generators.Tests.Infrastructure;
using TalkDsl.Rendering;
using TalkDsl.Testing;

namespace TalkDsl.Generators.Tests.Generation;

/// <summary>
/// The generated renderers replay compile-time constants; the run time builds the talk and replays the
/// model. Both must send the same writer events and write the same bytes, for every test talk, the run-time
/// tests' talk of every typed call, and the example.
/// </summary>
public class DifferentialTests
{
    /// <summary>Notes options that show the edit links, so each <c>EditMe()</c>'s file is in the output.</summary>
    private static readonly NotesOptions EditLinks = new() { EditBaseUrl = "https://example.org/talks/edit/main/", SourceRoot = "/" };

    public static TheoryData<string> Compilations => new(TestTalks.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Compilations))]
    public void Generated_renderers_write_what_the_built_talk_writes(string name)
    {
        var (_, output, _) = GeneratorHarness.Run(TestCompilation.Create(TestTalks.All.Single(t => t.Name == name).Files));
        var catalog = LoadedAssembly.Emit(output).Catalog("TalkTests");

        var talk = Assert.Single(catalog);
        Assert.Equal(name != "Dynamic", talk.IsPrecompiled);
        AssertSameOutputs(talk);
    }

    [Fact]
    public void The_run_time_tests_talk_of_every_typed_call_renders_the_same_both_ways_and_is_precompiled()
    {
        var (_, output, diagnostics) = GeneratorHarness.Run(TestCompilation.Create(TestTalks.TypedTalksEverything()));
        Assert.Empty(diagnostics);

        var talk = Assert.Single(LoadedAssembly.Emit(output).Catalog("TalkTests"));

        Assert.True(talk.IsPrecompiled, "TypedTalks.Everything should replay compile-time constants");
        Assert.Contains(RecordingWriter.Record(talk), e => e.StartsWith("Figure(Markdown(", StringComparison.Ordinal));
        Assert.Contains("https://example.org/talks/edit/main/src/File0.cs", talk.RenderNotes(EditLinks), StringComparison.Ordinal);
        AssertSameOutputs(talk);
    }

    [Fact]
    public void The_run_time_tests_talk_of_pauses_slide_text_and_animations_renders_the_same_both_ways_and_is_precompiled()
    {
        var (_, output, diagnostics) = GeneratorHarness.Run(TestCompilation.Create(TestTalks.SteppingTestsStepped()));
        Assert.Empty(diagnostics);

        var talk = Assert.Single(LoadedAssembly.Emit(output).Catalog("TalkTests"));

        Assert.True(talk.IsPrecompiled, "SteppingTests.Stepped should replay compile-time constants");
        var events = RecordingWriter.Record(talk);
        Assert.Contains("SlideText(Small, A *small* remark.)", events);
        Assert.Contains(events, e => e.StartsWith("Animation(pca-directions, [Image(diagrams/pca-0.svg", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("Animation(notes-only, [", StringComparison.Ordinal) && e.EndsWith("Notes)", StringComparison.Ordinal));
        AssertSameOutputs(talk);
    }

    [Fact]
    public void A_part_with_an_animation_and_slide_text_in_another_assembly_replays_through_its_manifest()
    {
        var (_, parts, _) = GeneratorHarness.Run(TestCompilation.Create([("/parts/Steps.cs", """
            using TalkDsl;
            namespace Demo.Parts;
            public static partial class Steps
            {
                [TalkPart]
                public static TalkPart Stepped => TalkPart.Create()
                    .Subsection("Steps")
                    .Incremental("* one\n* two")
                    .SlidesSmall("small")
                    .Animation("frames", [Media.Image("f-0.png", "50%", "Zero"), Media.Markdown("One")], ContentTarget.Slides);
            }
            """)], "StepParts"));
        var talk = TalkIncluding("Demo.Parts.Steps.Stepped", parts);

        Assert.True(talk.IsPrecompiled, "the part's manifest should carry the stepping calls");
        Assert.Contains("Animation(frames, [Image(f-0.png, 50%, Zero), Markdown(One, False)], Slides)", RecordingWriter.Record(talk));
        AssertSameOutputs(talk);
    }

    [Fact]
    public void A_part_s_code_shown_on_the_slides_in_another_assembly_stays_on_the_slides()
    {
        var (_, parts, _) = GeneratorHarness.Run(TestCompilation.Create([("/parts/Listings.cs", """
            using TalkDsl;
            namespace Demo.Parts;
            public static partial class Listings
            {
                [TalkPart]
                public static TalkPart Listing => TalkPart.Create()
                    .Subsection("Listing")
                    .Code("hidden = 1")
                    .Code("shown = 2", onSlides: true);
            }
            """)], "ListingParts"));
        var talk = TalkIncluding("Demo.Parts.Listings.Listing", parts);

        Assert.True(talk.IsPrecompiled, "the part's manifest should carry the code calls");
        var events = RecordingWriter.Record(talk);
        Assert.Contains("Code(Code, hidden = 1, python)", events);
        Assert.Contains("Code(Code, shown = 2, python, on slides)", events);
        AssertSameOutputs(talk);
    }

    [Fact]
    public void A_part_of_typed_calls_in_another_assembly_replays_through_its_manifest()
    {
        var (_, parts, _) = GeneratorHarness.Run(TestCompilation.Create([("/parts/Figures.cs", TestTalks.TypedPartsFile)], "TypedParts"));
        var (_, output, diagnostics) = GeneratorHarness.Run(TestCompilation.Create([("/src/Talk.cs", TestTalks.Typed)], extraReferences: [parts.ToMetadataReference()]));
        Assert.Empty(diagnostics);

        var talk = Assert.Single(LoadedAssembly.Emit(output, parts).Catalog("TalkTests"));

        Assert.True(talk.IsPrecompiled, "the part's manifest should carry every typed call");
        Assert.Contains("EditLink(/parts/Figures.cs)", RecordingWriter.Record(talk));
        AssertSameOutputs(talk);
    }

    [Fact]
    public void A_part_with_one_output_headings_and_includes_in_another_assembly_replays_through_its_manifest()
    {
        var (_, parts, _) = GeneratorHarness.Run(TestCompilation.Create([("/parts/Outputs.cs", TestTalks.OneOutputPartsFile)], "OutputParts"));
        var (_, output, diagnostics) = GeneratorHarness.Run(TestCompilation.Create([("/src/Talk.cs", TestTalks.OneOutput)], extraReferences: [parts.ToMetadataReference()]));
        Assert.Empty(diagnostics);

        var talk = Assert.Single(LoadedAssembly.Emit(output, parts).Catalog("TalkTests"));

        Assert.True(talk.IsPrecompiled, "the part's manifest should carry shownIn");
        Assert.Contains("Heading(Subsection, Deck, deck)", RecordingWriter.Record(talk, ContentTarget.Slides));
        Assert.DoesNotContain(RecordingWriter.Record(talk, ContentTarget.Notes), e => e.StartsWith("Heading(Subsection, Deck", StringComparison.Ordinal));
        AssertSameOutputs(talk);
    }

    [Fact]
    public void Media_shown_in_one_output_in_a_talk_and_in_a_part_of_another_assembly_replays_in_that_output_only()
    {
        var (_, parts, _) = GeneratorHarness.Run(TestCompilation.Create([("/parts/Media.cs", """
            using TalkDsl;
            namespace Demo.Parts;
            public static partial class Shown
            {
                [TalkPart]
                public static TalkPart Pictures => TalkPart.Create()
                    .Subsection("Pictures")
                    .Markdown("Both.")
                    .Image("part-notes.png", alt: "Notes image", shownIn: ContentTarget.Notes)
                    .Columns("PartLeft.", "PartRight.", shownIn: ContentTarget.Slides);
            }
            """)], "MediaParts"));
        var (_, output, diagnostics) = GeneratorHarness.Run(TestCompilation.Create([("/src/Talk.cs", """
            using TalkDsl;
            namespace Demo;
            public static partial class Lecture
            {
                [Talk]
                public static Talk Define() => Talk.Titled("T").Author(given: "Ada", family: "Lovelace")
                    .Subsection("Figures")
                    .Figure(Media.Image("slides-fig.svg", "60%", "A diagram"), "SlidesCaption.", "lab", shownIn: ContentTarget.Slides)
                    .Align(Alignment.Center, "NotesCentred.", shownIn: ContentTarget.Notes)
                    .Div("DivBoth.", "box")
                    .Include(Demo.Parts.Shown.Pictures)
                    .Thanks();
            }
            """)], extraReferences: [parts.ToMetadataReference()]));
        Assert.Empty(diagnostics);
        var generated = string.Concat(output.SyntaxTrees.Select(tree => tree.ToString()));
        Assert.Contains("if (replay.Shows(global::TalkDsl.ContentTarget.Slides)) writer.Figure(", generated, StringComparison.Ordinal);
        Assert.Contains("if (replay.Shows(global::TalkDsl.ContentTarget.Notes)) writer.Media(", generated, StringComparison.Ordinal);

        var talk = Assert.Single(LoadedAssembly.Emit(output, parts).Catalog("TalkTests"));

        Assert.True(talk.IsPrecompiled, "the part's manifest should carry the media calls' shownIn");
        var slides = string.Join("\n", RecordingWriter.Record(talk, ContentTarget.Slides));
        var notes = string.Join("\n", RecordingWriter.Record(talk, ContentTarget.Notes));
        string[] words = ["slides-fig", "NotesCentred", "DivBoth", "part-notes", "PartLeft"];
        Assert.Equal(["slides-fig", "DivBoth", "PartLeft"], words.Where(w => slides.Contains(w, StringComparison.Ordinal)));
        Assert.Equal(["NotesCentred", "DivBoth", "part-notes"], words.Where(w => notes.Contains(w, StringComparison.Ordinal)));
        AssertSameOutputs(talk);
    }

    [Fact]
    public void The_example_talks_render_the_same_both_ways_and_are_precompiled()
    {
        Assert.NotEmpty(AccelerateSpark.TalkCatalog.All);
        Assert.All(AccelerateSpark.TalkCatalog.All, talk =>
        {
            Assert.True(talk.IsPrecompiled, talk.Name + " should replay compile-time constants");
            AssertSameOutputs(talk);
        });
    }

    [Fact]
    public void The_example_outline_is_the_compile_time_constant()
    {
        var outline = AccelerateSpark.AccelerateSparkInformationSession.Outline;

        Assert.Equal(AccelerateSpark.AccelerateSparkInformationSession.Define().Outline(), outline);
        Assert.Equal("accelerate-spark-information-session", AccelerateSpark.AccelerateSparkInformationSession.Sections.AccelerateSparkInformationSession);
        Assert.Contains(outline.Headings, h => h.Anchor == AccelerateSpark.AccelerateSparkInformationSession.Sections.Welcome);
    }

    [Fact]
    public void A_talk_citing_from_its_bib_replays_the_cited_entries_and_renders_the_same_both_ways()
    {
        // The run time reads the .bib beside the C# file; the generator reads the same file as an AdditionalFile.
        var folder = Directory.CreateTempSubdirectory("talkdsl-cites-").FullName;
        try
        {
            var bib = Path.Combine(folder, "refs.bib");
            File.Copy(Repository.PathTo("tests", "TalkDsl.Tests", "Citations", "disambiguation.bib"), bib);
            var source = Path.Combine(folder, "Talk.cs");
            var compilation = TestCompilation.Create([(source, """
                using TalkDsl;
                namespace TalkTests;
                public static partial class Cites
                {
                    [Talk]
                    public static Talk Define() => Talk
                        .Titled("Cites")
                        .Author(given: "Ada", family: "Lovelace")
                        .Bibliography("refs.bib")
                        .Subsection("Alike")
                            .Markdown("Three Does [@Doe:john17; @Doe:jack17; @Doe:aloysius17], @Lawrence:blog17b and [see @Hinton:a06, p. 3; -@Hinton:b06].")
                            .Notes("Only in the notes: [@Smith:j19; @Smith:a19].")
                            .SpeakerNotes("Said aloud: @Moore:cited18.")
                        .References();
                }
                """)]);
            var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts([new AnalyzerHarness.InMemoryText(bib.Replace('\\', '/'), File.ReadAllText(bib))]);
            var (_, output, diagnostics) = GeneratorHarness.Run(compilation, driver);
            Assert.Empty(diagnostics);

            var talk = Assert.Single(LoadedAssembly.Emit(output).Catalog("TalkTests"));

            Assert.True(talk.IsPrecompiled, "a talk whose .bib is an AdditionalFile should replay compile-time constants");
            Assert.Equal(["Doe:john17", "Doe:jack17", "Doe:aloysius17", "Lawrence:blog17b", "Hinton:a06", "Hinton:b06", "Smith:j19", "Smith:a19", "Moore:cited18"], talk.Metadata.Bibliography.Entries.Select(e => e.Key));
            Assert.Contains("John Doe, 2017", talk.RenderSlides(), StringComparison.Ordinal);
            AssertSameOutputs(talk);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_talk_with_footnotes_and_notebook_only_code_is_precompiled_and_renders_the_same_both_ways()
    {
        var compilation = TestCompilation.Create([("Talk.cs", """"
            using TalkDsl;
            namespace TalkTests;
            public static partial class Footnoted
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Footnoted")
                    .Author(given: "Ada", family: "Lovelace")
                    .Subsection("A claim")
                        .Markdown("""
                            Zero day exploits[^zeroday] are rare.

                            [^zeroday]: Not known to the makers.
                            """)
                        .Code("import notutils as nu", CodeKind.SetupDisplay)
                        .Code("nu.display_plots('a{sample:0>3}.svg')", CodeKind.Display)
                        .Code("def f(): pass", CodeKind.Helper)
                    .Thanks();
            }
            """")]);
        var (_, output, diagnostics) = GeneratorHarness.Run(compilation);
        Assert.Empty(diagnostics);

        var talk = Assert.Single(LoadedAssembly.Emit(output).Catalog("TalkTests"));

        Assert.True(talk.IsPrecompiled);
        Assert.Equal(4, talk.Outline.SlideCount); // title, A claim, Thanks!, the footnotes
        AssertSameOutputs(talk);
    }

    [Fact]
    public void A_talk_with_a_notation_file_is_precompiled_and_renders_the_same_both_ways()
    {
        var folder = Directory.CreateTempSubdirectory("talkdsl-notation-").FullName;
        try
        {
            var notation = Path.Combine(folder, "talk-notation.tex");
            File.WriteAllText(notation, "\\newcommand{\\mappingFunction}{f}\n\\newcommand{\\inputScalar}{x}\n\\newcommand{\\tk}[1]{}\n");
            var source = Path.Combine(folder, "Talk.cs");
            var compilation = TestCompilation.Create([(source, """
                using TalkDsl;
                namespace TalkTests;
                public static partial class Maths
                {
                    [Talk]
                    public static Talk Define() => Talk
                        .Titled("Maths")
                        .Author(given: "Ada", family: "Lovelace")
                        .NotationFile("talk-notation.tex")
                        .Notation(@"\inputScalar", @"\mathbf{x}")
                        .Subsection("Functions")
                            .Markdown("$\\mappingFunction(\\inputScalar)$");
                }
                """)]);
            var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts([new AnalyzerHarness.InMemoryText(notation.Replace('\\', '/'), File.ReadAllText(notation))]);
            var (_, output, diagnostics) = GeneratorHarness.Run(compilation, driver);
            Assert.Empty(diagnostics);

            var talk = Assert.Single(LoadedAssembly.Emit(output).Catalog("TalkTests"));

            Assert.True(talk.IsPrecompiled, "a talk naming a notation file should still replay compile-time constants");
            // The file's commands, then the talk's own, which replaces the file's \inputScalar.
            Assert.Equal([("\\mappingFunction", "f", 0), ("\\tk", "{}", 1), ("\\inputScalar", "\\mathbf{x}", 0)], talk.Metadata.Notation.Select(m => (m.Command, m.Definition, m.Parameters)));
            AssertSameOutputs(talk);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The one talk of a compilation whose talk includes <paramref name="part"/> from the library <paramref name="parts"/>.</summary>
    private static GeneratedTalk TalkIncluding(string part, Microsoft.CodeAnalysis.Compilation parts)
    {
        var (_, output, diagnostics) = GeneratorHarness.Run(TestCompilation.Create([("/src/Talk.cs", $$"""
            using TalkDsl;
            namespace Demo;
            public static partial class Lecture
            {
                [Talk]
                public static Talk Define() => Talk.Titled("T").Author(given: "Ada", family: "Lovelace").Include({{part}}).Thanks();
            }
            """)], extraReferences: [parts.ToMetadataReference()]));
        Assert.Empty(diagnostics);
        return Assert.Single(LoadedAssembly.Emit(output, parts).Catalog("TalkTests"));
    }

    private static void AssertSameOutputs(GeneratedTalk talk)
    {
        var built = talk.Define();
        Assert.Equal(built.Build().Metadata, talk.Metadata);
        Assert.Equal(built.Outline(), talk.Outline);
        Assert.Equal(RecordingWriter.Record(new RenderableTalk(talk.Name, built)), RecordingWriter.Record(talk));
        Assert.Equal(RecordingWriter.Record(new RenderableTalk(talk.Name, built), ContentTarget.Slides), RecordingWriter.Record(talk, ContentTarget.Slides));
        Assert.Equal(built.RenderSlides(), talk.RenderSlides());
        Assert.Equal(built.RenderNotes(), talk.RenderNotes());
        Assert.Equal(built.RenderJekyllNotes(), talk.RenderJekyllNotes());
        Assert.Equal(built.RenderNotes(EditLinks), talk.RenderNotes(EditLinks));
        Assert.Equal(built.RenderJekyllNotes(EditLinks), talk.RenderJekyllNotes(EditLinks));
    }
}
