using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace TalkDsl.Generators.Analyzers;

/// <summary>
/// One semantic model per syntax tree for a compilation, without nullable analysis (see
/// <c>Parser.WithoutNullableAnalysis</c>), shared by the analysis of each member and by the
/// lookups of the parts talks include: a model keeps what it has bound, so each body is bound once.
/// </summary>
internal sealed class ChainModels
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    public ChainModels(Compilation compilation) => _compilation = compilation;

    public SemanticModel For(SyntaxTree tree) =>
        _models.GetOrAdd(tree, t => TalkGenerator.Parser.WithoutNullableAnalysis(_compilation, t));
}
