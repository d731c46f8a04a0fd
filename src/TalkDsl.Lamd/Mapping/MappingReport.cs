using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Mapping;

/// <summary>What became of one lamd construct in the C#.</summary>
public enum ConstructOutcome
{
    /// <summary>A typed call (or, for text no output shows, a C# comment).</summary>
    Mapped,

    /// <summary>Kept as an explicit raw block or comment, with the reason beside it.</summary>
    NotMapped,

    /// <summary>An include whose snippet was not found or could not be read.</summary>
    MissingInclude,
}

/// <summary>One use of a lamd construct, where it is, and what became of it.</summary>
public sealed record ConstructUse(string Construct, SourcePosition Position, ConstructOutcome Outcome, string Detail)
{
    public override string ToString() => $"{Position}: {Construct} — {Detail}";
}
