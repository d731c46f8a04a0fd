using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TalkDsl.Tests.Authoring;

// The stage types exist so the C# compiler itself refuses a chain in the wrong order. These tests compile
// real chains against TalkDsl.dll and assert the compiler's verdict.
public class ChainOrderCompilationTests
{
    [Theory]
    [InlineData("Talk.Titled(\"t\").Author(given: \"Ada\").Date(2020, 1, 1).Venue(\"v\").Subsection(\"s\").Markdown(\"m\").Thanks().References()")]
    [InlineData("Talk.Author(given: \"Ada\").Titled(\"t\").Transition(Transition.None).Paper(PaperSize.A4, margin: \"2cm\").Section(\"s\")")]
    [InlineData("Talk.Titled(\"t\").Notes(\"n\").Include(TalkPart.Create().Slides(\"x\")).Thanks()")]
    [InlineData("Talk.Titled(\"t\").References()")]
    [InlineData("Talk.Titled(\"t\").Notation(@\"\\f\", \"x\").Image(\"a.png\", \"50%\").YouTube(\"dQw4w9WgXcQ\").Figure(Media.Image(\"a.png\"), \"c\", \"l\").Columns(\"a\", \"b\").Columns(Media.Markdown(\"a\"), Media.YouTube(\"dQw4w9WgXcQ\"), \"40%\", \"60%\").Fragment(\"f\").Code(\"x\", CodeKind.Setup).EditMe().Thanks()")]
    [InlineData("TalkPart.Create().EditMe().Image(\"a.png\").Figure(Media.Markdown(\"m\"), \"c\").Columns(\"a\", \"b\").Fragment(\"f\").Code(\"plot()\", CodeKind.Plot, \"python\").YouTube(\"dQw4w9WgXcQ\")")]
    public void A_chain_in_order_compiles(string chain)
    {
        Assert.Empty(Errors(chain));
    }

    [Theory]
    [InlineData("Talk.Titled(\"t\").Subsection(\"s\").Author(given: \"Ada\")", "CS0176")]
    [InlineData("Talk.Titled(\"t\").Markdown(\"m\").Venue(\"v\")", "CS1061")]
    [InlineData("Talk.Titled(\"t\").Section(\"s\").Date(2020, 1, 1)", "CS1061")]
    [InlineData("Talk.Titled(\"t\").Section(\"s\").Titled(\"again\")", "CS0176")]
    [InlineData("Talk.Titled(\"t\").Thanks().Markdown(\"m\")", "CS1061")]
    [InlineData("Talk.Titled(\"t\").Thanks().Thanks()", "CS1061")]
    [InlineData("Talk.Titled(\"t\").References().Thanks()", "CS1061")]
    [InlineData("Talk.Titled(\"t\").References().Markdown(\"m\")", "CS1061")]
    [InlineData("Talk.Titled(\"t\").References().References()", "CS1061")]
    [InlineData("Talk.Titled(\"t\").Image(\"a.png\").Notation(@\"\\f\", \"x\")", "CS1061")]
    [InlineData("Talk.Titled(\"t\").Thanks().Figure(Media.Image(\"a.png\"), \"c\")", "CS1061")]
    [InlineData("Talk.Titled(\"t\").Thanks().Code(\"x\")", "CS1061")]
    [InlineData("Talk.Titled(\"t\").References().EditMe()", "CS1061")]
    public void A_chain_out_of_order_does_not_compile(string chain, string expectedError)
    {
        Assert.Contains(expectedError, Errors(chain));
    }

    [Fact]
    public void A_part_offers_no_header_or_closing_calls()
    {
        Assert.Contains("CS1061", Errors("TalkPart.Create().Venue(\"v\")"));
        Assert.Contains("CS1061", Errors("TalkPart.Create().Thanks()"));
        Assert.Contains("CS1061", Errors("TalkPart.Create().Notation(@\"\\f\", \"x\")"));
    }

    private static List<string> Errors(string chain)
    {
        var source = $$"""
            using TalkDsl;

            public static partial class Example
            {
                public static object Define() => {{chain}};
            }
            """;
        var compilation = CSharpCompilation.Create(
            "ChainOrder",
            [CSharpSyntaxTree.ParseText(source)],
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Talk).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id)
            .ToList();
    }
}
