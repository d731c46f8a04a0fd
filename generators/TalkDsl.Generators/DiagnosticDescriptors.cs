using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TalkDsl.Rules;

namespace TalkDsl.Generators;

/// <summary>
/// Every TALKnnn diagnostic, built from the shared <see cref="RuleCatalog"/> (the same ids, titles and
/// messages <c>Talk.Validate()</c> reports), each with a help link to <c>docs/diagnostics/TALKnnn.md</c>.
/// Ids, category and severity are written as constants because release tracking reads them from source;
/// a test checks each severity against the catalog.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "TalkDsl";

    /// <summary>The property a code fix reads to know it applies (the value names the fix).</summary>
    public const string FixProperty = "TalkDsl.Fix";

    public const string MakePartialFix = "MakePartial";
    public const string InsertTitleFix = "InsertTitle";
    public const string RemoveIncludeFix = "RemoveInclude";
    public const string NearestFix = "Nearest";

    /// <summary>The property holding a fix's candidates (the nearest keys or anchors), one per line.</summary>
    public const string FixDataProperty = "TalkDsl.FixData";

    public static readonly DiagnosticDescriptor NoTitle = new(RuleIds.NoTitle, RuleCatalog.NoTitle.Title, RuleCatalog.NoTitle.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.NoTitle.HelpLink);

    public static readonly DiagnosticDescriptor NoAuthor = new(RuleIds.NoAuthor, RuleCatalog.NoAuthor.Title, RuleCatalog.NoAuthor.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.NoAuthor.HelpLink);

    public static readonly DiagnosticDescriptor EmptyHeading = new(RuleIds.EmptyHeading, RuleCatalog.EmptyHeading.Title, RuleCatalog.EmptyHeading.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EmptyHeading.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateAnchor = new(RuleIds.DuplicateAnchor, RuleCatalog.DuplicateAnchor.Title, RuleCatalog.DuplicateAnchor.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.DuplicateAnchor.HelpLink);

    public static readonly DiagnosticDescriptor EmptySection = new(RuleIds.EmptySection, RuleCatalog.EmptySection.Title, RuleCatalog.EmptySection.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.EmptySection.HelpLink);

    public static readonly DiagnosticDescriptor IncludeCycle = new(RuleIds.IncludeCycle, RuleCatalog.IncludeCycle.Title, RuleCatalog.IncludeCycle.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.IncludeCycle.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateInclude = new(RuleIds.DuplicateInclude, RuleCatalog.DuplicateInclude.Title, RuleCatalog.DuplicateInclude.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.DuplicateInclude.HelpLink);

    public static readonly DiagnosticDescriptor SlideTooLong = new(RuleIds.SlideTooLong, RuleCatalog.SlideTooLong.Title, RuleCatalog.SlideTooLong.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.SlideTooLong.HelpLink);

    public static readonly DiagnosticDescriptor TalkTooLong = new(RuleIds.TalkTooLong, RuleCatalog.TalkTooLong.Title, RuleCatalog.TalkTooLong.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.TalkTooLong.HelpLink);

    public static readonly DiagnosticDescriptor InvalidMetadata = new(RuleIds.InvalidMetadata, RuleCatalog.InvalidMetadata.Title, RuleCatalog.InvalidMetadata.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.InvalidMetadata.HelpLink);

    public static readonly DiagnosticDescriptor UnbalancedMath = new(RuleIds.UnbalancedMath, RuleCatalog.UnbalancedMath.Title, RuleCatalog.UnbalancedMath.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.UnbalancedMath.HelpLink);

    public static readonly DiagnosticDescriptor DynamicContent = new(RuleIds.DynamicContent, RuleCatalog.DynamicContent.Title, RuleCatalog.DynamicContent.MessageFormat, Category, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: RuleCatalog.DynamicContent.HelpLink);

    public static readonly DiagnosticDescriptor InvalidDeclaration = new(RuleIds.InvalidDeclaration, RuleCatalog.InvalidDeclaration.Title, RuleCatalog.InvalidDeclaration.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.InvalidDeclaration.HelpLink);

    public static readonly DiagnosticDescriptor RefusedValue = new(RuleIds.RefusedValue, RuleCatalog.RefusedValue.Title, RuleCatalog.RefusedValue.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.RefusedValue.HelpLink);

    public static readonly DiagnosticDescriptor UnknownCitation = new(RuleIds.UnknownCitation, RuleCatalog.UnknownCitation.Title, RuleCatalog.UnknownCitation.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.UnknownCitation.HelpLink);

    public static readonly DiagnosticDescriptor MissingMedia = new(RuleIds.MissingMedia, RuleCatalog.MissingMedia.Title, RuleCatalog.MissingMedia.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.MissingMedia.HelpLink);

    public static readonly DiagnosticDescriptor UnknownAnchor = new(RuleIds.UnknownAnchor, RuleCatalog.UnknownAnchor.Title, RuleCatalog.UnknownAnchor.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.UnknownAnchor.HelpLink);

    public static readonly DiagnosticDescriptor BadBibliography = new(RuleIds.BadBibliography, RuleCatalog.BadBibliography.Title, RuleCatalog.BadBibliography.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.BadBibliography.HelpLink);

    public static readonly DiagnosticDescriptor NoTextAlternative = new(RuleIds.NoTextAlternative, RuleCatalog.NoTextAlternative.Title, RuleCatalog.NoTextAlternative.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.NoTextAlternative.HelpLink);

    public static readonly DiagnosticDescriptor UnsafeUrl = new(RuleIds.UnsafeUrl, RuleCatalog.UnsafeUrl.Title, RuleCatalog.UnsafeUrl.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.UnsafeUrl.HelpLink);

    public static readonly DiagnosticDescriptor BadNotationFile = new(RuleIds.BadNotationFile, RuleCatalog.BadNotationFile.Title, RuleCatalog.BadNotationFile.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: RuleCatalog.BadNotationFile.HelpLink);

    /// <summary>Every descriptor, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        NoTitle, NoAuthor, EmptyHeading, DuplicateAnchor, EmptySection, IncludeCycle, DuplicateInclude,
        SlideTooLong, TalkTooLong, InvalidMetadata, UnbalancedMath, DynamicContent, InvalidDeclaration, RefusedValue,
        UnknownCitation, MissingMedia, UnknownAnchor, BadBibliography, NoTextAlternative, UnsafeUrl, BadNotationFile);

    /// <summary>The descriptor of a shared rule.</summary>
    public static DiagnosticDescriptor For(RuleDescriptor rule)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == rule.Id)
            {
                return descriptor;
            }
        }

        throw new System.ArgumentException("No descriptor for " + rule.Id, nameof(rule));
    }
}
