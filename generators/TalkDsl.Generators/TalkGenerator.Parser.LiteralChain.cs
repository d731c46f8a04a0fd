using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TalkDsl.Generators;

public sealed partial class TalkGenerator
{
    internal static partial class Parser
    {
        /// <summary>
        /// Reads the calls of a chain whose arguments are literals (strings, numbers, booleans, <c>null</c>, enum
        /// members and constants, <c>Media</c> factories of literals, references to parts) from the syntax, with name lookups but
        /// without binding the body. Binding a talk's body is most of what the generator and the analyzer cost, and
        /// the compiler binds it once more to compile it; a talk written by hand or by <c>talk import</c> is almost
        /// all literals. Anything this cannot resolve exactly as the compiler would (an overload it cannot choose
        /// alone, a computed value, a name it cannot look up) gives null, and the body is bound instead.
        /// </summary>
        /// <remarks>
        /// Names are looked up where the member's type is written, so locals and lambda parameters, which a
        /// literal chain cannot contain, are never in scope there. A method is taken only when it is the one
        /// candidate, of the builder types' own methods, whose parameters the literals fit by identity (or, for a
        /// <c>Media</c> factory, by an implicit reference conversion): the compiler would choose it too.
        /// </remarks>
        internal sealed class LiteralChain
        {
            private readonly SemanticModel _model;
            private readonly int _position;
            private readonly Dictionary<string, ISymbol?> _names = new(System.StringComparer.Ordinal);

            private LiteralChain(SemanticModel model, int position)
            {
                _model = model;
                _position = position;
            }

            /// <summary>The calls of the chain the member returns, from its static entry call on; null when it must be bound.</summary>
            public static List<BuilderCall>? Read(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
            {
                var (returned, position) = declaration switch
                {
                    MethodDeclarationSyntax method => (Returned(method.ExpressionBody, method.Body), method.ReturnType.SpanStart),
                    PropertyDeclarationSyntax property => (Returned(property), property.Type.SpanStart),
                    _ => (null, 0),
                };
                return returned is null || returned.ContainsDiagnostics || returned.ContainsDirectives ? null : new LiteralChain(model, position).ReadCalls(returned, cancellationToken);
            }

            private static ExpressionSyntax? Returned(PropertyDeclarationSyntax property)
            {
                if (property.ExpressionBody is { } arrow)
                {
                    return arrow.Expression;
                }

                if (property.Initializer is { } initializer)
                {
                    return initializer.Value;
                }

                foreach (var accessor in property.AccessorList?.Accessors ?? default)
                {
                    if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                    {
                        return Returned(accessor.ExpressionBody, accessor.Body);
                    }
                }

                return null;
            }

            /// <summary>An expression body, or a block whose one statement returns the chain.</summary>
            private static ExpressionSyntax? Returned(ArrowExpressionClauseSyntax? arrow, BlockSyntax? block) =>
                arrow is not null ? arrow.Expression
                : block is { Statements.Count: 1 } && block.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned
                : null;

            private List<BuilderCall>? ReadCalls(ExpressionSyntax returned, CancellationToken cancellationToken)
            {
                // Outermost (last) call first, down to the static entry call on Talk or TalkPart.
                var invocations = new List<(InvocationExpressionSyntax Call, string Name)>();
                var current = Unparenthesized(returned);
                while (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax name } access } invocation)
                {
                    invocations.Add((invocation, name.Identifier.ValueText));
                    current = Unparenthesized(access.Expression);
                }

                if (invocations.Count == 0 || TypeOrNamespace(current) is not INamedTypeSymbol entry || !(IsBuilderType(entry, "Talk") || IsBuilderType(entry, "TalkPart")))
                {
                    return null;
                }

                var calls = new List<BuilderCall>(invocations.Count);
                ITypeSymbol receiver = entry;
                for (var i = invocations.Count - 1; i >= 0; i--)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (invocation, name) = invocations[i];
                    if (Resolve(receiver, name, isStatic: i == invocations.Count - 1, invocation.ArgumentList) is not { } resolved || !IsBuilderType(resolved.Method.ContainingType))
                    {
                        return null;
                    }

                    calls.Add(new BuilderCall(name, invocation, resolved.Arguments, _model.Compilation.Options.SourceReferenceResolver));
                    receiver = resolved.Method.ReturnType;
                }

