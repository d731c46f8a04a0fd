using TalkDsl.Rendering;

namespace AccelerateSpark;

/// <summary>
/// The talks of this project, ready to render. Listed by hand until the generator emits
/// <c>AccelerateSpark.TalkCatalog.All</c>; each is validated as it is built.
/// </summary>
public static class ExampleTalks
{
    /// <summary>Every talk, checked and built (throws <see cref="TalkDsl.Rules.TalkValidationException"/> listing the errors of an invalid one).</summary>
    public static IReadOnlyList<IRenderableTalk> All =>
    [
        new RenderableTalk(nameof(AccelerateSparkInformationSession), AccelerateSparkInformationSession.Define()),
    ];
}
