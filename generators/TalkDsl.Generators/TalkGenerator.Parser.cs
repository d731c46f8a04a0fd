using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using TalkDsl.Generators.Helpers;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;

namespace TalkDsl.Generators;

public sealed partial class TalkGenerator
{
    /// <summary>
    /// Reads a <c>[Talk]</c>/<c>[TalkPart]</c> member into value models: its declaration, and the fluent
    /// chain it returns (each builder call, each argument's constant value, each call's location), read from
    /// its syntax when its arguments are literals (<see cref="LiteralChain"/>), else walked on the operation
    /// tree. Shared by the generator and the analyzer; never throws on half-typed code.
    /// </summary>
    internal static partial class Parser
    {
        public const string TalkAttributeName = "TalkDsl.TalkAttribute";
        public const string TalkPartAttributeName = "TalkDsl.TalkPartAttribute";

        private const string Namespace = "TalkDsl";

        /// <summary>The generator's transform: the member, or null when it cannot be read at all.</summary>
        public static MemberInfo? Read(GeneratorAttributeSyntaxContext context, MemberKind kind, CancellationToken cancellationToken)
        {
            try
            {
                if (context.TargetSymbol is not (IMethodSymbol or IPropertySymbol) || context.TargetSymbol.ContainingType is null)
                {
                    return null;
                }

                var symbol = context.TargetSymbol;
                var problem = CheckDeclaration(symbol, kind);
                var chain = CanHoldChain(problem)
                    ? ReadMember(context.TargetNode, context.SemanticModel, () => WithoutNullableAnalysis(context.SemanticModel.Compilation, context.TargetNode.SyntaxTree), withLocations: false, cancellationToken).Chain
                    : null;
                return new MemberInfo(kind, KeyOf(symbol), symbol.Name, symbol is IPropertySymbol, ContainingTypeOf(symbol.ContainingType), problem, chain);
            }
            catch (Exception exception) when (IsSkipped(exception))
            {
                // Half-typed code can surprise the walk; the member simply yields no output (the analyzer reports).
                return null;
            }
        }

        /// <summary>An exception reading half-typed code may throw, which skips the member; never a cancellation, nor a debug build's failed check.</summary>
        public static bool IsSkipped(Exception exception) => exception is not OperationCanceledException
#if DEBUG
            and not LiteralChainMismatchException
#endif
            ;

        /// <summary>
        /// A model of the same tree that skips nullable analysis. The chain reader needs the calls, their
        /// arguments' constant values and symbols, never nullability; the nullable walker is otherwise a large
        /// share of binding a long fluent chain (the compiler runs it once more when it compiles the body).
        /// </summary>
        public static SemanticModel WithoutNullableAnalysis(Compilation compilation, SyntaxTree tree)
        {
#pragma warning disable RSEXPERIMENTAL001 // SemanticModelOptions.DisableNullableAnalysis: experimental in Roslyn 4.9+, what the IDE's classifier uses
            return compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis);
#pragma warning restore RSEXPERIMENTAL001
        }

        /// <summary>The analyzer's read of a member declared in source: the chain it returns, with each call's location; Body is false when the declaration has none.</summary>
        public static (bool Body, ChainInfo Chain) ReadDeclared(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken) =>
            ReadMember(declaration, model, () => model, withLocations: true, cancellationToken);

        /// <param name="type">The part's declaring type, for a part the generator emits a replay member for; null in the analyzer.</param>
        public static PartInfo ToPart(string key, string memberName, ChainInfo? chain, ContainingTypeInfo? type = null) =>
            new(key, string.IsNullOrWhiteSpace(chain?.PartName) ? memberName : chain!.PartName!, chain?.Steps ?? EquatableArray<StepInfo>.Empty, chain is null || chain.IsOpaque, type is null ? null : type.GlobalName + "." + ReplayerName(memberName));

        /// <summary>The name of a part's generated replay member: <c>Replay{Member}Part</c>.</summary>
        public static string ReplayerName(string memberName) => "Replay" + memberName + "Part";

        /// <summary>The stable key of a member: its documentation id, the same in source and in metadata.</summary>
        public static string KeyOf(ISymbol symbol) => symbol.OriginalDefinition.GetDocumentationCommentId() ?? symbol.ToDisplayString();

