using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using TalkDsl.Generators.Helpers;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;

namespace TalkDsl.Generators;

/// <summary>
/// The manifest of a part: how a talk in another assembly sees a <c>[TalkPart]</c> it includes. The
/// generator writes one <c>[assembly: TalkDsl.TalkPartManifest(key, name, steps…)]</c> per part of a library (<see cref="IsWanted"/>); the
/// generator and the analyzer of a referencing project read them back from metadata.
/// A step is one string: a kind letter, a state letter (c constant, d dynamic, x refused), then
/// <c>H</c> level digit + shown-in digit (a <see cref="ContentTarget"/>) + title (<c>-</c> for none) · <c>C</c> target digit + html flag + Markdown ·
/// <c>I</c> shown-in digit + key, a line break, and the part name · <c>Y</c> a typed call (<see cref="StepKind.Media"/> and after):
/// its fields, each <c>~</c> for none or its length, <c>:</c> and its text (kind, text, label, widths, code kind,
/// language, target, slide-text kind, on-slides flag, then kind, text, width, alt and html flag of each media).
/// </summary>
internal static class PartManifest
{
    public const string AttributeName = "TalkPartManifestAttribute";
    public const string AttributeFullName = "global::TalkDsl.TalkPartManifestAttribute";

    /// <summary>
    /// Whether the assembly's parts carry manifests: the project's <c>TalkDslPartManifests</c> (true or false) when
    /// set, else a library does and an application does not (no other assembly includes its parts; without
    /// manifests its parts' content is compiled once, in their replay members, rather than twice).
    /// </summary>
    public static bool IsWanted(string? property, OutputKind outputKind) =>
        bool.TryParse(property, out var wanted)
            ? wanted
            : outputKind is not (OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication);

    public static string Encode(StepInfo step)
    {
        var state = step.State switch
        {
            ValueState.Constant => 'c',
            ValueState.Dynamic => 'd',
            _ => 'x',
        };
        return step.Kind switch
        {
            StepKind.Heading => "H" + state + ((int)step.Level).ToString(CultureInfo.InvariantCulture) + ShownIn(step) + (step.Text is null ? "-" : "=" + step.Text),
            StepKind.Content => "C" + state + ((int)step.Target).ToString(CultureInfo.InvariantCulture) + (step.AllowHtml ? "1" : "0") + (step.Text ?? string.Empty),
            StepKind.Include => "I" + state + ShownIn(step) + (step.PartKey ?? string.Empty) + "\n" + (step.PartName ?? string.Empty),
            StepKind.Thanks => "T" + state,
            StepKind.References => "R" + state,
            _ => EncodeTyped(step, state),
        };
    }

    public static StepInfo? Decode(string text)
    {
        if (text.Length < 2)
        {
            return null;
        }

        var state = text[1] switch
        {
            'c' => ValueState.Constant,
            'd' => ValueState.Dynamic,
            _ => ValueState.Invalid,
        };
        switch (text[0])
        {
            case 'H' when text.Length >= 5:
                var title = text[4] == '=' ? text.Substring(5) : null;
                return new StepInfo(StepKind.Heading, (HeadingLevel)(text[2] - '0'), (ContentTarget)(text[3] - '0'), title, false, state, null, null, null, null);
            case 'C' when text.Length >= 4:
                var markdown = state == ValueState.Constant ? text.Substring(4) : null;
                return new StepInfo(StepKind.Content, default, (ContentTarget)(text[2] - '0'), markdown, text[3] == '1', state, null, null, null, null);
            case 'I' when text.Length >= 3:
                var split = text.IndexOf('\n');
                var key = split < 0 ? text.Substring(3) : text.Substring(3, split - 3);
                var name = split < 0 ? string.Empty : text.Substring(split + 1);
                return new StepInfo(StepKind.Include, default, (ContentTarget)(text[2] - '0'), null, false, state, key.Length == 0 ? null : key, name, null, null);
            case 'T':
                return new StepInfo(StepKind.Thanks, default, default, null, false, state, null, null, null, null);
            case 'R':
                return new StepInfo(StepKind.References, default, default, null, false, state, null, null, null, null);
            case 'Y':
                return DecodeTyped(text, state);
            default:
                return null;
        }
    }

