using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TalkDsl.Generators.Analyzers;

namespace TalkDsl.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="TalkAnalyzer"/> on a compilation, with optional <c>.editorconfig</c> values.</summary>
internal static class AnalyzerHarness
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, IReadOnlyDictionary<string, string>? options = null, IEnumerable<(string Path, string Text)>? additionalFiles = null)
    {
        var texts = (additionalFiles ?? []).Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        var analyzerOptions = new AnalyzerOptions(texts, new DictionaryOptionsProvider(options ?? new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers([new TalkAnalyzer()], new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return await withAnalyzers.GetAllDiagnosticsAsync();
    }

    /// <summary>The TALK diagnostics only, as "TALKnnn@line:column" (1-based), in source order.</summary>
    public static IReadOnlyList<string> Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Where(d => d.Id.StartsWith("TALK", StringComparison.Ordinal))
        .OrderBy(d => d.Location.SourceSpan.Start)
        .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1}")
        .ToList();

    /// <summary>An additional file (a <c>.bib</c>) as the compiler is given it.</summary>
    internal sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text = Microsoft.CodeAnalysis.Text.SourceText.From(text);

        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Options every file sees, as <c>.editorconfig</c> gives them.</summary>
    internal sealed class DictionaryOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
