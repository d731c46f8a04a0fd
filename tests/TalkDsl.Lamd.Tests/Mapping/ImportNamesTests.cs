using TalkDsl.Lamd.Mapping;

namespace TalkDsl.Lamd.Tests.Mapping;

public sealed class ImportNamesTests
{
    [Theory]
    [InlineData("computer-laboratory", "ComputerLaboratory")]
    [InlineData("_compsci", "Compsci")]
    [InlineData("3d-models", "_3dModels")]
    [InlineData("2020-12-04-talk", "_20201204Talk")]
    [InlineData("ai_for.science", "AiForScience")]
    [InlineData("caf\u00e9-talk", "CafTalk")]
    [InlineData("---", "Unnamed")]
    public void Pascal_makes_a_valid_identifier(string name, string expected)
    {
        var identifier = CSharpIdentifier.Pascal(name);

        Assert.Equal(expected, identifier);
        Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(identifier));
    }

    [Fact]
    public void Pascal_never_yields_a_keyword()
    {
        Assert.Equal("Class", CSharpIdentifier.Pascal("class"));
        Assert.All(
            new[] { "int", "namespace", "static", "event" },
            keyword => Assert.True(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(CSharpIdentifier.Pascal(keyword)) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None));
    }

    [Fact]
    public void Parts_are_named_by_subject_folder_and_file()
    {
        var names = new ImportNames();

        var lab = names.Part("/s/_compsci/includes/computer-laboratory.md", "_compsci/includes/computer-laboratory.md");

        Assert.Equal("Snippets.Compsci.ComputerLaboratory", lab.Reference);
        Assert.Equal(Path.Combine("Snippets", "Compsci", "ComputerLaboratory.cs"), lab.FilePath);
        Assert.Equal("Snippets.Shared.Loose", names.Part("/s/loose.md", "loose.md").Reference);
    }

    [Fact]
    public void Clashing_names_are_numbered_and_a_member_never_takes_its_class_name()
    {
        var names = new ImportNames();

        Assert.Equal("JJThomson", names.Part("/a/_x/includes/j-j-thomson.md", "_x/includes/j-j-thomson.md").Member);
        Assert.Equal("JJThomson2", names.Part("/a/_x/includes/j_j_thomson.md", "_x/includes/j_j_thomson.md").Member);
        Assert.Equal("XPart", names.Part("/a/_x/includes/x.md", "_x/includes/x.md").Member);
        Assert.Equal("Snippets2", names.Part("/a/_snippets/includes/a.md", "_snippets/includes/a.md").Subject);
    }

    [Fact]
    public void Talk_classes_are_unique_and_avoid_the_names_generated_code_uses()
    {
        var names = new ImportNames();

        Assert.Equal(["Intro", "Intro2", "Talk2", "Program2", "Snippets2"], new[] { "a/intro.md", "b/intro.md", "talk.md", "program.md", "snippets.md" }.Select(names.Talk));
    }
}