        public static bool HasAttribute(ISymbol symbol, string metadataName)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && type.ContainingNamespace is { Name: Namespace } ns && ns.ContainingNamespace.IsGlobalNamespace
                    && Namespace + "." + type.MetadataName == metadataName)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool CanHoldChain(DeclarationProblem problem) =>
            problem is not (DeclarationProblem.WrongReturnType or DeclarationProblem.HasParameters);

        /// <summary>TALK013: the first reason the generator cannot use this member, or None.</summary>
        public static DeclarationProblem CheckDeclaration(ISymbol symbol, MemberKind kind)
        {
            if (!symbol.IsStatic)
            {
                return DeclarationProblem.NotStatic;
            }

            if (symbol is IMethodSymbol { Parameters.Length: > 0 } or IMethodSymbol { IsGenericMethod: true } or IPropertySymbol { IsIndexer: true })
            {
                return DeclarationProblem.HasParameters;
            }

            var returnType = symbol switch
            {
                IMethodSymbol method => method.ReturnType,
                IPropertySymbol { GetMethod: not null } property => property.Type,
                _ => null,
            };
            if (returnType is null || !(kind == MemberKind.Talk ? IsTalkType(returnType) : IsBuilderType(returnType, "TalkPart")))
            {
                return DeclarationProblem.WrongReturnType;
            }

            for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
            {
                if (type.IsGenericType)
                {
                    return DeclarationProblem.GenericType;
                }
            }

            for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
            {
                if (!IsPartial(type))
                {
                    return DeclarationProblem.NotPartial;
                }
            }

            if (kind == MemberKind.Talk && FirstTalkOf(symbol.ContainingType) is { } first && !SymbolEqualityComparer.Default.Equals(first, symbol))
            {
                return DeclarationProblem.SecondTalk;
            }

            return DeclarationProblem.None;
        }

        /// <summary>The TALK013 message for a problem.</summary>
        public static string Describe(DeclarationProblem problem, ISymbol symbol, MemberKind kind)
        {
            var attribute = kind == MemberKind.Talk ? "[Talk]" : "[TalkPart]";
            var returns = kind == MemberKind.Talk ? "Talk" : "TalkPart";
            var type = symbol.ContainingType;
            return problem switch
            {
                DeclarationProblem.NotStatic => $"The {attribute} member '{symbol.Name}' must be static: make it 'public static {returns} {symbol.Name}'",
                DeclarationProblem.HasParameters => $"The {attribute} member '{symbol.Name}' must take no parameters: make it a static property or a parameterless static method",
                DeclarationProblem.WrongReturnType => $"The {attribute} member '{symbol.Name}' must return {returns}{(kind == MemberKind.Talk ? " (or a stage such as TalkBody)" : string.Empty)}",
                DeclarationProblem.GenericType => $"The {attribute} member '{symbol.Name}' is declared in the generic type '{type.ToDisplayString()}': move it to a non-generic type",
                DeclarationProblem.NotPartial => $"The type '{NotPartialType(type)?.Name}' that declares the {attribute} member '{symbol.Name}' must be partial, so the generator can add to it: declare it 'partial'",
                DeclarationProblem.SecondTalk => $"The type '{type.Name}' already declares the [Talk] '{FirstTalkOf(type)?.Name}': declare one talk per type, so its Sections, Outline and renderers have one home",
                _ => string.Empty,
            };
        }

        private static INamedTypeSymbol? NotPartialType(INamedTypeSymbol? type)
        {
            for (; type is not null; type = type.ContainingType)
            {
                if (!IsPartial(type))
                {
                    return type;
                }
            }

            return null;
        }

        private static bool IsPartial(INamedTypeSymbol type)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }

            return type.DeclaringSyntaxReferences.Length > 0;
        }

        /// <summary>The [Talk] member a type declares first (by file path, then position): the one it keeps.</summary>
        private static ISymbol? FirstTalkOf(INamedTypeSymbol type)
        {
            ISymbol? first = null;
            Location? firstLocation = null;
            foreach (var member in type.GetMembers())
            {
                if (member is not (IMethodSymbol or IPropertySymbol) || !HasAttribute(member, TalkAttributeName) || member.Locations.FirstOrDefault() is not { } location)
                {
                    continue;
                }

                if (firstLocation is null || Compare(location, firstLocation) < 0)
                {
                    first = member;
                    firstLocation = location;
                }
            }

            return first;
        }

        private static int Compare(Location a, Location b)
        {
            var byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
            return byPath != 0 ? byPath : a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
        }

        public static ContainingTypeInfo ContainingTypeOf(INamedTypeSymbol type)
        {
            var declarations = new List<TypeDeclarationInfo>();
            for (var current = type; current is not null; current = current.ContainingType)
            {
                declarations.Insert(0, new TypeDeclarationInfo(KeywordOf(current), current.Name));
            }

            var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
            var full = (ns.Length == 0 ? string.Empty : ns + ".") + string.Join(".", declarations.Select(d => d.Name));
            return new ContainingTypeInfo(ns, declarations.ToEquatableArray(), full);
        }

        private static string KeywordOf(INamedTypeSymbol type) => type switch
        {
            { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
            { IsRecord: true } => "record",
            { TypeKind: TypeKind.Struct } => "struct",
            { TypeKind: TypeKind.Interface } => "interface",
            _ => "class",
        };

        /// <summary>The operation of a member's body, property expression body, getter or initializer.</summary>
        public static IOperation? BodyOperation(SyntaxNode member, SemanticModel model, CancellationToken cancellationToken)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method:
                    return model.GetOperation(method, cancellationToken);
                case PropertyDeclarationSyntax { ExpressionBody: { } arrow }:
                    return model.GetOperation(arrow, cancellationToken);
                case PropertyDeclarationSyntax { Initializer: { } initializer }:
                    return model.GetOperation(initializer, cancellationToken);
                case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                    var getter = accessors.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
                    return getter is null ? null : model.GetOperation(getter, cancellationToken);
                default:
                    return null;
            }
        }

        /// <summary>
        /// The expression a body returns: an expression body, a property initializer, or a block that ends
        /// in its only <c>return</c> (a chain built from a local then stops at that local, as dynamic).
        /// </summary>
        public static IOperation? FindReturnedValue(IOperation? body)
        {
            switch (body)
            {
                case IMethodBodyOperation methodBody:
                    return FindReturnedValue(methodBody.BlockBody ?? methodBody.ExpressionBody);
                case IPropertyInitializerOperation initializer:
                    return initializer.Value;
                case IReturnOperation returned:
                    return returned.ReturnedValue;
                case IBlockOperation block when block.Operations.Length > 0 && block.Operations[block.Operations.Length - 1] is IReturnOperation last:
                    for (var i = 0; i < block.Operations.Length - 1; i++)
                    {
                        if (block.Operations[i].DescendantsAndSelf().Any(o => o is IReturnOperation))
                        {
                            return null;
                        }
                    }

                    return last.ReturnedValue;
                default:
                    return null;
            }
        }

        /// <summary>Walks the chain ending in <paramref name="returned"/> from its static entry call to its last call.</summary>
        /// <param name="member">The member's declaration: where an unreadable body is reported.</param>
        public static ChainInfo ReadChain(IOperation? returned, SyntaxNode member, bool withLocations, CancellationToken cancellationToken)
        {
            var memberLocation = withLocations ? MemberNameLocation(member) : null;
            var current = Strip(returned);
            if (current is null)
            {
                return ChainInfo.Opaque("The body", memberLocation);
            }

            var calls = new List<IInvocationOperation>();
            while (current is IInvocationOperation invocation && invocation.TargetMethod.ContainingType is { } type && IsBuilderType(type))
            {
                cancellationToken.ThrowIfCancellationRequested();
                calls.Add(invocation);
                if (invocation.TargetMethod.IsStatic)
                {
                    break;
                }

                current = Strip(invocation.Instance);
            }

            if (calls.Count == 0 || !calls[calls.Count - 1].TargetMethod.IsStatic)
            {
                var stop = calls.Count == 0 ? current : Strip(calls[calls.Count - 1].Instance);
                var location = withLocations && stop is not null ? LocationInfo.From(stop.Syntax.SyntaxTree, ReportSpan(stop.Syntax)) : memberLocation;
                return ChainInfo.Opaque(Short(stop?.Syntax), location);
            }

            calls.Reverse();
            return ReadCalls(calls.Select(BuilderCall.FromOperation), withLocations);
        }

        /// <summary>Reads the calls of a chain in order, from its static entry call; a builder method the reader does not know makes it opaque.</summary>
        private static ChainInfo ReadCalls(IEnumerable<BuilderCall> calls, bool withLocations)
        {
            var reader = new ChainReader(withLocations);
            foreach (var call in calls)
            {
                if (!reader.Read(call))
                {
                    return ChainInfo.Opaque(call.Name + "(...)", withLocations ? CallLocation(call) : null);
                }
            }

            return new ChainInfo(reader.Header, reader.Steps.ToEquatableArray(), reader.PartName, null, null);
        }

        /// <summary>
        /// The chain a member returns: from its syntax when its arguments are literals (<see cref="LiteralChain"/>),
        /// else from its bound body; Body is false when the declaration has none. Both readings give one result.
        /// </summary>
        /// <param name="lookups">A model of the member's tree, for name lookups only.</param>
        /// <param name="binding">The model that binds the body, when it must be bound.</param>
        public static (bool Body, ChainInfo Chain) ReadMember(SyntaxNode declaration, SemanticModel lookups, Func<SemanticModel> binding, bool withLocations, CancellationToken cancellationToken)
        {
            if (LiteralChain.Read(declaration, lookups, cancellationToken) is { } literal)
            {
                var chain = ReadCalls(literal, withLocations);
                if (!chain.IsOpaque)
                {
#if DEBUG
                    // Every test of a debug build reads each literal chain both ways: the readings must agree, where the
                    // member compiles (in a member with errors the compiler's own reading is a guess, and the build fails).
                    var model = binding();
                    if (ReadBound(declaration, model, withLocations, cancellationToken).Chain is var bound && !bound.Equals(chain)
                        && !model.GetDiagnostics(declaration.FullSpan, cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error))
                    {
                        throw new LiteralChainMismatchException(declaration, bound, chain);
                    }
#endif
                    return (true, chain);
                }
            }

            return ReadBound(declaration, binding(), withLocations, cancellationToken);
        }

        /// <summary>The chain a member returns, read from its bound body (the operation tree).</summary>
        public static (bool Body, ChainInfo Chain) ReadBound(SyntaxNode declaration, SemanticModel model, bool withLocations, CancellationToken cancellationToken)
        {
            var body = BodyOperation(declaration, model, cancellationToken);
            return (body is not null, ReadChain(FindReturnedValue(body), declaration, withLocations, cancellationToken));
        }

        private static LocationInfo? MemberNameLocation(SyntaxNode member)
        {
            var token = member switch
            {
                MethodDeclarationSyntax method => method.Identifier,
                PropertyDeclarationSyntax property => property.Identifier,
                _ => default,
            };
            return token == default ? LocationInfo.From(member.SyntaxTree, member.Span) : LocationInfo.From(member.SyntaxTree, token.Span);
        }

        private static TextSpan ReportSpan(SyntaxNode node) => node is InvocationExpressionSyntax invocation
            ? TextSpan.FromBounds(invocation.Expression is MemberAccessExpressionSyntax access ? access.Name.SpanStart : invocation.SpanStart, invocation.Span.End)
            : node.Span;

        private static LocationInfo CallLocation(BuilderCall call) => LocationInfo.From(call.Syntax.SyntaxTree, ReportSpan(call.Syntax));

        private static string Short(SyntaxNode? syntax)
        {
            var text = syntax?.ToString() ?? "The body";
            text = string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
            return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
        }

        private static IOperation? Strip(IOperation? operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation { IsImplicit: true } conversion:
                        operation = conversion.Operand;
                        break;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        break;
                    default:
                        return operation;
                }
            }
        }

        private static bool IsTalkType(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (IsBuilderType(current, "Talk"))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsBuilderType(ITypeSymbol type) =>
            type.Name is "Talk" or "TalkHeader" or "TalkBody" or "TalkClosing" or "TalkEnd" or "TalkPart" && IsInTalkDsl(type);

        private static bool IsBuilderType(ITypeSymbol type, string name) => type.Name == name && IsInTalkDsl(type);

        private static bool IsInTalkDsl(ISymbol symbol) =>
            symbol.ContainingNamespace is { Name: Namespace } ns && ns.ContainingNamespace is { IsGlobalNamespace: true };

        /// <summary>Reads the calls of one chain in order, accumulating the header and the body.</summary>
        private sealed partial class ChainReader
        {
            private readonly bool _withLocations;
            private readonly List<AuthorInfo> _authors = new();

            public ChainReader(bool withLocations) => _withLocations = withLocations;

            public HeaderInfo Header { get; private set; } = HeaderInfo.Empty;

            public List<StepInfo> Steps { get; } = new();

            public string? PartName { get; private set; }

            /// <summary>Reads one call; false for a builder method this reader does not know.</summary>
            public bool Read(BuilderCall call)
            {
                switch (call.Name)
                {
                    case "Titled":
                        ReadTitle(call);
                        return true;
                    case "Author":
                        ReadAuthor(call);
                        return true;
                    case "Subtitle":
                        ReadHeaderText(call, "subtitle", (h, v) => h with { Subtitle = v });
                        return true;
                    case "Venue":
                        ReadHeaderText(call, "venue", (h, v) => h with { Venue = v });
                        return true;
                    case "FileName":
                        ReadFileName(call);
                        return true;
                    case "Abstract":
                        ReadHeaderText(call, "markdown", (h, v) => h with { Abstract = MarkdownText.Normalize(v) });
                        return true;
                    case "Date":
                        ReadDate(call);
                        return true;
                    case "Transition":
                        ReadTransition(call);
                        return true;
                    case "Paper":
                        ReadPaper(call);
                        return true;
                    case "Duration":
                        ReadDuration(call);
                        return true;
                    case "Theme":
                        ReadCheckedHeaderText(call, "name", ValueChecks.Theme, (h, v) => h with { Theme = v });
                        return true;
                    case "Stylesheet":
                        ReadCheckedHeaderText(call, "path", ValueChecks.Stylesheet, (h, v) => h with { Stylesheets = h.Stylesheets.Concat(new[] { v }).ToEquatableArray() });
                        return true;
                    case "Section":
                        ReadHeading(call, HeadingLevel.Section);
                        return true;
                    case "Subsection":
                        ReadHeading(call, HeadingLevel.Subsection);
                        return true;
                    case "Subsubsection":
                        ReadHeading(call, HeadingLevel.Subsubsection);
                        return true;
                    case "NewSlide":
                        ReadHeading(call, HeadingLevel.NewSlide);
                        return true;
                    case "Markdown":
                        ReadContent(call, ContentTarget.Both);
                        return true;
                    case "Slides":
                        ReadContent(call, ContentTarget.Slides);
                        return true;
                    case "Notes":
                        ReadContent(call, ContentTarget.Notes);
                        return true;
                    case "SpeakerNotes":
                        ReadContent(call, ContentTarget.SpeakerNotes);
                        return true;
                    case "Include":
                        ReadInclude(call);
                        return true;
                    case "Thanks":
                        Steps.Add(new StepInfo(StepKind.Thanks, default, default, null, false, ValueState.Constant, null, null, Call(call), null));
                        return true;
                    case "References":
                        Steps.Add(new StepInfo(StepKind.References, default, default, null, false, ValueState.Constant, null, null, Call(call), null));
                        return true;
                    case "Notation":
                        ReadNotation(call);
                        return true;
                    case "Bibliography":
                        ReadBibliography(call);
                        return true;
                    case "NotationFile":
                        ReadNotationFile(call);
                        return true;
                    case "Image":
                        ReadMediaCall(call, RuleMediaKind.Image);
                        return true;
                    case "YouTube":
                        ReadMediaCall(call, RuleMediaKind.YouTube);
                        return true;
                    case "Align":
                        ReadDivCall(call);
                        return true;
                    case "Div":
                        ReadDivCall(call);
                        return true;
                    case "Figure":
                        ReadFigure(call);
                        return true;
                    case "Columns":
                        ReadColumns(call);
                        return true;
                    case "Fragment":
                        ReadFragment(call);
                        return true;
                    case "Code":
                        ReadCode(call);
                        return true;
                    case "Incremental":
                        ReadSlideText(call, SlideTextKind.Incremental);
                        return true;
                    case "SlidesSmall":
                        ReadSlideText(call, SlideTextKind.Small);
                        return true;
                    case "Animation":
                        ReadAnimation(call);
                        return true;
                    case "EditMe":
                        ReadEditMe(call);
                        return true;
                    case "Create":
                        PartName = Argument(call, "name") is { } name && name.Value.Constant is { HasValue: true, Value: string value } ? value : null;
                        return true;
                    default:
                        return false;
                }
            }

            private LocationInfo? Call(BuilderCall call) => _withLocations ? CallLocation(call) : null;

            /// <summary>Where an element of a list argument is (an animation's frame): its own span.</summary>
            private LocationInfo? Where(CallValue element, CallArgument? argument, BuilderCall call) =>
                !_withLocations ? null
                : element.Syntax is { } syntax && !element.IsImplicit ? LocationInfo.From(syntax.SyntaxTree, syntax.Span)
                : Where(argument, call);

            private LocationInfo? Where(CallArgument? argument, BuilderCall call) =>
                !_withLocations ? null
                : argument is { IsExplicit: true, Syntax: { } syntax } ? LocationInfo.From(syntax.SyntaxTree, syntax.Expression.Span)
                : CallLocation(call);

            private void MarkDynamic(BuilderCall call, CallArgument? argument)
            {
                if (Header.DynamicCall is null)
                {
                    Header = Header with { DynamicCall = call.Name + "(...)", DynamicLocation = Where(argument, call) };
                }
            }

            private void MarkInvalid() => Header = Header with { IsInvalid = true };

            /// <summary>A header value the builder refuses: TALK014 on <paramref name="argument"/>, and the talk is built at run time, where the builder throws.</summary>
            private void Refuse(string message, CallArgument? argument, BuilderCall call) =>
                Header = Header with { IsInvalid = true, Refusals = Header.Refusals.Concat(new[] { new RefusalInfo(message, Where(argument, call)) }).ToEquatableArray() };

            private void ReadBibliography(BuilderCall call)
            {
                var argument = Argument(call, "path");
                var (state, value) = ReadString(argument);
                if (state == ValueState.Constant && !string.IsNullOrWhiteSpace(value))
                {
                    var named = new BibliographyInfo(value!.Trim(), call.Syntax.SyntaxTree.FilePath, Call(call), Where(argument, call));
                    Header = Header with { Bibliographies = Header.Bibliographies.Concat(new[] { named }).ToEquatableArray() };
                }
                else if (state == ValueState.Constant)
                {
                    Refuse("The bibliography path is blank: name a .bib file, e.g. \"references.bib\"", argument, call);
                }

                Flag(state, call, argument);
            }

            private void ReadNotationFile(BuilderCall call)
            {
                var argument = Argument(call, "path");
                var (state, value) = ReadString(argument);
                if (state == ValueState.Constant && !string.IsNullOrWhiteSpace(value))
                {
                    var named = new BibliographyInfo(value!.Trim(), call.Syntax.SyntaxTree.FilePath, Call(call), Where(argument, call));
                    Header = Header with { NotationFiles = Header.NotationFiles.Concat(new[] { named }).ToEquatableArray() };
                }
                else if (state == ValueState.Constant)
                {
                    Refuse("The notation file path is blank: name a .tex file, e.g. \"talk-notation.tex\"", argument, call);
                }

                Flag(state, call, argument);
            }

            private void ReadTitle(BuilderCall call)
            {
                var argument = Argument(call, "title");
                var (state, value) = ReadString(argument);
                Header = Header with
                {
                    HasTitleCall = true,
                    Title = state == ValueState.Constant ? value : null,
                    TitleIsDynamic = state == ValueState.Dynamic,
                    TitleCall = Call(call),
                    TitleArgument = Where(argument, call),
                };
                Flag(state, call, argument);
            }

            private void Flag(ValueState state, BuilderCall call, CallArgument? argument)
            {
                if (state == ValueState.Dynamic)
                {
                    MarkDynamic(call, argument);
                }
                else if (state == ValueState.Invalid)
                {
                    MarkInvalid();
                }
            }

            private void ReadHeaderText(BuilderCall call, string parameter, Func<HeaderInfo, string, HeaderInfo> set)
            {
                var argument = Argument(call, parameter);
                var (state, value) = ReadString(argument);
                if (state == ValueState.Constant)
                {
                    Header = set(Header, value!);
                }

                Flag(state, call, argument);
            }

            /// <summary>A header text the builder checks and stores trimmed (<c>Theme</c>, <c>Stylesheet</c>): a refused constant is TALK014.</summary>
            private void ReadCheckedHeaderText(BuilderCall call, string parameter, Func<string, string?> check, Func<HeaderInfo, string, HeaderInfo> set)
            {
                var argument = Argument(call, parameter);
                var (state, value) = ReadString(argument);
                Flag(state, call, argument);
                if (state != ValueState.Constant)
                {
                    return;
                }

                if (check(value!) is { } problem)
                {
                    Refuse(problem, argument, call);
                    return;
                }

                Header = set(Header, value!.Trim());
            }

            private void ReadAuthor(BuilderCall call)
            {
                string? Field(string parameter)
                {
                    var argument = Argument(call, parameter);
                    var (state, value) = ReadString(argument, nullAllowed: true);
                    Flag(state, call, argument);
                    return state == ValueState.Constant ? Blank(value) : null;
                }

                var given = Field("given");
                var family = Field("family");
                var author = new AuthorInfo(
                    given,
                    family,
                    Field("institute"),
                    Field("url"),
                    Field("twitter"),
                    Field("gscholar"),
                    Field("orcid"),
                    Call(call),
                    Where(Argument(call, "url"), call),
                    Where(Argument(call, "twitter"), call));

                // The builder refuses an author with neither name; only constants can prove it.
                if (IsConstant(Argument(call, "given")) && IsConstant(Argument(call, "family")) && ValueChecks.AuthorName(given, family) is { } noName)
                {
                    Refuse(noName, Argument(call, "given"), call);
                }

                _authors.Add(author);
                Header = Header with { Authors = _authors.ToEquatableArray() };
            }

            private void ReadDate(BuilderCall call)
            {
                int? year, month, day;
                var dateArgument = Argument(call, "date");
                if (dateArgument is null)
                {
                    year = ReadInt(Argument(call, "year"));
                    month = ReadInt(Argument(call, "month"));
                    day = ReadInt(Argument(call, "day"));
                }
                else if (dateArgument.Value is { Created: { Name: "DateOnly", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } creation
                    && creation.Arguments.Length == 3)
                {
                    year = ReadInt(Argument(creation.Arguments, "year"));
                    month = ReadInt(Argument(creation.Arguments, "month"));
                    day = ReadInt(Argument(creation.Arguments, "day"));
                    if (year is int y && month is int m && day is int d && !TalkRules.IsValidDate(y, m, d))
                    {
                        // new DateOnly(...) itself throws for an impossible date.
                        MarkInvalid();
                    }
                }
                else
                {
                    year = month = day = null;
                }

                if (year is null || month is null || day is null)
                {
                    MarkDynamic(call, dateArgument);
                    Header = Header with { Year = null, Month = null, Day = null, DateCall = Call(call) };
                    return;
                }

                Header = Header with { Year = year, Month = month, Day = day, DateCall = Call(call) };
            }

            private void ReadTransition(BuilderCall call)
            {
                var argument = Argument(call, "transition");
                var value = ReadInt(argument);
                if (value is null)
                {
                    MarkDynamic(call, argument);
                }
                else if (value is < (int)Transition.None or > (int)Transition.Zoom)
                {
                    MarkInvalid();
                }
                else
                {
                    Header = Header with { Transition = (Transition)value.Value };
                }
            }

            private void ReadFileName(BuilderCall call)
            {
                var argument = Argument(call, "name");
                var (state, name) = ReadString(argument);
                Flag(state, call, argument);
                if (state != ValueState.Constant)
                {
                    return;
                }

                if (ValueChecks.FileName(name!) is { } notAName)
                {
                    Refuse(notAName, argument, call);
                    return;
                }

                Header = Header with { FileName = name!.Trim() };
            }

            private void ReadPaper(BuilderCall call)
            {
                var sizeArgument = Argument(call, "size");
                var size = ReadInt(sizeArgument);
                var marginArgument = Argument(call, "margin");
                var (state, margin) = ReadString(marginArgument);
                if (size is null)
                {
                    MarkDynamic(call, sizeArgument);
                    return;
                }

                Flag(state, call, marginArgument);
                if (state == ValueState.Constant && ValueChecks.Margin(margin!) is { } notALength)
                {
                    Refuse(notALength, marginArgument, call);
                    return;
                }

                if (size is < (int)PaperSize.A4 or > (int)PaperSize.Legal)
                {
                    // An enum value cast from a number: not reported (see TALK014's page), built at run time.
                    MarkInvalid();
                    return;
                }

                if (state == ValueState.Constant)
                {
                    Header = Header with { PaperSize = (PaperSize)size.Value, PaperMargin = margin!.Trim() };
                }
            }

            private void ReadDuration(BuilderCall call)
            {
                var argument = Argument(call, "duration");
                var ticks = argument?.Value.Ticks;
                if (ticks is null)
                {
                    // An earlier constant duration no longer holds.
                    MarkDynamic(call, argument);
                    Header = Header with { DurationTicks = null, DurationCall = null };
                    return;
                }

                if (ValueChecks.Duration(new System.TimeSpan(ticks.Value)) is { } notPositive)
                {
                    Refuse(notPositive, argument, call);
                    return;
                }

                Header = Header with { DurationTicks = ticks, DurationCall = Call(call) };
            }

            private void ReadHeading(BuilderCall call, HeadingLevel level)
            {
                var argument = Argument(call, "title");
                var (state, value) = ReadString(argument, nullAllowed: level == HeadingLevel.NewSlide);
                var values = new CallValues(this, call);
                var shownIn = values.ShownIn(Argument(call, "shownIn"));
                // A title known with a shownIn computed at run time: TALK012 points at the shownIn.
                var where = state == ValueState.Constant && values.FirstDynamic is { } dynamic ? dynamic : Where(argument, call);
                Steps.Add(new StepInfo(StepKind.Heading, level, shownIn, state == ValueState.Constant ? value : null, false, Sum(state, values.State), null, null, Call(call), where)
                {
                    Refusals = values.Refusals.ToEquatableArray(),
                });
            }

            /// <summary>The state of a call from its main argument's and its other arguments': dynamic first, then invalid.</summary>
            private static ValueState Sum(ValueState main, ValueState others) =>
                main == ValueState.Dynamic || others == ValueState.Dynamic ? ValueState.Dynamic
                : main == ValueState.Invalid || others == ValueState.Invalid ? ValueState.Invalid
                : ValueState.Constant;

            private void ReadContent(BuilderCall call, ContentTarget target)
            {
                var argument = Argument(call, "markdown");
                var (state, value) = ReadString(argument);
                var html = Argument(call, "allowHtml")?.Value.Constant;
                var allowHtml = html is { HasValue: true, Value: true };
                if (html is not { HasValue: true, Value: bool } && state == ValueState.Constant)
                {
                    state = ValueState.Dynamic;
                }

                var text = state == ValueState.Constant ? MarkdownText.Normalize(value!) : null;
                Steps.Add(new StepInfo(StepKind.Content, default, target, text, allowHtml, state, null, null, Call(call), Where(argument, call)));
            }

            private void ReadInclude(BuilderCall call)
            {
                var argument = Argument(call, "part");
                var value = argument?.Value;
                ISymbol? target = value switch
                {
                    { StaticProperty: { } property } => property,
                    { StaticCall: { IsGenericMethod: false } method, Arguments.Length: 0 } => method,
                    _ => null,
                };
                var state = value?.StrippedConstant is { HasValue: true, Value: null } ? ValueState.Invalid
                    : target is not null && HasAttribute(target, TalkPartAttributeName) ? ValueState.Constant
                    : ValueState.Dynamic;
                var key = state == ValueState.Constant ? KeyOf(target!) : null;
                var name = target?.Name ?? Short(argument?.Value.Syntax);
                var values = new CallValues(this, call);
                var shownIn = values.ShownIn(Argument(call, "shownIn"));
                var where = state == ValueState.Constant && values.FirstDynamic is { } dynamic ? dynamic : Where(argument, call);
                Steps.Add(new StepInfo(StepKind.Include, default, shownIn, null, false, state == ValueState.Constant ? values.State : state, key, name, Call(call), where)
                {
                    Refusals = values.Refusals.ToEquatableArray(),
                });
            }

            private static CallArgument? Argument(BuilderCall call, string parameter) => Argument(call.Arguments, parameter);

            private static CallArgument? Argument(ImmutableArray<CallArgument> arguments, string parameter)
            {
                foreach (var argument in arguments)
                {
                    if (argument.Parameter == parameter)
                    {
                        return argument;
                    }
                }

                return null;
            }

            private static bool IsConstant(CallArgument? argument) => argument?.Value.Constant.HasValue == true;

            /// <summary>A string argument: constant (with its value), dynamic, or a null the builder refuses.</summary>
            private static (ValueState State, string? Value) ReadString(CallArgument? argument, bool nullAllowed = false)
            {
                var constant = argument?.Value.Constant;
                return constant switch
                {
                    { HasValue: true, Value: string text } => (ValueState.Constant, text),
                    { HasValue: true, Value: null } => nullAllowed ? (ValueState.Constant, null) : (ValueState.Invalid, null),
                    _ => (ValueState.Dynamic, null),
                };
            }

            private static int? ReadInt(CallArgument? argument) =>
                argument?.Value.Constant is { HasValue: true, Value: { } value } && value is int or short or byte or sbyte or ushort
                    ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
                    : null;

            private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }
    }
}
