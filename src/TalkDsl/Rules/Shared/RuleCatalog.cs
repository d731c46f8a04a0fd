using System.Collections.Generic;

namespace TalkDsl.Rules;

// Shared source: compiled into TalkDsl and linked into TalkDsl.Generators (netstandard2.0), so the
// analyzers and Talk.Validate() report the same ids with the same words. Keep it netstandard2.0-clean.

/// <summary>How serious a rule's finding is; maps one to one onto Roslyn's DiagnosticSeverity.</summary>
internal enum RuleSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}

/// <summary>One rule: its id, title, message format (string.Format placeholders) and default severity.</summary>
internal sealed class RuleDescriptor
{
    public RuleDescriptor(string id, string title, string messageFormat, RuleSeverity severity)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Severity = severity;
    }

    public string Id { get; }

    public string Title { get; }

    public string MessageFormat { get; }

    public RuleSeverity Severity { get; }

    public string HelpLink => "https://github.com/talkdsl/talkdsl/blob/main/docs/diagnostics/" + Id + ".md";
}

/// <summary>
/// The ids as constants: Roslyn's descriptors and release tracking need compile-time constant ids
/// (RS1017), and code fixes name the ids they fix.
/// </summary>
internal static class RuleIds
{
    public const string NoTitle = "TALK001";

    public const string NoAuthor = "TALK002";

    public const string EmptyHeading = "TALK003";

    public const string DuplicateAnchor = "TALK004";

    public const string EmptySection = "TALK005";

    public const string IncludeCycle = "TALK006";

    public const string DuplicateInclude = "TALK007";

    public const string SlideTooLong = "TALK008";

    public const string TalkTooLong = "TALK009";

    public const string InvalidMetadata = "TALK010";

    public const string UnbalancedMath = "TALK011";

    public const string DynamicContent = "TALK012";

    public const string InvalidDeclaration = "TALK013";

    public const string RefusedValue = "TALK014";

    public const string UnknownCitation = "TALK015";

    public const string MissingMedia = "TALK016";

    public const string UnknownAnchor = "TALK017";

    public const string SlideOverflows = "TALK018";

    public const string BadBibliography = "TALK019";

    public const string NoTextAlternative = "TALK020";

    public const string UnsafeUrl = "TALK021";

    public const string BadNotationFile = "TALK022";
}

/// <summary>The table of every TALKnnn rule. Ids are part of the product: never renumber.</summary>
internal static class RuleCatalog
{
    public static readonly RuleDescriptor NoTitle = new(
        RuleIds.NoTitle, "Talk has no title",
        "{0}", RuleSeverity.Error);

    public static readonly RuleDescriptor NoAuthor = new(
        RuleIds.NoAuthor, "Talk has no author",
        "The talk '{0}' has no author: add .Author(given: \"...\", family: \"...\")", RuleSeverity.Warning);

    public static readonly RuleDescriptor EmptyHeading = new(
        RuleIds.EmptyHeading, "Heading title is empty",
        "{0} has an empty title: give it a title{1}", RuleSeverity.Error);

    public static readonly RuleDescriptor DuplicateAnchor = new(
        RuleIds.DuplicateAnchor, "Two headings give the same anchor",
        "The heading '{0}' gives the anchor '#{1}', which the heading '{2}'{3} already has: links to it would collide; rename one of them", RuleSeverity.Warning);

    public static readonly RuleDescriptor EmptySection = new(
        RuleIds.EmptySection, "Section has no content",
        "{0} '{1}' has no content before the next heading: add content or remove it", RuleSeverity.Warning);

    public static readonly RuleDescriptor IncludeCycle = new(
        RuleIds.IncludeCycle, "Parts include each other in a cycle",
        "Including '{0}' here closes a cycle ({1}): remove one of the includes", RuleSeverity.Error);

    public static readonly RuleDescriptor DuplicateInclude = new(
        RuleIds.DuplicateInclude, "Part included twice",
        "The part '{0}' is already included in this talk: this second include is skipped; remove it", RuleSeverity.Warning);

    public static readonly RuleDescriptor SlideTooLong = new(
        RuleIds.SlideTooLong, "Slide content is too long",
        "The slide '{0}' shows {1}: split it with NewSlide(...) or move text to Notes(...)", RuleSeverity.Warning);

