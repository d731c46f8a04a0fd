using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TalkDsl.Preview.Compiling;

/// <summary>
/// Loads the project's generators and analyzers from the paths its compiler command line names (for a talk
/// project: TalkDsl.Generators from the package or the repository), once per full build. They bind to the
/// Roslyn this process runs, which is at least the version they were built against.
/// </summary>
internal sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly Dictionary<string, FolderContext> _folders = new(StringComparer.Ordinal);

    public void AddDependencyLocation(string fullPath)
    {
    }

    /// <summary>Each folder of analyzers gets a context that finds their dependencies beside them (the SDK's interop generators need that).</summary>
    public Assembly LoadFromPath(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!_folders.TryGetValue(folder, out var context))
        {
            context = new FolderContext(folder);
            _folders[folder] = context;
        }

        return context.LoadFromAssemblyPath(fullPath);
    }

    /// <summary>Roslyn itself, and whatever this process already has, come from the default context: the analyzers must see its types.</summary>
    private sealed class FolderContext(string folder) : AssemblyLoadContext("TalkDsl.Preview analyzers " + folder)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is null || assemblyName.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                || Default.Assemblies.Any(a => a.GetName().Name == assemblyName.Name))
            {
                return null;
            }

            var file = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(file) ? LoadFromAssemblyPath(file) : null;
        }
    }

    /// <summary>
    /// The source generators of every analyzer assembly (the compilation needs them all), and the analyzers
    /// of TalkDsl's own: the preview reports TALK diagnostics and compiler errors; code-quality warnings stay
    /// with <c>dotnet build</c>, whose analyzers would cost seconds on every save.
    /// </summary>
    public static (List<ISourceGenerator> Generators, List<DiagnosticAnalyzer> Analyzers) Load(IEnumerable<string> paths)
    {
        var loader = new AnalyzerLoader();
        var generators = new List<ISourceGenerator>();
        var analyzers = new List<DiagnosticAnalyzer>();
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.EndsWith(".CodeFixes", StringComparison.Ordinal) || name.EndsWith("NetAnalyzers", StringComparison.Ordinal))
            {
                continue;
            }

            var reference = new AnalyzerFileReference(path, loader);
            generators.AddRange(reference.GetGenerators(LanguageNames.CSharp));
            if (name.StartsWith("TalkDsl.", StringComparison.Ordinal))
            {
                analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }
        }

        return (generators, analyzers);
    }
}
