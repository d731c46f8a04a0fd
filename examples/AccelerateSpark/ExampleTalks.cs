using TalkDsl.Rendering;

namespace AccelerateSpark;

/// <summary>The talks of this project: the generator's <see cref="TalkCatalog.All"/>, under the name the tests use.</summary>
public static class ExampleTalks
{
    /// <summary>Every talk, each replaying its compile-time constants (or, with content computed at run time, validated as it is built).</summary>
    public static IReadOnlyList<IRenderableTalk> All => TalkCatalog.All;
}
