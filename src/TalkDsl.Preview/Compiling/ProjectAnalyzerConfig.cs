using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TalkDsl.Preview.Compiling;

/// <summary>
/// The .editorconfig and globalconfig files the compiler was given, answered as the compiler answers them:
/// options for generators and analyzers (<c>build_property.*</c>, <c>talkdsl.*</c>) and the severities
/// (<c>dotnet_diagnostic.TALK008.severity</c>) of each file.
/// </summary>
internal sealed class ProjectAnalyzerConfig
{
    private readonly AnalyzerConfigSet _set;
    private readonly Dictionary<string, AnalyzerConfigOptionsResult> _byPath = new(StringComparer.Ordinal);

    public ProjectAnalyzerConfig(IEnumerable<string> configPaths)
    {
        var configs = configPaths.Select(path => AnalyzerConfig.Parse(File.ReadAllText(path), path)).ToList();
        _set = AnalyzerConfigSet.Create(configs);
        OptionsProvider = new ConfigOptionsProvider(this);
        TreeOptions = new SeverityProvider(this);
    }

    public AnalyzerConfigOptionsProvider OptionsProvider { get; }

    public SyntaxTreeOptionsProvider TreeOptions { get; }

    private AnalyzerConfigOptionsResult For(string path)
    {
        lock (_byPath)
        {
            if (!_byPath.TryGetValue(path, out var result))
            {
                result = _set.GetOptionsForSourcePath(path);
                _byPath[path] = result;
            }

            return result;
        }
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }

    private sealed class ConfigOptionsProvider(ProjectAnalyzerConfig config) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(config._set.GlobalConfigOptions.AnalyzerOptions);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(config.For(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(config.For(textFile.Path).AnalyzerOptions);
    }

    private sealed class SeverityProvider(ProjectAnalyzerConfig config) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
            config.For(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out var value) && bool.TryParse(value, out var generated)
                ? generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            config.For(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            config._set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