                return calls;
            }

            /// <summary>The one method of <paramref name="type"/> (or its bases) named <paramref name="name"/> the literal arguments fit; null when none or several do.</summary>
            private (IMethodSymbol Method, ImmutableArray<CallArgument> Arguments)? Resolve(ITypeSymbol type, string name, bool isStatic, ArgumentListSyntax arguments)
            {
                (IMethodSymbol, ImmutableArray<CallArgument>)? found = null;
                for (var current = type; current is not null; current = current.BaseType)
                {
                    foreach (var member in current.GetMembers(name))
                    {
                        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsGenericMethod: false } method || method.IsStatic != isStatic || !_model.IsAccessible(_position, method))
                        {
                            continue;
                        }

                        if (Match(method, arguments) is { } matched)
                        {
                            if (found is not null)
                            {
                                return null;
                            }

                            found = (method, matched);
                        }
                    }
                }

                return found;
            }

            /// <summary>Each parameter's argument (written, or its default), when every written one is a literal of the parameter's type.</summary>
            private ImmutableArray<CallArgument>? Match(IMethodSymbol method, ArgumentListSyntax list)
            {
                var parameters = method.Parameters;
                var given = new CallArgument?[parameters.Length];
                var named = false;
                for (var i = 0; i < list.Arguments.Count; i++)
                {
                    var argument = list.Arguments[i];
                    if (!argument.RefKindKeyword.IsKind(SyntaxKind.None))
                    {
                        return null;
                    }

                    int index;
                    if (argument.NameColon is { } nameColon)
                    {
                        named = true;
                        index = IndexOf(parameters, nameColon.Name.Identifier.ValueText);
                    }
                    else
                    {
                        // A positional argument after a named one: left to the compiler's rules.
                        index = named ? -1 : i;
                    }

                    if (index >= 0 && index < parameters.Length && parameters[index].IsParams && !named)
                    {
                        // The expanded form, f(a, b, c): the rest are the array's elements, as the compiler passes them.
                        if (ParamsArray(parameters[index], list, i) is not { } array)
                        {
                            return null;
                        }

                        given[index] = array;
                        break;
                    }

                    if (index < 0 || index >= parameters.Length || given[index] is not null || parameters[index].IsParams
                        || Value(argument.Expression, parameters[index].Type) is not { } value)
                    {
                        return null;
                    }

                    given[index] = new CallArgument(parameters[index].Name, parameters[index].Type, isExplicit: true, argument, value);
                }

                var builder = ImmutableArray.CreateBuilder<CallArgument>(parameters.Length);
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (given[i] is { } argument)
                    {
                        builder.Add(argument);
                        continue;
                    }

                    var parameter = parameters[i];
                    if (parameter.IsParams)
                    {
                        // No argument for it: an empty array.
                        if (ParamsArray(parameter, list, list.Arguments.Count) is not { } empty)
                        {
                            return null;
                        }

                        builder.Add(empty);
                        continue;
                    }

                    if (!parameter.HasExplicitDefaultValue)
                    {
                        return null;
                    }

                    // The compiler passes the caller's file and line for these: a value the reader never takes from here.
                    var constant = IsCallerInfo(parameter) ? default : new Optional<object?>(parameter.ExplicitDefaultValue);
                    builder.Add(new CallArgument(parameter.Name, parameter.Type, isExplicit: false, null, new CallValue { Constant = constant, StrippedConstant = constant, Syntax = list.Parent, IsImplicit = true }));
                }

                return builder.MoveToImmutable();
            }

            /// <summary>
            /// A params array in its expanded form: the arguments from <paramref name="first"/> on, each a literal of the
            /// element type. One that could be the array itself (normal form) is left to the compiler.
            /// </summary>
            private CallArgument? ParamsArray(IParameterSymbol parameter, ArgumentListSyntax list, int first)
            {
                if (parameter.Type is not IArrayTypeSymbol { Rank: 1, ElementType: { } elementType })
                {
                    return null;
                }

                var count = list.Arguments.Count - first;
                var elements = ImmutableArray.CreateBuilder<CallValue>(count);
                for (var i = first; i < list.Arguments.Count; i++)
                {
                    var argument = list.Arguments[i];
                    if (argument.NameColon is not null || !argument.RefKindKeyword.IsKind(SyntaxKind.None)
                        || (count == 1 && Unparenthesized(argument.Expression).IsKind(SyntaxKind.NullLiteralExpression))
                        || Value(argument.Expression, elementType) is not { } element)
                    {
                        return null;
                    }

                    elements.Add(element);
                }

                return new CallArgument(parameter.Name, parameter.Type, isExplicit: false, null, new CallValue { Syntax = list.Parent, IsImplicit = true, Elements = elements.MoveToImmutable(), IsArray = true });
            }

            /// <summary>A literal the parameter takes as it is: its value, as the operation tree would give it; null for anything else.</summary>
            private CallValue? Value(ExpressionSyntax expression, ITypeSymbol parameterType)
            {
                // A parenthesized value has no bound node of its own: the operation tree places it at the call. Left to it.
                var inner = expression;
                switch (inner)
                {
                    case LiteralExpressionSyntax literal:
                        object? constant;
                        switch (literal.Kind())
                        {
                            case SyntaxKind.StringLiteralExpression when parameterType.SpecialType == SpecialType.System_String:
                                constant = literal.Token.ValueText;
                                break;
                            case SyntaxKind.NullLiteralExpression when parameterType.IsReferenceType:
                                constant = null;
                                break;
                            case SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression when parameterType.SpecialType == SpecialType.System_Boolean:
                                constant = literal.IsKind(SyntaxKind.TrueLiteralExpression);
                                break;
                            case SyntaxKind.NumericLiteralExpression when literal.Token.Value is int && parameterType.SpecialType == SpecialType.System_Int32:
                                constant = literal.Token.Value;
                                break;
                            default:
                                return null;
                        }

                        return new CallValue { Constant = constant, StrippedConstant = constant, Syntax = expression };

                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax name } access } invocation:
                        // A static call of TalkDsl's (a Media factory), or a part's static method.
                        if (TypeOrNamespace(access.Expression) is not INamedTypeSymbol owner
                            || Resolve(owner, name.Identifier.ValueText, isStatic: true, invocation.ArgumentList) is not { } call
                            || !(IsInTalkDsl(owner) || (call.Arguments.Length == 0 && HasAttribute(call.Method, TalkPartAttributeName)))
                            || Converted(call.Method.ReturnType, parameterType) is not { } implicitConversion)
                        {
                            return null;
                        }

                        return new CallValue { Syntax = expression, IsImplicit = implicitConversion, StaticCall = call.Method, Arguments = call.Arguments };

                    case CollectionExpressionSyntax collection when ElementTypeOf(parameterType) is { } elementType:
                        // [a, b, c] for a list or an array of media: each element a literal of the element type.
                        var elements = ImmutableArray.CreateBuilder<CallValue>(collection.Elements.Count);
                        foreach (var item in collection.Elements)
                        {
                            if (item is not ExpressionElementSyntax { Expression: { } element } || Value(element, elementType) is not { } read)
                            {
                                return null;
                            }

                            elements.Add(read);
                        }

                        return new CallValue { Syntax = expression, Elements = elements.MoveToImmutable() };

                    case MemberAccessExpressionSyntax or IdentifierNameSyntax:
                        switch (Symbol(inner))
                        {
                            case IFieldSymbol { HasConstantValue: true } field when SymbolEqualityComparer.Default.Equals(field.Type, parameterType):
                                // An enum member or a constant: its value, as the compiler folds it (an enum's as its underlying number).
                                return new CallValue { Constant = field.ConstantValue, StrippedConstant = field.ConstantValue, Syntax = expression };
                            case IPropertySymbol { IsStatic: true, IsIndexer: false } property when HasAttribute(property, TalkPartAttributeName)
                                && Converted(property.Type, parameterType) is { } converted:
                                // A part: a static property marked [TalkPart], by its qualified or simple name.
                                return new CallValue { Syntax = expression, IsImplicit = converted, StaticProperty = property };
                            default:
                                return null;
                        }

                    default:
                        return null;
                }
            }

            /// <summary>The element type of an array or of a read-only list or enumerable a collection expression makes; null for any other type.</summary>
            private static ITypeSymbol? ElementTypeOf(ITypeSymbol type) => type switch
            {
                IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
                INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "IReadOnlyList" or "IEnumerable" or "IReadOnlyCollection" } list
                    when list.ContainingNamespace.ToDisplayString() == "System.Collections.Generic" => list.TypeArguments[0],
                _ => null,
            };

            /// <summary>False for the same type, true for an implicit reference conversion, null for anything else (left to the compiler).</summary>
            private bool? Converted(ITypeSymbol from, ITypeSymbol to)
            {
                if (SymbolEqualityComparer.Default.Equals(from, to))
                {
                    return false;
                }

                var conversion = _model.Compilation.ClassifyCommonConversion(from, to);
                return conversion.IsImplicit && conversion.IsReference ? true : null;
            }

            /// <summary>The namespace or type a (qualified) name denotes here; null when it is anything else or not one thing.</summary>
            private INamespaceOrTypeSymbol? TypeOrNamespace(ExpressionSyntax expression) => Symbol(expression) as INamespaceOrTypeSymbol;

            /// <summary>
            /// The one symbol a simple or dotted name denotes where the member's type is written, by the language's
            /// lookup (so a member or a nearer type of the same name wins, as it does in the body); null when it is
            /// ambiguous or not found.
            /// </summary>
            private ISymbol? Symbol(ExpressionSyntax expression)
            {
                var key = expression.ToString();
                if (_names.TryGetValue(key, out var known))
                {
                    return known;
                }

                var symbol = expression switch
                {
                    IdentifierNameSyntax identifier => Single(_model.LookupSymbols(_position, name: identifier.Identifier.ValueText)),
                    MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax name } access
                        => TypeOrNamespace(Unparenthesized(access.Expression)) is { } container ? Single(container.GetMembers(name.Identifier.ValueText)) : null,
                    AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name: IdentifierNameSyntax name }
                        => Single(((INamespaceOrTypeSymbol)_model.Compilation.GlobalNamespace).GetMembers(name.Identifier.ValueText)),
                    _ => null,
                };
                if (symbol is IAliasSymbol alias)
                {
                    symbol = alias.Target;
                }

                if (symbol is not null and not INamespaceSymbol && !_model.IsAccessible(_position, symbol))
                {
                    // The compiler reports it and binds nothing: read as it does.
                    symbol = null;
                }

                _names[key] = symbol;
                return symbol;
            }

            private static ISymbol? Single<T>(ImmutableArray<T> symbols)
                where T : ISymbol =>
                symbols.Length == 1 ? symbols[0] : null;

            private static int IndexOf(ImmutableArray<IParameterSymbol> parameters, string name)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (parameters[i].Name == name)
                    {
                        return i;
                    }
                }

                return -1;
            }

            private static bool IsCallerInfo(IParameterSymbol parameter)
            {
                foreach (var attribute in parameter.GetAttributes())
                {
                    if (attribute.AttributeClass is { Name: "CallerFilePathAttribute" or "CallerLineNumberAttribute" or "CallerMemberNameAttribute" or "CallerArgumentExpressionAttribute" })
                    {
                        return true;
                    }
                }

                return false;
            }

            private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
            {
                while (expression is ParenthesizedExpressionSyntax parenthesized)
                {
                    expression = parenthesized.Expression;
                }

                return expression;
            }
        }

#if DEBUG
        /// <summary>A debug build's check failed: the syntax and the bound body read one chain differently.</summary>
        internal sealed class LiteralChainMismatchException(SyntaxNode declaration, Models.ChainInfo bound, Models.ChainInfo literal)
            : System.InvalidOperationException($"The literal and the bound readings of the chain at {declaration.GetLocation().GetLineSpan()} differ: {FirstDifference(bound, literal)}. The file, to reproduce it:\n{declaration.SyntaxTree}")
        {
            private static string FirstDifference(Models.ChainInfo bound, Models.ChainInfo literal)
            {
                if (!Equals(bound.Header, literal.Header))
                {
                    return $"header: bound {bound.Header}, literal {literal.Header}";
                }

                for (var i = 0; i < System.Math.Min(bound.Steps.Count, literal.Steps.Count); i++)
                {
                    if (!Equals(bound.Steps[i], literal.Steps[i]))
                    {
                        return $"step {i}: bound {bound.Steps[i]}, literal {literal.Steps[i]}";
                    }
                }

                return $"bound {bound}, literal {literal}";
            }
        }
#endif
    }
}
