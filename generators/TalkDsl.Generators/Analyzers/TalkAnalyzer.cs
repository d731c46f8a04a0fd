using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;

namespace TalkDsl.Generators.Analyzers;

/// <summary>
/// Reports every TALKnnn diagnostic, live in the IDE and in the build: TALK013 on the declaration of a
/// <c>[Talk]</c>/<c>[TalkPart]</c> member, the rules on the chain it returns (read the same way the generator
/// reads it, and checked by the same shared rules <c>Talk.Validate()</c> runs).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TalkAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(TalkGenerator.Parser.TalkAttributeName) is null)
            {
                return;
            }

            var models = new ChainModels(start.Compilation);
            var parts = new PartLookup(start.Compilation, models);
            var bibliographies = new ProjectBibliographies(start.Options.AdditionalFiles);
            var notationFiles = new ProjectTextFiles<NotationFileContent>(start.Options.AdditionalFiles, ".tex", NotationFileReader.Read);
            var media = ProjectMedia.Read(start.Options);
            start.RegisterSymbolAction(AnalyzeDeclaration, SymbolKind.Method, SymbolKind.Property);
            // A syntax action, not an operation block action: that would have the driver bind every body of the
            // project, with nullable analysis, for the few that are talks; this binds only [Talk]/[TalkPart] members.
            start.RegisterSyntaxNodeAction(node => AnalyzeChain(node, models, parts, bibliographies, media, notationFiles), SyntaxKind.MethodDeclaration, SyntaxKind.PropertyDeclaration);
            start.RegisterAdditionalFileAction(file => bibliographies.Report(file));
        });
    }

    private static MemberKind? KindOf(ISymbol symbol) =>
        TalkGenerator.Parser.HasAttribute(symbol, TalkGenerator.Parser.TalkAttributeName) ? MemberKind.Talk
        : TalkGenerator.Parser.HasAttribute(symbol, TalkGenerator.Parser.TalkPartAttributeName) ? MemberKind.Part
        : null;

    private static void AnalyzeDeclaration(SymbolAnalysisContext context)
    {
        var symbol = context.Symbol;
        if (symbol is IMethodSymbol { MethodKind: not MethodKind.Ordinary } || KindOf(symbol) is not { } kind || symbol.ContainingType is null)
        {
            return;
        }

        var problem = TalkGenerator.Parser.CheckDeclaration(symbol, kind);
        if (problem == DeclarationProblem.None || symbol.Locations.FirstOrDefault() is not { } location)
        {
            return;
        }

        var properties = problem == DeclarationProblem.NotPartial
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.FixProperty, DiagnosticDescriptors.MakePartialFix)
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidDeclaration, location, properties, TalkGenerator.Parser.Describe(problem, symbol, kind)));
    }

    private static void AnalyzeChain(SyntaxNodeAnalysisContext context, ChainModels models, PartLookup parts, ProjectBibliographies bibliographies, ProjectMedia? media, ProjectTextFiles<NotationFileContent> notationFiles)
    {
        var declaration = context.Node;
        if (declaration is not MemberDeclarationSyntax { AttributeLists.Count: > 0 }
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } member
            || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary } || KindOf(member) is not { } kind
            || member.ContainingType is null
            || !TalkGenerator.Parser.CanHoldChain(TalkGenerator.Parser.CheckDeclaration(member, kind)))
        {
            return;
        }

        // The chain reader needs no nullability: a model without nullable analysis binds the body in about half the time.
        // A part's chain is read once, for its own findings and for the talks including it (PartLookup).
        var key = TalkGenerator.Parser.KeyOf(member);
        var model = models.For(declaration.SyntaxTree);
        var (hasBody, chain) = kind == MemberKind.Part && member.DeclaringSyntaxReferences.Length == 1
            ? parts.SourceChain(key, declaration, context.CancellationToken)
            : TalkGenerator.Parser.ReadDeclared(declaration, model, context.CancellationToken);
        if (!hasBody)
        {
            return;
        }

        var tree = declaration.SyntaxTree;
        if (chain.IsOpaque)
        {
            if (chain.OpaqueLocation is { } where)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DynamicContent, where.ToLocation(tree), chain.OpaqueCall));
            }

            return;
        }

        var findPart = parts.For(context.CancellationToken);
        LocationInfo? Inside(LocationInfo argument, string text, int start, int length)
        {
            if (argument.FilePath != tree.FilePath
                || tree.GetRoot(context.CancellationToken).FindNode(argument.Span, getInnermostNodeForTie: true) is not { } node)
            {
                return null;
            }

            var expression = node as ExpressionSyntax ?? (node as ArgumentSyntax)?.Expression;
            return expression is not null && LiteralSpans.Find(expression, model, text, start, length) is { } span ? LocationInfo.From(tree, span) : null;
        }

        var findings = kind == MemberKind.Talk
            ? TalkFindings.ForTalk(key, chain, member.Locations.FirstOrDefault() is { } at ? LocationInfo.From(at) : null, findPart, RuleSettingsReader.Read(context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree)), Inside, path => bibliographies.Find(path, context.CancellationToken), media, path => notationFiles.Find(path, context.CancellationToken))
            : TalkFindings.ForPart(key, chain, findPart, Inside);
        foreach (var finding in findings)
        {
            context.ReportDiagnostic(Diagnostic.Create(finding.Descriptor, finding.Location.ToLocation(tree), finding.Properties, finding.Arguments));
        }
    }
}
