using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using TalkDsl.Generators.Models;

namespace TalkDsl.Generators.Analyzers;

/// <summary>
/// Finds the parts a talk includes, by key, for one compilation: a part in source is read from its own
/// declaration (which may be in another file), a part of a referenced assembly from that assembly's
/// manifest. Each part is read once per compilation, and a part in source once for its own analysis too.
/// </summary>
/// <remarks>
/// Reading a part in another file needs that file's semantic model: for name lookups when the part is a
/// chain of literals, and to bind its body otherwise, which costs what binding the part's body costs. The
/// alternative, a compilation-end analyzer, would hide every include-related warning from the IDE
/// until a full-solution analysis.
/// </remarks>
internal sealed class PartLookup
{
    private readonly Compilation _compilation;
    private readonly ChainModels _models;
    private readonly ConcurrentDictionary<string, PartInfo?> _parts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (bool Body, ChainInfo Chain)> _chains = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<IAssemblySymbol, Dictionary<string, PartInfo>> _manifests = new(SymbolEqualityComparer.Default);

    public PartLookup(Compilation compilation, ChainModels models)
    {
        _compilation = compilation;
        _models = models;
    }

    public Func<string, PartInfo?> For(CancellationToken cancellationToken) => key => Find(key, cancellationToken);

    public PartInfo? Find(string key, CancellationToken cancellationToken)
    {
        if (_parts.TryGetValue(key, out var known))
        {
            return known;
        }

        var part = Read(key, cancellationToken);
        return _parts.GetOrAdd(key, part);
    }

    private PartInfo? Read(string key, CancellationToken cancellationToken)
    {
        var symbol = DocumentationCommentId.GetFirstSymbolForDeclarationId(key, _compilation);
        if (symbol is null)
        {
            return null;
        }

        // In the IDE a project reference is another compilation: its trees are not ours, its manifests are.
        if (symbol.DeclaringSyntaxReferences.Length == 0 || !_compilation.ContainsSyntaxTree(symbol.DeclaringSyntaxReferences[0].SyntaxTree))
        {
            return ManifestsOf(symbol.ContainingAssembly).TryGetValue(key, out var manifest) ? manifest : null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        return TalkGenerator.Parser.ToPart(key, symbol.Name, SourceChain(key, declaration, cancellationToken).Chain);
    }

    /// <summary>
    /// The chain a part declared in source returns, read once per compilation (with its calls' locations) for
    /// its own analysis and for every talk that includes it; Body is false when the declaration has none.
    /// </summary>
    public (bool Body, ChainInfo Chain) SourceChain(string key, SyntaxNode declaration, CancellationToken cancellationToken) =>
        _chains.GetOrAdd(key, _ => TalkGenerator.Parser.ReadDeclared(declaration, _models.For(declaration.SyntaxTree), cancellationToken));

    private Dictionary<string, PartInfo> ManifestsOf(IAssemblySymbol assembly) => _manifests.GetOrAdd(assembly, a =>
    {
        var list = new List<PartInfo>();
        PartManifest.Read(a, list);
        var byKey = new Dictionary<string, PartInfo>(StringComparer.Ordinal);
        foreach (var part in list)
        {
            byKey[part.Key] = part;
        }

        return byKey;
    });
}
