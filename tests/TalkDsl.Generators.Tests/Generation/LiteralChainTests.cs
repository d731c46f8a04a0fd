using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Generation;

/// <summary>
/// A chain whose arguments are literals is read from its syntax, without binding the body (issue 10: binding
/// was most of what the generator and the analyzer cost); anything else is bound. Both readings must give the
/// same chain, locations included: here on chosen spellings, and in every test of this debug build, where
/// each literal reading is checked against the bound one. The reader is internal: it is reached by reflection.
/// </summary>
public class LiteralChainTests
{
    private static readonly Type Parser = typeof(TalkGenerator).GetNestedType("Parser", BindingFlags.NonPublic)!;
    private static readonly MethodInfo LiteralRead = Parser.GetNestedType("LiteralChain", BindingFlags.NonPublic)!.GetMethod("Read")!;
    private static readonly MethodInfo ReadMember = Parser.GetMethod("ReadMember")!;
    private static readonly MethodInfo ReadBound = Parser.GetMethod("ReadBound")!;

    /// <summary>The test talks' members that compute a value or make a media record (<c>new DateOnly(…)</c>, <c>$"…"</c>, a local, <c>new ImageMedia(…)</c>): bound.</summary>
    private static readonly Dictionary<string, string> BoundTestMembers = new()
    {
        ["Representative"] = "Define, History",
        ["Dynamic"] = "Define",
        ["Nested"] = "Lecture",
        ["Typed"] = "Gallery",
        ["Layouts"] = "Define",
    };

