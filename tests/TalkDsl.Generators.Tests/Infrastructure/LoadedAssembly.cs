using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using TalkDsl.Rendering;

namespace TalkDsl.Generators.Tests.Infrastructure;

/// <summary>
/// A test compilation emitted and loaded, so generated code runs for real. TalkDsl resolves to the
/// test's own copy, so the types on both sides are the same.
/// </summary>
internal sealed class LoadedAssembly
{
    private LoadedAssembly(Assembly assembly) => Assembly = assembly;

    public Assembly Assembly { get; }

    public static LoadedAssembly Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, "The compilation failed:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext(compilation.AssemblyName + Guid.NewGuid(), isCollectible: true);
        return new LoadedAssembly(context.LoadFromStream(stream));
    }

    /// <summary>The generated <c>{namespace}.TalkCatalog.All</c>.</summary>
    public IReadOnlyList<GeneratedTalk> Catalog(string catalogNamespace)
    {
        var type = Assembly.GetType(catalogNamespace + ".TalkCatalog", throwOnError: true)!;
        return (IReadOnlyList<GeneratedTalk>)type.GetProperty("All")!.GetValue(null)!;
    }

    /// <summary>The value of a static property or parameterless static method.</summary>
    public object? Invoke(string typeName, string member)
    {
        var type = Assembly.GetType(typeName, throwOnError: true)!;
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        return type.GetProperty(member, flags) is { } property ? property.GetValue(null) : type.GetMethod(member, flags, [])!.Invoke(null, null);
    }
}
