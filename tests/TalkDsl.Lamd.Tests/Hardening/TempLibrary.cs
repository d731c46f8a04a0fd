using System.Text;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Import;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Tests.Hardening;

/// <summary>A talk library in a temporary folder (<c>talks/</c>, <c>snippets/</c>), read with the roots the CLI gives.</summary>
internal sealed class TempLibrary : IDisposable
{
    public TempLibrary()
    {
        Root = Directory.CreateTempSubdirectory("lamd-hardening-").FullName;
        Directory.CreateDirectory(Talks);
        Directory.CreateDirectory(Snippets);
    }

    public string Root { get; }

    public string Talks => Path.Combine(Root, "talks");

    public string Snippets => Path.Combine(Root, "snippets");

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Reads talks/talk.md (front matter added) with talks/ imported and snippets/ given.</summary>
    public (LamdTalk? Talk, LamdWorkspace Workspace) Read(string body, LamdReaderOptions? options = null)
    {
        var file = Write("talks/talk.md", "---\ntitle: T\n---\n" + body);
        var workspace = new LamdWorkspace((options ?? new LamdReaderOptions()) with
        {
            Roots = [Talks],
            SnippetDirectories = [Snippets],
            DisplayPath = path => Path.GetRelativePath(Talks, path).Replace('\\', '/'),
        });
        return (workspace.ReadTalk(file), workspace);
    }

    /// <summary>The one error reading <paramref name="body"/> gives; the talk must fail.</summary>
    public LamdDiagnostic SingleError(string body, LamdReaderOptions? options = null)
    {
        var (talk, workspace) = Read(body, options);
        Assert.Null(talk);
        return Assert.Single(workspace.Diagnostics, d => d.Severity == LamdSeverity.Error);
    }

    public ImportResult Import(params string[] talks) =>
        new LamdImporter(new ImportOptions { DisplayRoot = Talks, SnippetDirectories = [Snippets] })
            .Import(talks, Path.Combine(Root, "out"));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
