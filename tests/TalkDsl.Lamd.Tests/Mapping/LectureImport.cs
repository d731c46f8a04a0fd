using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Tests.Evaluation;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>
/// Imports one small talk, <c>lecture.md</c>, written into a temporary folder that is also the snippets
/// folder, and checks that the generated C# compiles against TalkDsl without errors or warnings.
/// </summary>
internal sealed class LectureImport : IDisposable
{
    public const string FrontMatter = "---\ntitle: T\ndate: 2020-01-02\n---\n";

    public TempTalks Files { get; } = new();

    /// <summary>The result of the last import.</summary>
    public ImportResult? Last { get; private set; }

    /// <summary>The generated talk (<c>Talks/Lecture.cs</c>) and the summary.</summary>
    public (string Code, ImportSummary Summary) Import(string body, string frontMatter = FrontMatter)
    {
        var result = Result(body, frontMatter);
        return (Fixtures.File(result, "Talks/Lecture.cs"), result.Summary);
    }

    /// <summary>The whole import.</summary>
    public ImportResult Result(string body, string frontMatter = FrontMatter)
    {
        var talk = Files.Write("lecture.md", frontMatter + body);
        var result = new LamdImporter(new ImportOptions { DisplayRoot = Files.Root, SnippetDirectories = [Files.Root] })
            .Import([talk], Path.Combine(Files.Root, "out"));
        Assert.Empty(GeneratedCode.Problems(GeneratedCode.Compile(result)));
        Last = result;
        return result;
    }

    /// <summary>The talk of the last import, built by running its compiled chain.</summary>
    public Talk LastTalk() => GeneratedCode.TalkOf(GeneratedCode.Load(GeneratedCode.Compile(Last!)), "Lecture");

    public void Dispose() => Files.Dispose();
}
