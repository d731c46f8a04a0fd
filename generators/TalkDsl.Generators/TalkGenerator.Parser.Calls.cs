using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TalkDsl.Generators.Helpers;

namespace TalkDsl.Generators;

public sealed partial class TalkGenerator
{
    internal static partial class Parser
    {
        /// <summary>
        /// One builder call as the chain reader reads it: the method's name, the invocation, and one argument per
        /// parameter, given or the parameter's default, as the operation tree lists them. Made from the bound
        /// operation tree (<see cref="FromOperation"/>) or, for a chain of literals, from the syntax alone
        /// (<see cref="LiteralChain"/>), so both readings go through one reader.
        /// </summary>
        internal sealed class BuilderCall
        {
            public BuilderCall(string name, SyntaxNode syntax, ImmutableArray<CallArgument> arguments, SourceReferenceResolver? resolver)
            {
                Name = name;
                Syntax = syntax;
                Arguments = arguments;
                Resolver = resolver;
            }

            public string Name { get; }

            public SyntaxNode Syntax { get; }

            public ImmutableArray<CallArgument> Arguments { get; }

            /// <summary>The compilation's path resolver, for the <c>[CallerFilePath]</c> value the compiler would pass.</summary>
            public SourceReferenceResolver? Resolver { get; }

            public static BuilderCall FromOperation(IInvocationOperation call) =>
                new(call.TargetMethod.Name, call.Syntax, ArgumentsOf(call.Arguments), call.SemanticModel?.Compilation.Options.SourceReferenceResolver);

            internal static ImmutableArray<CallArgument> ArgumentsOf(ImmutableArray<IArgumentOperation> arguments)
            {
                var builder = ImmutableArray.CreateBuilder<CallArgument>(arguments.Length);
                foreach (var argument in arguments)
                {
                    builder.Add(new CallArgument(
                        argument.Parameter?.Name,
                        argument.Parameter?.Type,
                        argument.ArgumentKind == ArgumentKind.Explicit,
                        argument.Syntax as ArgumentSyntax,
                        CallValue.FromOperation(argument.Value)));
                }

                return builder.MoveToImmutable();
            }
        }

        /// <summary>An argument of a <see cref="BuilderCall"/>: its parameter, whether it is written (or the default), and its value.</summary>
        internal sealed class CallArgument
        {
            public CallArgument(string? parameter, ITypeSymbol? parameterType, bool isExplicit, ArgumentSyntax? syntax, CallValue value)
            {
                Parameter = parameter;
                ParameterType = parameterType;
                IsExplicit = isExplicit;
                Syntax = syntax;
                Value = value;
            }

            public string? Parameter { get; }

            public ITypeSymbol? ParameterType { get; }

            public bool IsExplicit { get; }

            /// <summary>The written argument; null for a default.</summary>
            public ArgumentSyntax? Syntax { get; }

            public CallValue Value { get; }
        }

        /// <summary>
        /// An argument's value, with the shapes the reader understands: its constant, a static call (a <c>Media</c>
        /// factory, a part's method) or property (a part), an object creation (a media record, a <c>DateOnly</c>),
        /// a collection or array of values, a <see cref="System.TimeSpan"/> written with constants. Anything else
        /// has none of them, and is read as computed at run time.
        /// </summary>
        internal sealed record CallValue
        {
            /// <summary>The value's constant, before implicit conversions are stripped (what the parameter receives).</summary>
            public Optional<object?> Constant { get; init; }

            /// <summary>The constant once implicit conversions and parentheses are stripped.</summary>
            public Optional<object?> StrippedConstant { get; init; }

            public SyntaxNode? Syntax { get; init; }

            /// <summary>True when the compiler made the value (a params array): it has no syntax of its own.</summary>
            public bool IsImplicit { get; init; }

            /// <summary>A static method called, with <see cref="Arguments"/>.</summary>
            public IMethodSymbol? StaticCall { get; init; }

            /// <summary>A static property read.</summary>
            public IPropertySymbol? StaticProperty { get; init; }

            /// <summary>The type of an object creation, with <see cref="Arguments"/>.</summary>
            public INamedTypeSymbol? Created { get; init; }

            /// <summary>The object creation has an initializer (<c>new T(…) { … }</c>).</summary>
            public bool HasInitializer { get; init; }

            public ImmutableArray<CallArgument> Arguments { get; init; } = ImmutableArray<CallArgument>.Empty;

            /// <summary>The elements of a collection expression or of an array's initializer; null for any other value.</summary>
            public ImmutableArray<CallValue>? Elements { get; init; }

            /// <summary>The elements are an array creation's (a params array is one), not a collection expression's.</summary>
            public bool IsArray { get; init; }

            public bool HasSpread { get; init; }

            /// <summary>The ticks of a <see cref="System.TimeSpan"/> written with constants (<see cref="TimeSpans"/>).</summary>
            public long? Ticks { get; init; }

            internal static CallValue FromOperation(IOperation operation)
            {
                var stripped = Strip(operation) ?? operation;
                var value = new CallValue
                {
                    Constant = operation.ConstantValue,
                    StrippedConstant = stripped.ConstantValue,
                    Syntax = operation.Syntax,
                    IsImplicit = operation.IsImplicit,
                    Ticks = TimeSpans.ReadTicks(operation),
                };
                return stripped switch
                {
                    IInvocationOperation { Instance: null } call => value with { StaticCall = call.TargetMethod, Arguments = BuilderCall.ArgumentsOf(call.Arguments) },
                    IPropertyReferenceOperation { Instance: null } property => value with { StaticProperty = property.Property },
                    IObjectCreationOperation { Constructor.ContainingType: { } type } creation => value with { Created = type, HasInitializer = creation.Initializer is not null, Arguments = BuilderCall.ArgumentsOf(creation.Arguments) },
                    ICollectionExpressionOperation collection => value with { Elements = ElementsOf(collection.Elements), HasSpread = AnySpread(collection.Elements) },
                    IArrayCreationOperation { Initializer: { } initializer } => value with { Elements = ElementsOf(initializer.ElementValues), IsArray = true },
                    _ => value,
                };
            }

            private static ImmutableArray<CallValue> ElementsOf(ImmutableArray<IOperation> elements)
            {
                var builder = ImmutableArray.CreateBuilder<CallValue>(elements.Length);
                foreach (var element in elements)
                {
                    builder.Add(FromOperation(element));
                }

                return builder.MoveToImmutable();
            }

            private static bool AnySpread(ImmutableArray<IOperation> elements)
            {
                foreach (var element in elements)
                {
                    if (element is ISpreadOperation)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
