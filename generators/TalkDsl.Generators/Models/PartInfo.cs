using TalkDsl.Generators.Helpers;

namespace TalkDsl.Generators.Models;

/// <summary>
/// A part that talks can include, by key: read from source in this compilation, or from the manifest a
/// referenced assembly's generator wrote (<c>[assembly: TalkPartManifest(...)]</c>).
/// </summary>
/// <param name="Name">The part's name as <c>TalkPart.Name</c> gives it at run time (diagnostics quote it).</param>
/// <param name="IsOpaque">Its chain could not be read: including it makes the talk dynamic.</param>
internal sealed record PartInfo(string Key, string Name, EquatableArray<StepInfo> Steps, bool IsOpaque);
