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
    private static readonly HashSet<string> PartLocal = new(StringComparer.Ordinal) { RuleIds.EmptyHeading, RuleIds.IncludeCycle, RuleIds.UnbalancedMath, RuleIds.UnsafeUrl };

    /// <summary>What a part checks on its own body.</summary>
    private static readonly HashSet<string> CheckedOnParts = new(StringComparer.Ordinal) { RuleIds.EmptyHeading, RuleIds.IncludeCycle, RuleIds.UnbalancedMath, RuleIds.DynamicContent, RuleIds.UnsafeUrl };

    /// <summary>Findings about a value: the squiggle goes under the argument rather than the call.</summary>
    private static readonly HashSet<string> AtArgument = new(StringComparer.Ordinal) { RuleIds.NoTitle, RuleIds.InvalidMetadata, RuleIds.UnbalancedMath, RuleIds.DynamicContent, RuleIds.UnsafeUrl };

    private static readonly ImmutableDictionary<string, string?> NoProperties = ImmutableDictionary<string, string?>.Empty;

    public static List<Finding> ForTalk(string key, ChainInfo chain, LocationInfo? memberLocation, Func<string, PartInfo?> findPart, RuleSettings settings)
    {
        var talk = RuleModelBuilder.BuildTalk(key, chain, memberLocation, findPart);
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
                findings.Add(violation, Pick(id, tag.Call, tag.Argument), FixFor(id));
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

    public static List<Finding> ForPart(string key, ChainInfo chain, Func<string, PartInfo?> findPart)
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
            findings.Add(violation, Pick(id, step.Call, step.Argument), FixFor(id));
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

    private static ImmutableDictionary<string, string?> FixFor(string id) => id switch
    {
        RuleIds.EmptyHeading => NoProperties.Add(DiagnosticDescriptors.FixProperty, DiagnosticDescriptors.InsertTitleFix),
        RuleIds.DuplicateInclude => NoProperties.Add(DiagnosticDescriptors.FixProperty, DiagnosticDescriptors.RemoveIncludeFix),
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
