using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TalkDsl.Generators.Helpers;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;

namespace TalkDsl.Generators;

public sealed partial class TalkGenerator
{
    internal static partial class Parser
    {
        /// <summary>
        /// The typed calls (<c>Image</c>, <c>YouTube</c>, <c>Figure</c>, <c>Columns</c>, <c>Fragment</c>, <c>Code</c>,
        /// <c>EditMe</c>, and the header's <c>Notation</c>): each argument read as the builder stores it (trimmed,
        /// normalised) and checked with the builder's own <see cref="ValueChecks"/>, so a replayed talk is exactly
        /// the built one and a refused constant is reported (TALK014) rather than replayed.
        /// </summary>
        private sealed partial class ChainReader
        {
            private void ReadMediaCall(BuilderCall call, RuleMediaKind kind)
            {
                var values = new CallValues(this, call);
                var media = values.Media(kind, call.Arguments, normalize: true, Call(call));
                var shownIn = values.ShownIn(Argument(call, "shownIn"));
                AddTyped(call, StepKind.Media, values, null, null, step => step with { Media = new[] { media }.ToEquatableArray(), Target = shownIn });
            }

            /// <summary><c>Align(alignment, markdown or media)</c> and <c>Div(markdown or media, cssClass, style)</c>: one div media, as the builder makes it.</summary>
            private void ReadDivCall(BuilderCall call)
            {
                var values = new CallValues(this, call);
                var media = values.Div(call.Arguments, Where(null, call));
                var shownIn = values.ShownIn(Argument(call, "shownIn"));
                AddTyped(call, StepKind.Media, values, null, null, step => step with { Media = new[] { media }.ToEquatableArray(), Target = shownIn });
            }

            private void ReadFigure(BuilderCall call)
            {
                var values = new CallValues(this, call);
                var media = values.MediaArgument(Argument(call, "media"));
                var captionArgument = Argument(call, "caption");
                var caption = values.Markdown(captionArgument);
                if (caption is not null)
                {
                    values.Refuse(ValueChecks.Caption(caption), captionArgument);
                }

                var label = values.Label(Argument(call, "label"));
                var shownIn = values.ShownIn(Argument(call, "shownIn"));
                AddTyped(call, StepKind.Figure, values, caption, captionArgument, step => step with { Media = new[] { media }.ToEquatableArray(), Label = label, Target = shownIn });
            }

            private void ReadColumns(BuilderCall call)
            {
                var values = new CallValues(this, call);
                var leftArgument = Argument(call, "left");
                var rightArgument = Argument(call, "right");
                MediaInfo left, right;
                if (leftArgument?.ParameterType?.SpecialType == SpecialType.System_String)
                {
                    // The string overload: Media.Markdown(left), Media.Markdown(right).
                    left = new MediaInfo(RuleMediaKind.Markdown, values.Markdown(leftArgument), null, null, false, Where(leftArgument, call));
                    right = new MediaInfo(RuleMediaKind.Markdown, values.Markdown(rightArgument), null, null, false, Where(rightArgument, call));
                }
                else
                {
                    left = values.MediaArgument(leftArgument);
                    right = values.MediaArgument(rightArgument);
                }

                var leftWidth = values.Width(Argument(call, "leftWidth"), "left column's width", nullAllowed: false);
                var rightWidth = values.Width(Argument(call, "rightWidth"), "right column's width", nullAllowed: false);
                var shownIn = values.ShownIn(Argument(call, "shownIn"));
                AddTyped(call, StepKind.Columns, values, null, null, step => step with { Media = new[] { left, right }.ToEquatableArray(), LeftWidth = leftWidth, RightWidth = rightWidth, Target = shownIn });
            }

            private void ReadFragment(BuilderCall call)
            {
                var values = new CallValues(this, call);
                var argument = Argument(call, "markdown");
                AddTyped(call, StepKind.Fragment, values, values.Markdown(argument), argument);
            }

