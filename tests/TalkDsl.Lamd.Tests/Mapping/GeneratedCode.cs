using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TalkDsl.Lamd.Import;

namespace TalkDsl.Lamd.Tests.Mapping;

/// <summary>
/// Compiles an imported project's talks and parts in memory, against .NET 10 and TalkDsl.dll, as its .csproj would.
/// Program.cs is left out: it runs the host over <c>TalkCatalog</c>, which the generator (not run here) writes;
/// the end-to-end tests build the whole project with the TalkDsl package.
/// </summary>
internal static class GeneratedCode
{
    // The global usings that <ImplicitUsings> gives the generated console project.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static CSharpCompilation Compile(ImportResult result)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = result.Files
            .Where(f => f.RelativePath.EndsWith(".cs", StringComparison.Ordinal) && f.RelativePath != "Program.cs")
            .Select(f => CSharpSyntaxTree.ParseText(f.Content, parse, path: f.RelativePath))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "ImplicitUsings.g.cs"));
        var references = Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(Talk).Assembly.Location));
        return CSharpCompilation.Create(
            "Imported" + Guid.NewGuid().ToString("N"),
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Errors and warnings, one per line with file and position, for assertion messages.</summary>
    public static IReadOnlyList<string> Problems(Compilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();

    public static Assembly Load(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }

    /// <summary>The talk an imported class declares, built by running its generated chain.</summary>
    public static Talk TalkOf(Assembly assembly, string className) =>
        (Talk)assembly.GetType($"Talks.{className}", throwOnError: true)!.GetProperty("Talk")!.GetValue(null)!;
}
