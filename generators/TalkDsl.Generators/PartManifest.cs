using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using TalkDsl.Generators.Helpers;
using TalkDsl.Generators.Models;

namespace TalkDsl.Generators;

/// <summary>
/// The manifest of a part: how a talk in another assembly sees a <c>[TalkPart]</c> it includes. The
/// generator writes one <c>[assembly: TalkDsl.TalkPartManifest(key, name, steps…)]</c> per part; the
/// generator and the analyzer of a referencing project read them back from metadata.
/// A step is one string: a kind letter, a state letter (c constant, d dynamic, x refused), then
/// <c>H</c> level digit + title (<c>-</c> for none) · <c>C</c> target digit + html flag + Markdown ·
/// <c>I</c> key, a line break, and the part name.
/// </summary>
internal static class PartManifest
{
    public const string AttributeName = "TalkPartManifestAttribute";
    public const string AttributeFullName = "global::TalkDsl.TalkPartManifestAttribute";

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
            StepKind.Heading => "H" + state + ((int)step.Level).ToString(CultureInfo.InvariantCulture) + (step.Text is null ? "-" : "=" + step.Text),
            StepKind.Content => "C" + state + ((int)step.Target).ToString(CultureInfo.InvariantCulture) + (step.AllowHtml ? "1" : "0") + (step.Text ?? string.Empty),
            StepKind.Include => "I" + state + (step.PartKey ?? string.Empty) + "\n" + (step.PartName ?? string.Empty),
            StepKind.Thanks => "T" + state,
            _ => "R" + state,
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
            case 'H' when text.Length >= 4:
                var title = text[3] == '=' ? text.Substring(4) : null;
                return new StepInfo(StepKind.Heading, (HeadingLevel)(text[2] - '0'), default, title, false, state, null, null, null, null);
            case 'C' when text.Length >= 4:
                var markdown = state == ValueState.Constant ? text.Substring(4) : null;
                return new StepInfo(StepKind.Content, default, (ContentTarget)(text[2] - '0'), markdown, text[3] == '1', state, null, null, null, null);
            case 'I':
                var split = text.IndexOf('\n');
                var key = split < 0 ? text.Substring(2) : text.Substring(2, split - 2);
                var name = split < 0 ? string.Empty : text.Substring(split + 1);
                return new StepInfo(StepKind.Include, default, default, null, false, state, key.Length == 0 ? null : key, name, null, null);
            case 'T':
                return new StepInfo(StepKind.Thanks, default, default, null, false, state, null, null, null, null);
            case 'R':
                return new StepInfo(StepKind.References, default, default, null, false, state, null, null, null, null);
            default:
                return null;
        }
    }

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