    /// <summary>Measured, not estimated: the layout check (<c>talk check --layout</c>) renders the slides in chromium; never at compile time.</summary>
    public static readonly RuleDescriptor SlideOverflows = new(
        RuleIds.SlideOverflows, "Slide content does not fit the slide",
        "The slide '{0}' is {1} than the slide: shorten it, split it with NewSlide(...) or move text to Notes(...)", RuleSeverity.Warning);

    public static readonly RuleDescriptor TalkTooLong = new(
        RuleIds.TalkTooLong, "Talk is longer than its duration",
        "The talk is estimated at {0} ({1} slides, {2} words of speaker notes), longer than its duration of {3}", RuleSeverity.Warning);

    public static readonly RuleDescriptor InvalidMetadata = new(
        RuleIds.InvalidMetadata, "Invalid author link, handle or date",
        "{0}", RuleSeverity.Warning);

    public static readonly RuleDescriptor UnbalancedMath = new(
        RuleIds.UnbalancedMath, "Unbalanced math delimiters",
        "{0} has an unclosed '{1}' math delimiter (line {2} of the block): close it, or write \\$ for a literal dollar sign", RuleSeverity.Error);

    public static readonly RuleDescriptor DynamicContent = new(
        RuleIds.DynamicContent, "Content is computed at run time",
        "{0} is not a compile-time constant: it is checked by Validate() when the talk is built", RuleSeverity.Info);

    public static readonly RuleDescriptor InvalidDeclaration = new(
        RuleIds.InvalidDeclaration, "Invalid [Talk] or [TalkPart] declaration",
        "{0}", RuleSeverity.Error);

    /// <summary>A constant the builder refuses (a width that is not a CSS length, an id that is not a YouTube id…):
    /// compile time only, since the builder throws before the rules run. The message is the builder's own.</summary>
    public static readonly RuleDescriptor RefusedValue = new(
        RuleIds.RefusedValue, "Value the builder refuses",
        "{0}", RuleSeverity.Error);

    public static readonly RuleDescriptor UnknownCitation = new(
        RuleIds.UnknownCitation, "Unknown citation key",
        "The citation key '{0}' is not in {1}{2}", RuleSeverity.Error);

    public static readonly RuleDescriptor MissingMedia = new(
        RuleIds.MissingMedia, "Local image not in the project's media",
        "The image '{0}' is not in the project's media folder ({1}): add the file there, or correct the path", RuleSeverity.Error);

    public static readonly RuleDescriptor UnknownAnchor = new(
        RuleIds.UnknownAnchor, "Link to an anchor no heading has",
        "The link to '#{0}' goes to no heading of the talk{1}", RuleSeverity.Warning);

    public static readonly RuleDescriptor BadBibliography = new(
        RuleIds.BadBibliography, "Bibliography cannot be read",
        "The bibliography '{0}' cannot be read in full: {1}", RuleSeverity.Warning);

    public static readonly RuleDescriptor NoTextAlternative = new(
        RuleIds.NoTextAlternative, "Image or video without a text alternative",
        "{0} has no text alternative for readers who cannot see it: {1}", RuleSeverity.Warning);

    /// <summary>A link or image address outside the allow-list of <see cref="SafeUrl"/> (<c>javascript:</c>…): rendered inert.</summary>
    public static readonly RuleDescriptor UnsafeUrl = new(
        RuleIds.UnsafeUrl, "Link or image address a page may not use",
        "{0}", RuleSeverity.Error);

    /// <summary>A notation file a talk names (<c>NotationFile(...)</c>) that is missing or holds what is not a <c>\newcommand</c>.</summary>
    public static readonly RuleDescriptor BadNotationFile = new(
        RuleIds.BadNotationFile, "Notation file cannot be read",
        "The notation file '{0}' cannot be read: {1}", RuleSeverity.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        NoTitle, NoAuthor, EmptyHeading, DuplicateAnchor, EmptySection, IncludeCycle, DuplicateInclude,
        SlideTooLong, TalkTooLong, InvalidMetadata, UnbalancedMath, DynamicContent, InvalidDeclaration, RefusedValue,
        UnknownCitation, MissingMedia, UnknownAnchor, SlideOverflows, BadBibliography, NoTextAlternative, UnsafeUrl, BadNotationFile,
    };
}
