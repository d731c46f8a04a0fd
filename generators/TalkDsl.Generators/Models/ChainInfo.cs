using TalkDsl.Generators.Helpers;

namespace TalkDsl.Generators.Models;

/// <summary>
/// A fluent chain as read from the operation tree: the header (talks only) and the body calls in
/// order. <see cref="OpaqueCall"/> names what stopped the reading (a call the generator cannot see into,
/// such as a user's extension method or a local variable); the whole chain is then computed at run time.
/// </summary>
internal sealed record ChainInfo(
    HeaderInfo Header,
    EquatableArray<StepInfo> Steps,
    string? PartName,
    string? OpaqueCall,
    LocationInfo? OpaqueLocation)
{
    public bool IsOpaque => OpaqueCall is not null;

    public static ChainInfo Opaque(string call, LocationInfo? location) =>
        new(HeaderInfo.Empty, EquatableArray<StepInfo>.Empty, null, call, location);
}
