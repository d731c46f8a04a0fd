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

/// <summary>The table of every TALKnnn rule. Ids are part of the product: never renumber.</summary>
internal static class RuleCatalog
{
    public static readonly RuleDescriptor NoTitle = new(
        "TALK001", "Talk has no title",
        "The talk has no title: start the chain with Talk.Titled(\"...\")", RuleSeverity.Error);

    public static readonly RuleDescriptor NoAuthor = new(
        "TALK002", "Talk has no author",
        "The talk '{0}' has no author: add .Author(given: \"...\", family: \"...\")", RuleSeverity.Warning);

    public static readonly RuleDescriptor EmptyHeading = new(
        "TALK003", "Heading title is empty",
        "{0} has an empty title: give it a title{1}", RuleSeverity.Error);

    public static readonly RuleDescriptor DuplicateAnchor = new(
        "TALK004", "Two headings give the same anchor",
        "The heading '{0}' gives the anchor '#{1}', which the heading '{2}' already has: links to it would collide; rename one of them", RuleSeverity.Warning);

    public static readonly RuleDescriptor EmptySection = new(
        "TALK005", "Section has no content",
        "{0} '{1}' has no content before the next heading: add content or remove it", RuleSeverity.Warning);

    public static readonly RuleDescriptor IncludeCycle = new(
        "TALK006", "Parts include each other in a cycle",
        "Including '{0}' here closes a cycle ({1}): remove one of the includes", RuleSeverity.Error);

    public static readonly RuleDescriptor DuplicateInclude = new(
        "TALK007", "Part included twice",
        "The part '{0}' is already included in this talk: this second include is skipped; remove it", RuleSeverity.Warning);

    public static readonly RuleDescriptor SlideTooLong = new(
        "TALK008", "Slide content is too long",
        "The slide '{0}' shows {1}: split it with NewSlide(...) or move text to Notes(...)", RuleSeverity.Warning);

    public static readonly RuleDescriptor TalkTooLong = new(
        "TALK009", "Talk is longer than its duration",
        "The talk is estimated at {0} ({1} slides, {2} words of speaker notes), longer than its duration of {3}", RuleSeverity.Warning);

    public static readonly RuleDescriptor InvalidMetadata = new(
        "TALK010", "Invalid author link, handle or date",
        "{0}", RuleSeverity.Warning);

    public static readonly RuleDescriptor UnbalancedMath = new(
        "TALK011", "Unbalanced math delimiters",
        "{0} has an unclosed '{1}' math delimiter (line {2} of the block): close it, or write \\$ for a literal dollar sign", RuleSeverity.Error);

    public static readonly RuleDescriptor DynamicContent = new(
        "TALK012", "Content is computed at run time",
        "{0} is not a compile-time constant: it is checked by Validate() when the talk is built", RuleSeverity.Info);

    public static readonly RuleDescriptor InvalidDeclaration = new(
        "TALK013", "Invalid [Talk] or [TalkPart] declaration",
        "{0}", RuleSeverity.Error);

    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        NoTitle, NoAuthor, EmptyHeading, DuplicateAnchor, EmptySection, IncludeCycle, DuplicateInclude,
        SlideTooLong, TalkTooLong, InvalidMetadata, UnbalancedMath, DynamicContent, InvalidDeclaration,
    };
}