            private void ReadSlideText(BuilderCall call, SlideTextKind kind)
            {
                var values = new CallValues(this, call);
                var argument = Argument(call, "markdown");
                AddTyped(call, StepKind.SlideText, values, values.Markdown(argument), argument, step => step with { SlideTextKind = kind });
            }

            /// <summary><c>Animation(name, frames, target)</c>: the frames read from a collection expression or an array's initializer.</summary>
            private void ReadAnimation(BuilderCall call)
            {
                var values = new CallValues(this, call);
                var nameArgument = Argument(call, "name");
                var name = values.String(nameArgument, nullAllowed: false);
                if (name is not null)
                {
                    values.Refuse(ValueChecks.AnimationName(name), nameArgument);
                }

                var framesArgument = Argument(call, "frames");
                var frames = values.MediaList(framesArgument);
                if (frames is not null)
                {
                    values.Refuse(ValueChecks.AnimationFrames(frames.Count), framesArgument);
                }

                var targetArgument = Argument(call, "target");
                var target = ReadInt(targetArgument);
                if (target is null)
                {
                    values.Note(ValueState.Dynamic, targetArgument);
                }
                else if (values.Refuse(ValueChecks.AnimationTarget((ContentTarget)target.Value), targetArgument))
                {
                    target = null;
                }

                AddTyped(call, StepKind.Animation, values, name?.Trim(), nameArgument, step => step with
                {
                    Media = (frames ?? new List<MediaInfo>()).ToEquatableArray(),
                    Target = (ContentTarget)(target ?? (int)ContentTarget.Both),
                });
            }

            private void ReadCode(BuilderCall call)
            {
                var values = new CallValues(this, call);
                var codeArgument = Argument(call, "code");
                var code = values.Markdown(codeArgument);
                if (code is not null)
                {
                    values.Refuse(ValueChecks.Code(code), codeArgument);
                }

                var kindArgument = Argument(call, "kind");
                var kind = ReadInt(kindArgument);
                if (kind is null)
                {
                    values.Note(ValueState.Dynamic, kindArgument);
                }
                else if (kind is < (int)CodeKind.Code or > (int)CodeKind.SetupHelper)
                {
                    values.Note(ValueState.Invalid, kindArgument);
                    kind = null;
                }

                var languageArgument = Argument(call, "language");
                var language = values.String(languageArgument, nullAllowed: false);
                if (language is not null)
                {
                    values.Refuse(ValueChecks.Language(language), languageArgument);
                }

                var onSlidesArgument = Argument(call, "onSlides");
                var onSlides = onSlidesArgument?.Value.Constant is { HasValue: true, Value: bool shown } ? shown : (bool?)null;
                if (onSlidesArgument is not null && onSlides is null)
                {
                    values.Note(ValueState.Dynamic, onSlidesArgument);
                }

                AddTyped(call, StepKind.Code, values, code, codeArgument, step => step with { CodeKind = (CodeKind?)kind, Language = language?.Trim(), OnSlides = onSlides ?? false });
            }

            /// <summary><c>EditMe()</c> names the file of the call: the compiler's <c>[CallerFilePath]</c> value, unless a file is given.</summary>
            private void ReadEditMe(BuilderCall call)
            {
                var values = new CallValues(this, call);
                var argument = Argument(call, "file");
                var file = argument is { IsExplicit: true } ? values.String(argument, nullAllowed: false) : CallerFilePath(call);
                AddTyped(call, StepKind.EditLink, values, file ?? (values.IsDynamic ? null : string.Empty), argument);
            }