    public static TheoryData<string> TestTalkNames => new(TestTalks.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(TestTalkNames))]
    public void The_test_talks_are_bound_only_where_they_compute_a_value_and_read_the_same_both_ways(string name)
    {
        var members = Members(TestCompilation.Create(TestTalks.All.Single(t => t.Name == name).Files));

        Assert.NotEmpty(members);
        foreach (var (declaration, model) in members)
        {
            AssertSameReading(declaration, model);
        }

        var bound = members.Where(m => !ReadsFromSyntax(m.Declaration, m.Model)).Select(m => Name(m.Declaration)).Order(StringComparer.Ordinal);
        Assert.Equal(BoundTestMembers.GetValueOrDefault(name, ""), string.Join(", ", bound));
    }

    [Fact]
    public void The_example_talk_and_every_part_it_includes_are_read_from_their_syntax()
    {
        var sources = Robustness.TruncationTests.ExampleSources();
        var members = Members(TestCompilation.Create(sources.Select(s => (s.Key, s.Value)), "AccelerateSpark"));

        Assert.Equal(7, members.Count);
        Assert.All(members, m => Assert.True(ReadsFromSyntax(m.Declaration, m.Model), m.Declaration.ToString()[..80]));
        Assert.All(members, m => AssertSameReading(m.Declaration, m.Model));
    }

    [Fact]
    public void The_run_time_tests_talks_of_every_typed_call_and_of_stepping_are_read_from_their_syntax()
    {
        foreach (var source in new[] { TestTalks.TypedTalksEverything(), TestTalks.SteppingTestsStepped() })
        {
            var (declaration, model) = Assert.Single(Members(TestCompilation.Create(source)));
            Assert.True(ReadsFromSyntax(declaration, model));
            AssertSameReading(declaration, model);
        }
    }

    /// <summary>Spellings of literals the syntax reading resolves by itself, as the compiler would.</summary>
    [Theory]
    [InlineData("global::TalkDsl.Talk.Titled(\"T\").Subsection(\"S\", shownIn: global::TalkDsl.ContentTarget.Notes).Markdown(@\"a \"\"b\"\"\")")]
    [InlineData("Talk.Titled(Title).Subsection(shownIn: ContentTarget.Slides, title: \"S\").Notes(\"\"\"\n        raw\n        \"\"\", allowHtml: true)")]
    [InlineData("Talk.Titled(\"T\").Date(2025, 3, 1).Transition(Transition.Zoom).Subsection(\"S\").NewSlide().NewSlide(null)")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Figure(Media.Group(Media.Image(\"a.png\"), Media.Markdown(\"*b*\")), \"Both.\", label: \"both\")")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Animation(\"steps\", [Media.Image(\"a.png\", \"50%\", \"A\"), Media.Markdown(\"B\")], ContentTarget.Slides)")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Columns(Media.Image(\"a.png\"), Media.Markdown(\"right\")).Align(Alignment.Center, \"x\").Code(\"print(1)\", CodeKind.Plot)")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Include(Parts.Intro).Include(Demo.Parts.Intro, ContentTarget.Notes).Include(Parts.Method())")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Figure(Media.Image(\"\"), \"\").Image(\"javascript:x\").Subsection(\"\")")]
    [InlineData("CT.Both is CT.Both ? Talk.Titled(\"T\") : Talk.Titled(\"U\")")]
    public void A_chain_of_literals_is_read_from_its_syntax_as_the_compiler_binds_it(string chain)
    {
        var (declaration, model) = TalkMember(chain);

        Assert.Equal(!chain.StartsWith("CT.", StringComparison.Ordinal), ReadsFromSyntax(declaration, model));
        AssertSameReading(declaration, model);
    }

    /// <summary>What the syntax cannot decide alone is bound: the readings still agree.</summary>
    [Theory]
    [InlineData("Talk.Titled((\"T\")).Subsection(\"S\")")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Markdown(Greeting)")]
    [InlineData("Talk.Titled(\"T\" + \"U\").Subsection(\"S\")")]
    [InlineData("Talk.Titled($\"T{1}\").Subsection(\"S\")")]
    [InlineData("Talk.Titled(\"T\").Duration(System.TimeSpan.FromMinutes(45)).Subsection(\"S\")")]
    [InlineData("Talk.Titled(\"T\").Date(new System.DateOnly(2025, 3, 1)).Subsection(\"S\")")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Columns(null, null)")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Mine()")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Include(Parts.Hidden)")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Figure(new ImageMedia(\"a.png\"), \"c\")")]
    [InlineData("Talk.Titled(\"T\").Subsection(\"S\").Subsection((string)\"x\")")]
    public void A_chain_the_syntax_cannot_decide_is_bound(string chain)
    {
        var (declaration, model) = TalkMember(chain);

        Assert.False(ReadsFromSyntax(declaration, model));
        AssertSameReading(declaration, model);
    }

    /// <summary>A type or member of the same name as TalkDsl's, nearer in scope, wins in the body: the syntax reading must not take TalkDsl's.</summary>
    [Theory]
    [InlineData("private static TalkDsl.TalkHeader Talk => TalkDsl.Talk.Titled(\"Shadow\");", "Talk.Subsection(\"S\")")]
    [InlineData("public enum ContentTarget { Both, Notes, Slides }", "Talk.Titled(\"T\").Subsection(\"S\", ContentTarget.Notes)")]
    [InlineData("public static TalkPart Parts => TalkPart.Create();", "Talk.Titled(\"T\").Subsection(\"S\").Include(Parts)")]
    public void A_nearer_name_of_the_same_spelling_is_not_taken_for_TalkDsls(string member, string chain)
    {
        var (declaration, model) = TalkMember(chain, member);

        Assert.False(ReadsFromSyntax(declaration, model));
        AssertSameReading(declaration, model);
    }

    [Fact]
    public void A_block_body_or_a_getter_returning_the_chain_is_read_from_its_syntax()
    {
        var compilation = TestCompilation.Create(Source("""
            [Talk] public static Talk A { get { return Talk.Titled("A").Subsection("S"); } }
            """), Source("""
            [Talk] public static Talk B() { return Talk.Titled("B").Subsection("S"); }
            """, type: "Other"));

        foreach (var (declaration, model) in Members(compilation))
        {
            Assert.True(ReadsFromSyntax(declaration, model));
            AssertSameReading(declaration, model);
        }
    }

    private static (MemberDeclarationSyntax Declaration, SemanticModel Model) TalkMember(string chain, string extra = "")
    {
        var compilation = TestCompilation.Create(Source($$"""
            [Talk] public static Talk Define() => {{chain}};
            private const string Title = "A constant";
            private static readonly string Greeting = "A field";
            {{extra}}
            """), """
            using TalkDsl;
            using CT = TalkDsl.ContentTarget;
            namespace Demo;
            public static partial class Parts
            {
                [TalkPart] public static TalkPart Intro => TalkPart.Create().Markdown("Intro.");
                [TalkPart] public static TalkPart Method() => TalkPart.Create().Markdown("Method.");
                [TalkPart] private static TalkPart Hidden => TalkPart.Create().Markdown("Hidden.");
            }
            public static class Extensions
            {
                public static TalkBody Mine(this TalkBody body) => body.Markdown("Mine.");
            }
            """);
        return Members(compilation).Single(m => m.Declaration is MethodDeclarationSyntax { Identifier.ValueText: "Define" });
    }

    private static string Source(string members, string type = "Lecture") => $$"""
        using TalkDsl;
        using CT = TalkDsl.ContentTarget;
        namespace Demo;
        public static partial class {{type}}
        {
            {{members}}
        }
        """;

    private static List<(MemberDeclarationSyntax Declaration, SemanticModel Model)> Members(Compilation compilation) =>
        [.. compilation.SyntaxTrees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Where(m => m is MethodDeclarationSyntax or PropertyDeclarationSyntax && m.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString() is "Talk" or "TalkPart"))
            .Select(m => (m, compilation.GetSemanticModel(tree))))];

    private static string Name(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        _ => "?",
    };

    private static bool ReadsFromSyntax(SyntaxNode declaration, SemanticModel model) =>
        LiteralRead.Invoke(null, [declaration, model, CancellationToken.None]) is not null;

    /// <summary>The chain the generator and the analyzer read (from the syntax when it can) equals the bound body's, with every location.</summary>
    private static void AssertSameReading(SyntaxNode declaration, SemanticModel model)
    {
        var read = ReadMember.Invoke(null, [declaration, model, new Func<SemanticModel>(() => model), true, CancellationToken.None])!;
        var bound = ReadBound.Invoke(null, [declaration, model, true, CancellationToken.None])!;
        Assert.Equal(bound, read);
    }
}
