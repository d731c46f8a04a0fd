using System.Reflection;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests;

/// <summary>The lamd fixtures under Fixtures/, and helpers to read and import them.</summary>
internal static class Fixtures
{
    public static string Root { get; } = Metadata("FixturesRoot");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Snippets => Path.Combine(Corpus, "snippets");

    public static string Errors => Path.Combine(Root, "errors");

    /// <summary>A parse tree of in-memory text, as if it were the file <c>/fixture/{name}</c>.</summary>
    public static LamdSyntaxTree Parse(string text, string name = "talk.md") =>
        LamdParser.Parse(new LamdSourceFile("/fixture/" + name, name, text));

    public static LamdWorkspace Workspace(string displayRoot, params string[] snippets) => new(new LamdReaderOptions
    {
        SnippetDirectories = snippets,
        DisplayPath = path => Path.GetRelativePath(displayRoot, path).Replace('\\', '/'),
    });

    /// <summary>Imports the whole corpus folder, as <c>talk import corpus --snippets corpus/snippets</c> would.</summary>
    public static ImportResult ImportCorpus(string outputDirectory = "/imported/corpus-talkdsl") =>
        new LamdImporter(new ImportOptions
        {
            SnippetDirectories = [Snippets],
            DisplayRoot = Corpus,
            ProjectName = "Corpus",
        }).Import(LamdImporter.FindTalks(Corpus), outputDirectory);

    public static ImportResult ImportErrors() =>
        new LamdImporter(new ImportOptions { DisplayRoot = Errors })
            .Import(LamdImporter.FindTalks(Errors), "/imported/errors");

    public static string File(ImportResult result, string relativePath) =>
        result.Files.Single(f => f.RelativePath.Replace('\\', '/') == relativePath).Content;

    private static string Metadata(string key) =>
        typeof(Fixtures).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