            private void ReadNotation(BuilderCall call)
            {
                var values = new CallValues(this, call);
                var commandArgument = Argument(call, "command");
                var definitionArgument = Argument(call, "definition");
                var parametersArgument = Argument(call, "parameters");
                var command = values.String(commandArgument, nullAllowed: false);
                var definition = values.String(definitionArgument, nullAllowed: false);
                var parameters = ReadInt(parametersArgument);
                if (parameters is null)
                {
                    values.Note(ValueState.Dynamic, parametersArgument);
                }

                // The builder checks in this order and stops at the first problem; each needs the ones before.
                var refused = command is not null && values.Refuse(ValueChecks.NotationCommand(command), commandArgument);
                refused |= parameters is int count && values.Refuse(ValueChecks.NotationParameters(count), parametersArgument);
                if (!refused && command is not null && definition is not null && parameters is int n)
                {
                    var name = command.Trim();
                    if (!values.Refuse(ValueChecks.NotationDefinition(name, definition, n), definitionArgument))
                    {
                        foreach (var earlier in Header.Notation)
                        {
                            if (earlier.Command == name)
                            {
                                values.Refuse(ValueChecks.DuplicateNotation(name), commandArgument);
                            }
                        }

                        if (values.State == ValueState.Constant)
                        {
                            Header = Header with { Notation = Header.Notation.Append(new NotationInfo(name, definition.Trim(), n)).ToEquatableArray() };
                        }
                    }
                }

                if (values.IsDynamic && Header.DynamicCall is null)
                {
                    Header = Header with { DynamicCall = "Notation(...)", DynamicLocation = values.FirstDynamic };
                }

                if (values.IsInvalid)
                {
                    Header = Header with { IsInvalid = true, Refusals = Header.Refusals.Concat(values.Refusals).ToEquatableArray() };
                }
            }

            private void AddTyped(BuilderCall call, StepKind kind, CallValues values, string? text, CallArgument? textArgument, System.Func<StepInfo, StepInfo>? with = null)
            {
                var step = new StepInfo(kind, default, default, text, false, values.State, null, null, Call(call), Where(textArgument, call))
                {
                    Refusals = values.Refusals.ToEquatableArray(),
                    DynamicArgument = values.FirstDynamic,
                };
                Steps.Add(with is null ? step : with(step));
            }

            /// <summary>
            /// The string the compiler passes for <c>[CallerFilePath]</c> at this call: the path of the call's
            /// open parenthesis after <c>#line</c> mapping, normalised by the compilation's resolver (which applies
            /// <c>/pathmap</c>), as the compiler itself computes it.
            /// </summary>
            private static string CallerFilePath(BuilderCall call)
            {
                var tree = call.Syntax.SyntaxTree;
                var span = call.Syntax is InvocationExpressionSyntax invocation ? invocation.ArgumentList.OpenParenToken.Span : call.Syntax.GetFirstToken().Span;
                var mapped = tree.GetMappedLineSpan(span);
                var resolver = call.Resolver;
                return resolver is null || string.IsNullOrEmpty(mapped.Path)
                    ? mapped.Path
                    : resolver.NormalizePath(mapped.Path, mapped.HasMappedPath ? tree.FilePath : null) ?? mapped.Path;
            }

            /// <summary>The arguments of one typed call as they are read: whether any is computed at run time or refused.</summary>
            private sealed class CallValues
            {
                private readonly ChainReader _reader;
                private readonly BuilderCall _call;

                public CallValues(ChainReader reader, BuilderCall call)
                {
                    _reader = reader;
                    _call = call;
                }

                public bool IsDynamic { get; private set; }

                /// <summary>Where the first value computed at run time is (analyzer only).</summary>
                public LocationInfo? FirstDynamic { get; private set; }

                public bool IsInvalid { get; private set; }

                public List<RefusalInfo> Refusals { get; } = new();

                public ValueState State => IsDynamic ? ValueState.Dynamic : IsInvalid ? ValueState.Invalid : ValueState.Constant;

                /// <summary>A string argument: its constant, or null (noted as computed at run time, or as refused when null is not allowed).</summary>
                public string? String(CallArgument? argument, bool nullAllowed)
                {
                    var (state, value) = ReadString(argument, nullAllowed);
                    Note(state, argument);
                    return value;
                }

