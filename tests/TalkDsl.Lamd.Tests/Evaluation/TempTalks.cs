using System.Text;
using TalkDsl.Lamd.Evaluation;

namespace TalkDsl.Lamd.Tests.Evaluation;

/// <summary>Writes lamd files into a temporary folder and reads talks from it.</summary>
internal sealed class TempTalks : IDisposable
{
    public TempTalks()
    {
        Root = Directory.CreateTempSubdirectory("lamd-eval-").FullName;
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes <paramref name="text"/> as talk.md (front matter added) and reads it.</summary>
    public (LamdTalk? Talk, LamdWorkspace Workspace) Read(string text, string path = "talk.md", params string[] snippets)
    {
        var file = Write(path, "---\ntitle: T\n---\n" + text);
        var workspace = Fixtures.Workspace(Root, [.. snippets.Select(s => Path.Combine(Root, s))]);
        return (workspace.ReadTalk(file), workspace);
    }

    /// <summary>The evaluated body of a talk, as text with the structured nodes marked: ⟦name:arg|arg⟧.</summary>
    public string Body(string text, params string[] snippets)
    {
        var (talk, workspace) = Read(text, "talk.md", snippets);
        Assert.True(talk is not null, string.Join("\n", workspace.Diagnostics));
        return Dump(talk.Body).Trim();
    }

    public static string Dump(IEnumerable<BodyNode> nodes) => string.Concat(nodes.Select(node => node switch
    {
        BodyText text => text.Text,
        BodyConstruct construct => $"⟦{construct.Name}{(construct.Arguments.IsEmpty ? "" : ":" + string.Join("|", construct.Arguments.Select(a => Dump(a))))}⟧",
        BodyInclude include => $"⟦include {include.Requested} {include.Outcome}⟧",
        BodyBranch branch => $"⟦{branch.Target}:{Dump(branch.Nodes)}⟧",
        BodySetAside aside => $"⟦aside {aside.Construct}⟧",
        _ => throw new InvalidOperationException(node.GetType().Name),
    }));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
