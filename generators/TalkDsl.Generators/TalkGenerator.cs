using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TalkDsl.Generators.Helpers;
using TalkDsl.Generators.Models;

namespace TalkDsl.Generators;

/// <summary>
/// The TalkDsl source generator: for each valid <c>[Talk]</c> it adds <c>Sections</c>, <c>Outline</c> and
/// the renderers to the declaring type; for each <c>[TalkPart]</c> the member that replays it, which every
/// talk including it calls, and in a library a manifest other assemblies can read;
/// and the assembly's <c>TalkCatalog</c>. It reports nothing: invalid input is skipped, and the analyzers
/// (<see cref="Analyzers.TalkAnalyzer"/>) say why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class TalkGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var talks = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                Parser.TalkAttributeName,
                predicate: static (node, _) => node is MethodDeclarationSyntax or PropertyDeclarationSyntax,
                transform: static (ctx, ct) => Safely(() => Parser.Read(ctx, MemberKind.Talk, ct)))
            .Where(static talk => talk is not null)
            .Select(static (talk, _) => talk!)
            .WithTrackingName(TrackingNames.Talks);

        var validTalks = talks
            .Where(static talk => talk.Problem == DeclarationProblem.None && talk.Chain is not null && talk.Type.CanBeReopened)
            .WithTrackingName(TrackingNames.ValidTalks);

        var parts = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                Parser.TalkPartAttributeName,
                predicate: static (node, _) => node is MethodDeclarationSyntax or PropertyDeclarationSyntax,
                transform: static (ctx, ct) => Safely(() => Parser.Read(ctx, MemberKind.Part, ct)))
            .Where(static part => part is not null)
            .Select(static (part, _) => part!)
            .WithTrackingName(TrackingNames.Parts);

        var validParts = parts
            .Where(static part => part.Problem == DeclarationProblem.None && part.Chain is not null && part.Type.CanBeReopened)
            .WithTrackingName(TrackingNames.ValidParts);

        var referencedParts = context.CompilationProvider
            .Select(static (compilation, ct) => PartManifest.ReadReferenced(compilation, ct))
            .WithTrackingName(TrackingNames.ReferencedParts);

        var partTable = validParts
            .Select(static (part, _) => Parser.ToPart(part.Key, part.MemberName, part.Chain, part.Type))
            .Collect()
            .Combine(referencedParts)
            .Select(static (pair, _) => PartTable.Create(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.PartTable);

        // Each talk and part is joined with the parts it reaches, not the whole table: an edit of a part re-resolves
        // only what includes it.
        var resolvedParts = validParts
            .Combine(partTable)
            .Select(static (pair, _) => (Part: pair.Left, Parts: pair.Right.Reachable(pair.Left.Chain!.Steps, pair.Left.Key)))
            .WithTrackingName(TrackingNames.ReachedByParts)
            .Select(static (pair, _) => Safely(() => Resolver.ResolvePart(pair.Part, pair.Parts)))
            .WithTrackingName(TrackingNames.ResolvedParts)
            .Where(static part => part is not null)
            .Select(static (part, _) => part!);

        var resolved = validTalks
            .Combine(partTable)
            .Select(static (pair, _) => (Talk: pair.Left, Parts: pair.Right.Reachable(pair.Left.Chain!.Steps)))
            .WithTrackingName(TrackingNames.ReachedByTalks)
            .Select(static (pair, ct) => Safely(() => Resolver.Resolve(pair.Talk, pair.Parts, ct)))
            .WithTrackingName(TrackingNames.ResolvedTalks)
            .Where(static talk => talk is not null)
            .Select(static (talk, _) => talk!);

        var bibliographies = context.AdditionalTextsProvider
            .Where(static file => BibFileInfo.IsBibliography(file))
            .Select(static (file, ct) => BibFileInfo.Read(file, ct))
            .WithTrackingName(TrackingNames.BibliographyFiles)
            .Collect()
            .Select(static (files, _) => new BibliographyTable(files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(TrackingNames.BibliographyTable);

        // Last, and cheap: a talk that cites nothing passes through, so a .bib edit re-emits only the talks citing what changed.
        var cited = resolved
            .Combine(bibliographies)
            .Select(static (pair, _) => Resolver.Cite(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CitedTalks);

        var catalogNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) ? ns : null)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName))
            .Select(static (pair, _) => CatalogNamespaces.From(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CatalogNamespace);

        var catalog = resolved
            .Select(static (talk, _) => new CatalogEntry(talk.Type.GlobalName, talk.Name))
            .WithTrackingName(TrackingNames.CatalogEntries)
            .Collect()
            .Combine(talks.Collect().Select(static (all, _) => all.Length > 0))
            .Combine(catalogNamespace)
            .Select(static (pair, _) => pair.Left.Right
                ? new CatalogInfo(pair.Right, pair.Left.Left.OrderBy(e => e.TypeGlobalName, System.StringComparer.Ordinal).ToEquatableArray())
                : null)
            .WithTrackingName(TrackingNames.Catalog);

        // Roslyn refuses two generated files with one hint name (ignoring case), across outputs: CS8785. Two members
        // under one name in a type are a duplicate the compiler reports; the generator skips both.
        var clashingHintNames = validTalks
            .Select(static (talk, _) => Emitter.HintName(talk.Type, talk.MemberName))
            .Collect()
            .Combine(validParts.Select(static (part, _) => Emitter.HintName(part.Type, part.MemberName)).Collect())
            .Select(static (pair, _) => pair.Left.Concat(pair.Right)
                .GroupBy(name => name, System.StringComparer.OrdinalIgnoreCase)
                .Where(group => group.Count() > 1)
                .SelectMany(group => group)
                .OrderBy(name => name, System.StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.ClashingHintNames);

        context.RegisterSourceOutput(cited.Combine(clashingHintNames), static (spc, pair) =>
            Emit(spc, Emitter.HintName(pair.Left.Type, pair.Left.MemberName), pair.Right, () => Emitter.EmitTalk(pair.Left)));

        // A part's manifest is for talks in other assemblies: a library carries them, an application (a talk project) not,
        // unless its project sets TalkDslPartManifests. Its own talks call the parts' replay members.
        var partManifests = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.TalkDslPartManifests", out var value) ? value : null)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.Options.OutputKind))
            .Select(static (pair, _) => PartManifest.IsWanted(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.PartManifests);

        context.RegisterSourceOutput(resolvedParts.Combine(clashingHintNames).Combine(partManifests), static (spc, pair) =>
        {
            var part = pair.Left.Left;
            if (pair.Right || part.Events is not null)
            {
                Emit(spc, Emitter.HintName(part.Type, part.MemberName), pair.Left.Right, () => Emitter.EmitPart(part, withManifest: pair.Right));
            }
        });

        context.RegisterSourceOutput(catalog, static (spc, info) =>
        {
            if (info is not null)
            {
                Emit(spc, () => "TalkCatalog.g.cs", () => Emitter.EmitCatalog(info));
            }
        });
    }

    /// <summary>A step's result, or null (the input is skipped) when reading half-typed code throws.</summary>
    private static T? Safely<T>(System.Func<T?> step)
        where T : class
    {
        try
        {
            return step();
        }
        catch (System.Exception e) when (Parser.IsSkipped(e))
        {
            return null;
        }
    }

    /// <summary>Adds one generated file unless another member's file would have the same hint name.</summary>
    private static void Emit(SourceProductionContext context, string hintName, EquatableArray<string> clashing, System.Func<string> source)
    {
        if (!clashing.AsImmutableArray().Contains(hintName))
        {
            Emit(context, () => hintName, source);
        }
    }

    /// <summary>
    /// Adds one generated file, or nothing. The generator must never throw (CS8785 drops every generated
    /// member from the IDE until the next good keystroke): input it cannot emit — code half-typed, a name
    /// given twice — is skipped, and the analyzers and the compiler say what is wrong with it.
    /// </summary>
    private static void Emit(SourceProductionContext context, System.Func<string> hintName, System.Func<string> source)
    {
        try
        {
            context.AddSource(hintName(), source());
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // Skipped: see the summary.
        }
    }
}