                /// <summary>Notes a value computed at run time (and where) or refused.</summary>
                public void Note(ValueState state, CallArgument? argument)
                {
                    if (state == ValueState.Dynamic && !IsDynamic)
                    {
                        IsDynamic = true;
                        FirstDynamic = _reader.Where(argument, _call);
                    }

                    IsInvalid |= state == ValueState.Invalid;
                }

                /// <summary>Markdown as the builder stores it (common indentation removed); "" when refused, null when computed at run time.</summary>
                public string? Markdown(CallArgument? argument) => Normalized(argument, normalize: true);

                /// <summary>An optional or required CSS width, trimmed.</summary>
                public string? Width(CallArgument? argument, string what, bool nullAllowed)
                {
                    var width = String(argument, nullAllowed);
                    if (width is not null)
                    {
                        Refuse(ValueChecks.Width(width, what), argument);
                    }

                    return width?.Trim();
                }

                /// <summary>An optional figure label, trimmed.</summary>
                public string? Label(CallArgument? argument)
                {
                    var label = String(argument, nullAllowed: true);
                    if (label is not null)
                    {
                        Refuse(ValueChecks.Label(label), argument);
                    }

                    return label?.Trim();
                }

                /// <summary>The one output a heading, an include or a media call shows in (<c>shownIn:</c>): both when not given, computed at run time or refused.</summary>
                public ContentTarget ShownIn(CallArgument? argument)
                {
                    if (argument is null)
                    {
                        return ContentTarget.Both;
                    }

                    if (ReadInt(argument) is not int value)
                    {
                        Note(ValueState.Dynamic, argument);
                        return ContentTarget.Both;
                    }

                    return Refuse(ValueChecks.ShownIn((ContentTarget)value), argument) ? ContentTarget.Both : (ContentTarget)value;
                }

                /// <summary>Notes a refusal; true when <paramref name="message"/> says the value is refused.</summary>
                public bool Refuse(string? message, CallArgument? argument)
                {
                    if (message is null)
                    {
                        return false;
                    }

                    Note(ValueState.Invalid, argument);
                    Refusals.Add(new RefusalInfo(message, _reader.Where(argument, _call)));
                    return true;
                }

                /// <summary>
                /// A media argument: a call of a <c>Media</c> factory or a media record's constructor, read; anything
                /// else is computed at run time (a null is refused).
                /// </summary>
                public MediaInfo MediaArgument(CallArgument? argument) => MediaValue(argument?.Value, argument, _reader.Where(argument, _call));

                /// <summary>
                /// A list of media (<c>Animation</c>'s frames): a collection expression or an array's initializer, each
                /// element read as <see cref="MediaArgument"/> reads one; null when the list is computed at run time.
                /// </summary>
                public List<MediaInfo>? MediaList(CallArgument? argument)
                {
                    if (argument?.Value.Elements is not { } items || argument.Value.HasSpread)
                    {
                        Note(ValueState.Dynamic, argument);
                        return null;
                    }

                    return items.Select(item => MediaValue(item, argument, _reader.Where(item, argument, _call))).ToList();
                }

                private MediaInfo MediaValue(CallValue? value, CallArgument? argument, LocationInfo? where)
                {
                    switch (value)
                    {
                        case { StaticCall: { } method } when method.ContainingType is { Name: "Media" } type && IsInTalkDsl(type) && KindOf(method.Name) is { } kind:
                            return Media(kind, value.Arguments, normalize: true, where);
                        case { Created: { } type, HasInitializer: false } when IsInTalkDsl(type) && KindOf(type.Name) is { } kind:
                            // The records store what they are given: only the Markdown factory normalises.
                            return Media(kind, value.Arguments, normalize: false, where);
                        case { StrippedConstant: { HasValue: true, Value: null } }:
                            Note(ValueState.Invalid, argument);
                            return new MediaInfo(RuleMediaKind.Markdown, string.Empty, null, null, false, where);
                        default:
                            Note(ValueState.Dynamic, argument);
                            return new MediaInfo(RuleMediaKind.Markdown, null, null, null, false, where);
                    }
                }

