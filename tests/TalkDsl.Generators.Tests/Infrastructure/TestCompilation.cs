using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TalkDsl.Generators.Tests.Infrastructure;

/// <summary>Compilations of test sources against .NET 10 and the TalkDsl runtime, as a talk project compiles.</summary>
internal static class TestCompilation
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static ImmutableArray<MetadataReference> References { get; } =
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Talk).Assembly.Location)];

    /// <summary>One file per source, named <c>/src/File{n}.cs</c>.</summary>
    public static CSharpCompilation Create(params string[] sources) =>
        Create(sources.Select((text, i) => ($"/src/File{i}.cs", text)));

    public static CSharpCompilation Create(IEnumerable<(string Path, string Text)> files, string assemblyName = "TalkTests", IEnumerable<MetadataReference>? extraReferences = null) =>
        CSharpCompilation.Create(
            assemblyName,
            files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path)),
            References.AddRange(extraReferences ?? []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The compiler's own errors (not the TalkDsl analyzers'), as text, for assertions.</summary>
    public static string Errors(Compilation compilation) => string.Join(
        "\n",
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
}
