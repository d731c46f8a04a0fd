using System.Reflection;
using System.Runtime.Loader;
using TalkDsl.Rendering;

namespace TalkDsl.Preview.Compiling;

/// <summary>
/// One compilation of the talk project, loaded in a collectible context so each save's assembly can be
/// unloaded once its talks are rendered. TalkDsl itself is shared with the preview (its types cross over:
/// <see cref="IRenderableTalk"/>); everything else the talks use (the projects they reference, their
/// packages) is loaded afresh from the build's output folder, so a full build after a change there is seen.
/// </summary>
internal sealed class TalkAssemblyContext : AssemblyLoadContext
{
    private static readonly string SharedAssembly = typeof(IRenderableTalk).Assembly.GetName().Name!;

    private readonly string _outputFolder;

    public TalkAssemblyContext(string outputFolder)
        : base("TalkDsl.Preview talks", isCollectible: true) => _outputFolder = outputFolder;

    private (string Name, byte[] Image)? _projectAssembly;

    /// <summary>
    /// The talks of an emitted assembly: for the whole project, those of its generated catalog
    /// (<c>TalkCatalog.All</c>) in its order; for an emit of only the changed talks, their generated
    /// renderers (<c>Renderable</c>), with the project's full assembly loaded beside them.
    /// </summary>
    public IReadOnlyList<IRenderableTalk> LoadTalks(EmittedTalks emitted)
    {
        _projectAssembly = emitted.ProjectAssembly;
        var loaded = LoadFromStream(new MemoryStream(emitted.Image, writable: false));
        if (emitted.ProjectAssembly is not null)
        {
            return loaded.GetTypes()
                .Select(t => t.GetProperty("Renderable", BindingFlags.Public | BindingFlags.Static, null, typeof(GeneratedTalk), [], null))
                .Where(p => p is not null)
                .Select(p => (IRenderableTalk)p!.GetValue(null)!)
                .ToList();
        }

        var catalog = loaded.GetTypes().FirstOrDefault(t => t.Name == "TalkCatalog" && t.IsAbstract && t.IsSealed)
            ?? throw new InvalidOperationException("The project has no generated TalkCatalog: is TalkDsl's generator among its analyzers?");
        var all = catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IEnumerable<IRenderableTalk>
            ?? throw new InvalidOperationException("TalkCatalog.All is missing or is not a list of talks.");
        return all.ToList();
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == SharedAssembly)
        {
            return null;
        }

        if (_projectAssembly is { } project && assemblyName.Name == project.Name)
        {
            return LoadFromStream(new MemoryStream(project.Image, writable: false));
        }

        var file = Path.Combine(_outputFolder, assemblyName.Name + ".dll");
        // From bytes, not the path: the file stays free for the next full build to overwrite.
        return File.Exists(file) ? LoadFromStream(new MemoryStream(File.ReadAllBytes(file), writable: false)) : null;
    }
}