                /// <summary>The arguments of <c>Image(path, width, alt)</c>, <c>YouTube(videoId, width, title)</c> or <c>Markdown(markdown, allowHtml)</c>, in any of their spellings.</summary>
                public MediaInfo Media(RuleMediaKind kind, ImmutableArray<CallArgument> arguments, bool normalize, LocationInfo? where)
                {
                    switch (kind)
                    {
                        case RuleMediaKind.Image:
                            var pathArgument = Find(arguments, "path");
                            var path = String(pathArgument, nullAllowed: false);
                            if (path is not null)
                            {
                                Refuse(ValueChecks.ImagePath(path), pathArgument);
                            }

                            var width = Width(Find(arguments, "width"), "width", nullAllowed: true);
                            var alt = String(Find(arguments, "alt"), nullAllowed: true);
                            // Where a finding about the image goes: its path (TALK016 squiggles the path itself).
                            return new MediaInfo(kind, path?.Trim(), width, Blank(alt), false, pathArgument is { IsExplicit: true } ? _reader.Where(pathArgument, _call) : where)
                            {
                                CssClass = CssClass(Find(arguments, "cssClass")),
                                Style = Style(Find(arguments, "style")),
                            };
                        case RuleMediaKind.Group:
                            return Group(Find(arguments, "items"), where);
                        case RuleMediaKind.Div:
                            return Div(arguments, where);
                        case RuleMediaKind.YouTube:
                            var idArgument = Find(arguments, "videoId");
                            var id = String(idArgument, nullAllowed: false);
                            if (id is not null)
                            {
                                Refuse(ValueChecks.YouTubeId(id), idArgument);
                            }

                            var youTubeWidth = Width(Find(arguments, "width"), "width", nullAllowed: true);
                            var title = String(Find(arguments, "title"), nullAllowed: true);
                            return new MediaInfo(kind, id?.Trim(), youTubeWidth, Blank(title), false, where);
                        default:
                            var markdownArgument = Find(arguments, "markdown");
                            var htmlArgument = Find(arguments, "allowHtml");
                            var html = htmlArgument?.Value.Constant;
                            if (html is not { HasValue: true, Value: bool })
                            {
                                Note(ValueState.Dynamic, htmlArgument);
                            }

                            var markdown = Normalized(markdownArgument, normalize);
                            return new MediaInfo(kind, markdown, null, null, html is { HasValue: true, Value: true }, markdownArgument is { IsExplicit: true } ? _reader.Where(markdownArgument, _call) : where);
                    }
                }

                /// <summary><c>Media.Group(a, b, …)</c> (or <c>new MediaGroup(new Media[] { … })</c>): each element read; any other collection is computed at run time.</summary>
                private MediaInfo Group(CallArgument? argument, LocationInfo? where)
                {
                    var items = new List<MediaInfo>();
                    if (argument?.Value is { IsArray: true, Elements: { } elements })
                    {
                        foreach (var element in elements)
                        {
                            items.Add(MediaValue(element, argument, _reader.Where(argument, _call)));
                        }

                        if (items.Count == 0)
                        {
                            // An empty params array has no syntax of its own: the finding goes on the call.
                            Refuse(ValueChecks.EmptyMediaGroup, argument);
                        }
                    }
                    else
                    {
                        Note(ValueState.Dynamic, argument);
                    }

                    return new MediaInfo(RuleMediaKind.Group, null, null, null, false, where) { Items = items.ToEquatableArray() };
                }

