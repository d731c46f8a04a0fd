using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TalkDsl.Generators.Models;
using TalkDsl.Rules;

namespace TalkDsl.Generators.Analyzers;

/// <summary>A rule's finding placed in source: what the analyzer reports.</summary>
internal sealed class Finding
{
    public Finding(DiagnosticDescriptor descriptor, LocationInfo location, object[] arguments, string message, ImmutableDictionary<string, string?> properties)
    {
        Descriptor = descriptor;
        Location = location;
        Arguments = arguments;
        Message = message;
        Properties = properties;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public LocationInfo Location { get; }

    public object[] Arguments { get; }

    public string Message { get; }

    public ImmutableDictionary<string, string?> Properties { get; }
}

/// <summary>
/// Runs the shared rules on a chain read from source and decides where each finding goes. Every squiggle
/// lands in the member being analysed: a finding inside an included part goes on the talk's
/// <c>Include(...)</c> that brought it in, except the findings that belong to the part alone (an empty
/// title, unbalanced math, a cycle), which the part reports on its own calls, once, whoever includes it.
/// </summary>
internal static class TalkFindings
{
    /// <summary>Findings that depend only on the call itself: reported where the call is, never through an include.</summary>
    private static readonly HashSet<string> PartLocal = new(StringComparer.Ordinal) { RuleIds.EmptyHeading, RuleIds.IncludeCycle, RuleIds.UnbalancedMath, RuleIds.NoTextAlternative, RuleIds.UnsafeUrl };

    /// <summary>What a part checks on its own body.</summary>
    private static readonly HashSet<string> CheckedOnParts = new(StringComparer.Ordinal) { RuleIds.EmptyHeading, RuleIds.IncludeCycle, RuleIds.UnbalancedMath, RuleIds.DynamicContent, RuleIds.NoTextAlternative, RuleIds.UnsafeUrl };

    /// <summary>Findings about a value: the squiggle goes under the argument rather than the call.</summary>
    private static readonly HashSet<string> AtArgument = new(StringComparer.Ordinal) { RuleIds.NoTitle, RuleIds.InvalidMetadata, RuleIds.UnbalancedMath, RuleIds.DynamicContent, RuleIds.UnknownCitation, RuleIds.UnknownAnchor, RuleIds.BadBibliography, RuleIds.NoTextAlternative, RuleIds.MissingMedia, RuleIds.UnsafeUrl, RuleIds.BadNotationFile };

    private static readonly ImmutableDictionary<string, string?> NoProperties = ImmutableDictionary<string, string?>.Empty;

    /// <param name="inside">Narrows a finding about characters of a text to those characters inside the argument's literal
    /// (see <see cref="LiteralSpans"/>): argument, text, start, length; null keeps the whole argument.</param>
    /// <param name="findBibliography">The project's <c>.bib</c> file at a full path, read.</param>
    /// <param name="findNotation">The project's notation (<c>.tex</c>) file at a full path, read.</param>
    public static List<Finding> ForTalk(string key, ChainInfo chain, LocationInfo? memberLocation, Func<string, PartInfo?> findPart, RuleSettings settings,
        Func<LocationInfo, string, int, int, LocationInfo?>? inside = null, Func<string, TalkDsl.Rules.Citations.BibFile?>? findBibliography = null,
        ProjectMedia? media = null, Func<string, NotationFileContent?>? findNotation = null)
    {
        var talk = RuleModelBuilder.BuildTalk(key, chain, memberLocation, findPart, findBibliography, findNotation);
        talk.MediaFiles = media?.Files;
        talk.MediaFolder = media?.Folder;
        var via = ViaIncludes(key, talk.Items);
        var findings = new Findings();
        foreach (var violation in TalkRules.Check(talk, settings))
        {
            if (violation.Tag is not ItemTag tag)
            {
                continue;
            }

            var id = violation.Descriptor.Id;
            if (tag.Owner == key)
            {
                findings.Add(violation, Exact(violation, tag.Argument, inside) ?? Pick(id, tag.Call, tag.Argument), FixFor(violation));
            }
            else if (!PartLocal.Contains(id) && via.TryGetValue(tag, out var include) && include is not null)
            {
                findings.Add(violation, include.Call, NoProperties);
            }
        }

        AddRefusals(chain.Header.Refusals, findings);
        AddRefusals(chain.Steps, findings);
        return findings.List;
    }

