using TalkDsl.Generators.Helpers;

namespace TalkDsl.Generators.Models;

/// <summary>
/// A part that talks can include, by key: read from source in this compilation, or from the manifest a
/// referenced assembly's generator wrote (<c>[assembly: TalkPartManifest(...)]</c>).
/// </summary>
/// <param name="Name">The part's name as <c>TalkPart.Name</c> gives it at run time (diagnostics quote it).</param>
/// <param name="IsOpaque">Its chain could not be read: including it makes the talk dynamic.</param>
/// <param name="Replayer">The generated member that replays a part of this compilation (<c>global::Ns.Type.ReplayXPart</c>),
/// which talks call; null for a part of a referenced assembly, whose steps a talk replays itself.</param>
internal sealed record PartInfo(string Key, string Name, EquatableArray<StepInfo> Steps, bool IsOpaque, string? Replayer = null);

/// <summary>
/// Everything the emitter writes for one <c>[TalkPart]</c>: its manifest (<see cref="Part"/>) and, when
/// <see cref="Events"/> is not null, the member that replays it into every talk that includes it, so a
/// part's content is compiled once however many talks include it.
/// </summary>
internal sealed record PartToGenerate(ContainingTypeInfo Type, string MemberName, PartInfo Part, EquatableArray<TalkEvent>? Events);
