using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TalkDsl.Generators.Analyzers;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// The TALK diagnostics obey the compiler's own switches like any analyzer's: severities from
/// <c>.editorconfig</c> (parsed by Roslyn's own <see cref="AnalyzerConfig"/>, as csc does) and
/// <c>#pragma warning disable</c>.
/// </summary>
public class CompilerOptionsTests
{
    private const string NoAuthor = """
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk.Titled("Title").Subsection("x").Markdown("y");
        }
        """;

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public async Task Editorconfig_sets_the_severity(string setting, DiagnosticSeverity expected)
    {
        var diagnostics = await RunWithEditorConfigAsync(NoAuthor, $"root = true\n\n[*.cs]\ndotnet_diagnostic.TALK002.severity = {setting}\n");

        Assert.Equal(expected, Assert.Single(diagnostics, d => d.Id == "TALK002").Severity);
    }

    [Fact]
    public async Task Editorconfig_none_silences_the_rule()
    {
        var diagnostics = await RunWithEditorConfigAsync(NoAuthor, "root = true\n\n[*.cs]\ndotnet_diagnostic.TALK002.severity = none\n");

        Assert.DoesNotContain(diagnostics, d => d.Id == "TALK002");
    }

    [Fact]
    public async Task Pragma_disables_and_restores()
    {
        var compilation = TestCompilation.Create("""
            using TalkDsl;
            public static partial class T
            {
            #pragma warning disable TALK003
                [Talk]
                public static Talk Define() => Talk.Titled("Title").Author(given: "Ada").Section("").Markdown("y");
            #pragma warning restore TALK003
            }
            public static partial class U
            {
                [Talk]
                public static Talk Define() => Talk.Titled("Title").Author(given: "Ada").Section("").Markdown("y");
            }
            """);

        var diagnostics = await AnalyzerHarness.RunAsync(compilation);

        Assert.Equal(["TALK003@12:78"], AnalyzerHarness.Describe(diagnostics));
    }

    private static async Task<ImmutableArray<Diagnostic>> RunWithEditorConfigAsync(string source, string editorConfig)
    {
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(editorConfig, "/src/.editorconfig")));
        var compilation = TestCompilation.Create(source);
        var options = set.GetOptionsForSourcePath("/src/File0.cs");
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new TreeOptions(options.TreeOptions)));
        return await compilation.WithAnalyzers([new TalkAnalyzer()]).GetAllDiagnosticsAsync();
    }

    /// <summary>The severities one <c>.editorconfig</c> section gives every file.</summary>
    private sealed class TreeOptions(ImmutableDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            severities.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return false;
        }
    }
}