                /// <summary>
                /// A div: <c>Align(alignment, content)</c> or <c>Div(content, cssClass, style)</c>, as a body call or a
                /// <c>Media</c> factory, or the record's constructor. A string content is Markdown (the body calls' overload).
                /// </summary>
                public MediaInfo Div(ImmutableArray<CallArgument> arguments, LocationInfo? where)
                {
                    var contentArgument = Find(arguments, "content") ?? Find(arguments, "markdown");
                    var content = contentArgument?.ParameterType?.SpecialType == SpecialType.System_String
                        ? new MediaInfo(RuleMediaKind.Markdown, Normalized(contentArgument, normalize: true), null, null, false, _reader.Where(contentArgument, _call))
                        : MediaArgument(contentArgument);
                    Alignment? alignment = null;
                    var alignArgument = Find(arguments, "alignment");
                    if (alignArgument is not null)
                    {
                        // Strip: an Alignment passed to the record's Alignment? parameter is converted; null is refused unless that parameter is nullable.
                        var value = alignArgument.Value.StrippedConstant;
                        if (!value.HasValue)
                        {
                            Note(ValueState.Dynamic, alignArgument);
                        }
                        else if (value.Value is int number && number >= (int)Alignment.Left && number <= (int)Alignment.Right)
                        {
                            alignment = (Alignment)number;
                        }
                        else if (value.Value is not null || alignArgument.ParameterType?.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
                        {
                            Note(ValueState.Invalid, alignArgument);
                        }
                    }

                    return new MediaInfo(RuleMediaKind.Div, null, null, null, false, where)
                    {
                        Items = new[] { content }.ToEquatableArray(),
                        CssClass = CssClass(Find(arguments, "cssClass")),
                        Style = Style(Find(arguments, "style")),
                        Align = alignment,
                    };
                }

                /// <summary>Optional CSS class names: blank is none, as the model reads them; refused when they are not CSS identifiers.</summary>
                private string? CssClass(CallArgument? argument) => OptionalChecked(argument, ValueChecks.CssClass);

                /// <summary>An optional inline style: blank is none, as the model reads it; refused when it is not a safe style.</summary>
                private string? Style(CallArgument? argument) => OptionalChecked(argument, ValueChecks.Style);

                /// <summary>An optional string the model trims and checks, blank being none; an absent parameter (<c>Media.Align</c> has no class) is none.</summary>
                private string? OptionalChecked(CallArgument? argument, System.Func<string, string?> check)
                {
                    var value = argument is null ? null : String(argument, nullAllowed: true);
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        return null;
                    }

                    Refuse(check(value!), argument);
                    return value!.Trim();
                }

                private string? Normalized(CallArgument? argument, bool normalize)
                {
                    var (state, value) = ReadString(argument);
                    Note(state, argument);
                    return state switch
                    {
                        ValueState.Constant => normalize ? MarkdownText.Normalize(value!) : value,
                        ValueState.Invalid => string.Empty,
                        _ => null,
                    };
                }

                /// <summary>A parameter by name, case-insensitively: the records' constructors name theirs <c>Markdown</c>, <c>AllowHtml</c>.</summary>
                private static CallArgument? Find(ImmutableArray<CallArgument> arguments, string parameter)
                {
                    foreach (var argument in arguments)
                    {
                        if (string.Equals(argument.Parameter, parameter, System.StringComparison.OrdinalIgnoreCase))
                        {
                            return argument;
                        }
                    }

                    return null;
                }

                private static RuleMediaKind? KindOf(string name) => name switch
                {
                    "Image" or "ImageMedia" => RuleMediaKind.Image,
                    "YouTube" or "YouTubeMedia" => RuleMediaKind.YouTube,
                    "Markdown" or "MarkdownMedia" => RuleMediaKind.Markdown,
                    "Group" or "MediaGroup" => RuleMediaKind.Group,
                    "Div" or "Align" or "DivMedia" => RuleMediaKind.Div,
                    _ => null,
                };
            }
        }
    }
}