    /// <summary>The one output a heading or an include shows in (<c>shownIn:</c>), one digit.</summary>
    private static string ShownIn(StepInfo step) => ((int)step.Target).ToString(CultureInfo.InvariantCulture);

    private static string EncodeTyped(StepInfo step, char state)
    {
        var fields = new List<string?> { Number((int)step.Kind), step.Text, step.Label, step.LeftWidth, step.RightWidth, step.CodeKind is { } kind ? Number((int)kind) : null, step.Language, Number((int)step.Target), Number((int)step.SlideTextKind), step.OnSlides ? "1" : "0" };
        foreach (var media in step.Media)
        {
            fields.AddRange(new[] { Number((int)media.Kind), media.Text, media.Width, media.Alt, media.AllowHtml ? "1" : "0" });
        }

        var builder = new StringBuilder("Y").Append(state);
        foreach (var field in fields)
        {
            builder.Append(field is null ? "~" : Number(field.Length) + ":" + field);
        }

        return builder.ToString();
    }

    /// <summary>How many fields a typed step has before its media.</summary>
    private const int Fixed = 10;

    private static StepInfo? DecodeTyped(string text, ValueState state)
    {
        var fields = new List<string?>();
        for (var at = 2; at < text.Length;)
        {
            if (text[at] == '~')
            {
                fields.Add(null);
                at++;
                continue;
            }

            var colon = text.IndexOf(':', at);
            if (colon < 0 || !int.TryParse(text.Substring(at, colon - at), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || colon + 1 + length > text.Length)
            {
                return null;
            }

            fields.Add(text.Substring(colon + 1, length));
            at = colon + 1 + length;
        }

        if (fields.Count < Fixed || (fields.Count - Fixed) % 5 != 0 || Int(fields[0]) is not int kind || kind < (int)StepKind.Media || kind > (int)StepKind.Animation)
        {
            return null;
        }

        var media = new List<MediaInfo>();
        for (var i = Fixed; i < fields.Count; i += 5)
        {
            media.Add(new MediaInfo((RuleMediaKind)(Int(fields[i]) ?? 0), fields[i + 1], fields[i + 2], fields[i + 3], fields[i + 4] == "1", null));
        }

        return new StepInfo((StepKind)kind, default, default, fields[1], false, state, null, null, null, null)
        {
            Label = fields[2],
            LeftWidth = fields[3],
            RightWidth = fields[4],
            CodeKind = Int(fields[5]) is int code ? (CodeKind)code : null,
            Language = fields[6],
            Target = (ContentTarget)(Int(fields[7]) ?? 0),
            SlideTextKind = (SlideTextKind)(Int(fields[8]) ?? 0),
            OnSlides = fields[9] == "1",
            Media = media.ToEquatableArray(),
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Every part manifest of the referenced assemblies, in a stable order.</summary>
    public static EquatableArray<PartInfo> ReadReferenced(Compilation compilation, CancellationToken cancellationToken)
    {
        var parts = new List<PartInfo>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Read(assembly, parts);
        }

        parts.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return parts.ToEquatableArray();
    }

    /// <summary>The manifests one assembly carries.</summary>
    public static void Read(IAssemblySymbol assembly, List<PartInfo> into)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: AttributeName, ContainingNamespace: { Name: "TalkDsl", ContainingNamespace.IsGlobalNamespace: true } }
                || attribute.ConstructorArguments.Length != 3
                || attribute.ConstructorArguments[0].Value is not string key
                || attribute.ConstructorArguments[1].Value is not string name
                || attribute.ConstructorArguments[2].Kind != TypedConstantKind.Array)
            {
                continue;
            }

            var steps = ImmutableArray.CreateBuilder<StepInfo>();
            var readable = true;
            foreach (var value in attribute.ConstructorArguments[2].Values)
            {
                if (value.Value is string text && Decode(text) is { } step)
                {
                    steps.Add(step);
                }
                else
                {
                    readable = false;
                }
            }

            into.Add(new PartInfo(key, name, new EquatableArray<StepInfo>(steps.ToImmutable()), !readable));
        }
    }
}
