using System.Collections.Immutable;

namespace TalkDsl.Lamd.Mapping;

/// <summary>What a step of a generated chain is, for the rules of the chain (Thanks and References close it).</summary>
internal enum StepRole
{
    Header,
    Body,
    Thanks,
    References,
    CommentOnly,
}

/// <summary>
/// One step of a generated chain: comments, then a call written from its dot on (it may span lines), and
/// the constructs it accounts for.
/// </summary>
internal sealed record ChainStep(ImmutableArray<string> Comments, string? Call, StepRole Role, ImmutableArray<ConstructUse> Uses)
{
    /// <summary>What the call counts as for the TALK rules, so the importer can check what it writes (<see cref="Import.WrittenCodeCheck"/>); empty for calls the rules need not read.</summary>
    public Rules.RuleItem? Rule { get; init; }

    /// <summary>Where in lamd the call comes from: its first construct's position, else where its text starts.</summary>
    public Reading.SourcePosition? Origin { get; init; }

    public static ChainStep Comment(IEnumerable<string> comments, params ConstructUse[] uses) =>
        new([.. comments], null, StepRole.CommentOnly, [.. uses]);
}
