using System.ComponentModel;

namespace TalkDsl;

/// <summary>
/// Written by the TalkDsl generator, one per <c>[TalkPart]</c>: the part's calls as compile-time data, so
/// that a project including the part from this assembly can check and pre-render it. Not for hand use.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TalkPartManifestAttribute : Attribute
{
    /// <param name="key">The part member's documentation id, e.g. <c>P:Snippets.ComputerScience.ComputerLaboratory</c>.</param>
    /// <param name="name">The part's name (<see cref="TalkPart.Name"/>).</param>
    /// <param name="steps">The part's calls, in the generator's encoding.</param>
    public TalkPartManifestAttribute(string key, string name, params string[] steps)
    {
        Key = key;
        Name = name;
        Steps = steps;
    }

    public string Key { get; }

    public string Name { get; }

    public IReadOnlyList<string> Steps { get; }
}