    public static List<Finding> ForPart(string key, ChainInfo chain, Func<string, PartInfo?> findPart, Func<LocationInfo, string, int, int, LocationInfo?>? inside = null)
    {
        var part = new RuleTalk(RuleModelBuilder.Expand(key, chain.Steps, findPart, nestedIncludesOnly: true)) { Title = key };
        var findings = new Findings();
        foreach (var violation in TalkRules.Check(part, RuleSettings.Default))
        {
            var id = violation.Descriptor.Id;
            if (!CheckedOnParts.Contains(id) || violation.Tag is not ItemTag { Owner: var owner, Index: >= 0 } tag || owner != key || tag.Index >= chain.Steps.Count)
            {
                continue;
            }

            // The tag may come from a copy of this part met again through a cycle: the calls are the own ones.
            var step = chain.Steps[tag.Index];
            findings.Add(violation, Exact(violation, tag.Argument, inside) ?? Pick(id, step.Call, step.Argument), FixFor(violation));
        }

        AddRefusals(chain.Steps, findings);
        return findings.List;
    }

    /// <summary>TALK014 for each constant the builder refuses among a member's own calls: part-local, like a bad heading.</summary>
    private static void AddRefusals(IEnumerable<StepInfo> steps, Findings findings)
    {
        foreach (var step in steps)
        {
            AddRefusals(step.Refusals, findings);
        }
    }

    private static void AddRefusals(IEnumerable<RefusalInfo> refusals, Findings findings)
    {
        foreach (var refusal in refusals)
        {
            findings.Add(new RuleViolation(RuleCatalog.RefusedValue, null, refusal.Message), refusal.Argument, NoProperties);
        }
    }

    /// <summary>For each item that came from a part, the talk's own <c>Include(...)</c> that brought it in.</summary>
    private static Dictionary<ItemTag, ItemTag?> ViaIncludes(string key, IReadOnlyList<RuleItem> items)
    {
        var via = new Dictionary<ItemTag, ItemTag?>();
        ItemTag? current = null;
        foreach (var item in items)
        {
            if (item.Tag is not ItemTag tag)
            {
                continue;
            }

            if (tag.Owner == key)
            {
                current = item.Kind == RuleItemKind.Include ? tag : null;
            }
            else
            {
                via[tag] = current;
            }
        }

        return via;
    }

    private static LocationInfo? Pick(string id, LocationInfo? call, LocationInfo? argument) =>
        AtArgument.Contains(id) ? argument ?? call : call ?? argument;

    /// <summary>The characters a finding is about, inside the literal of its argument, when it names some and they can be found.</summary>
    private static LocationInfo? Exact(RuleViolation violation, LocationInfo? argument, Func<LocationInfo, string, int, int, LocationInfo?>? inside) =>
        violation.Text is { } text && argument is not null && inside is not null ? inside(argument, text, violation.TextStart, violation.TextLength) : null;

    private static ImmutableDictionary<string, string?> FixFor(RuleViolation violation) => violation.Descriptor.Id switch
    {
        RuleIds.EmptyHeading => NoProperties.Add(DiagnosticDescriptors.FixProperty, DiagnosticDescriptors.InsertTitleFix),
        RuleIds.DuplicateInclude => NoProperties.Add(DiagnosticDescriptors.FixProperty, DiagnosticDescriptors.RemoveIncludeFix),
        RuleIds.UnknownCitation or RuleIds.UnknownAnchor when violation.FixData is { } candidates => NoProperties
            .Add(DiagnosticDescriptors.FixProperty, DiagnosticDescriptors.NearestFix)
            .Add(DiagnosticDescriptors.FixDataProperty, candidates),
        _ => NoProperties,
    };

    /// <summary>Findings in order, each (rule, place, message) once.</summary>
    private sealed class Findings
    {
        private readonly HashSet<(string, string, int, int, string)> _seen = new();

        public List<Finding> List { get; } = new();

        public void Add(RuleViolation violation, LocationInfo? location, ImmutableDictionary<string, string?> properties)
        {
            if (location is null)
            {
                return;
            }

            var message = violation.Message;
            if (_seen.Add((violation.Descriptor.Id, location.FilePath, location.Start, location.Length, message)))
            {
                List.Add(new Finding(DiagnosticDescriptors.For(violation.Descriptor), location, violation.Args, message, properties));
            }
        }
    }
}
