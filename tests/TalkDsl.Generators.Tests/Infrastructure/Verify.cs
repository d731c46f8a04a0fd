using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TalkDsl.Generators.Analyzers;

namespace TalkDsl.Generators.Tests.Infrastructure;

/// <summary>
/// The Roslyn testing library set up for TalkDsl: .NET 10 reference assemblies from Basic.Reference.Assemblies
/// (never downloaded), the TalkDsl runtime, the latest C#. Expected diagnostics are written as markup in
/// the source, <c>{|TALK003:Section("")|}</c>, so each test states the exact span of the squiggle.
/// </summary>
internal static class Verify
{
    /// <summary>Runs the analyzer on <paramref name="sources"/> (one file each) and compares every diagnostic it reports.</summary>
    public static Task AnalyzerAsync(string[] sources, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) => AnalyzerAsync([source], null, expected);

    /// <summary>Runs the analyzer on one source with additional files (a project's <c>.bib</c> files), path and text each.</summary>
    public static Task AnalyzerWithFilesAsync(string source, (string Path, string Text)[] files, params DiagnosticResult[] expected) =>
        AnalyzerWithFilesAsync(source, files, globalConfig: null, expected);

    /// <summary>The same, with <c>build_property.*</c> values as MSBuild gives them (a global analyzer config).</summary>
    public static Task AnalyzerWithFilesAsync(string source, (string Path, string Text)[] files, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        test.TestState.Sources.Add(source);
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Applies the code action at <paramref name="actionIndex"/> of <typeparamref name="TFix"/>, with additional files.</summary>
    public static Task CodeFixWithFilesAsync<TFix>(string source, string fixedSource, (string Path, string Text)[] files, int actionIndex)
        where TFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TFix> { CodeActionIndex = actionIndex };
        test.TestState.Sources.Add(source);
        test.FixedState.Sources.Add(fixedSource);
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
            test.FixedState.AdditionalFiles.Add(file);
        }

        return test.RunAsync();
    }

    /// <summary>Applies <typeparamref name="TFix"/> to the diagnostics marked in <paramref name="sources"/> and compares the result.</summary>
    public static Task CodeFixAsync<TFix>(string[] sources, string[] fixedSources, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TFix>();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task CodeFixAsync<TFix>(string source, string fixedSource)
        where TFix : CodeFixProvider, new() => CodeFixAsync<TFix>([source], [fixedSource]);

    private static void Configure(SolutionState state) => state.AdditionalReferences.AddRange(TestCompilation.References);

    private sealed class AnalyzerTest : CSharpAnalyzerTest<TalkAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            Configure(TestState);
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
    }

    private sealed class CodeFixTest<TFix> : CSharpCodeFixTest<TalkAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public CodeFixTest()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            Configure(TestState);
            Configure(FixedState);
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
    }
}
