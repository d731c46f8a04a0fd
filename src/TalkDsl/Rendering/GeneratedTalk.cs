using TalkDsl.Model;

namespace TalkDsl.Rendering;

/// <summary>
/// A <c>[Talk]</c> of the assembly as the generator compiled it; <c>TalkCatalog.All</c> lists one per talk.
/// When every value of the talk is a compile-time constant (<see cref="IsPrecompiled"/>), the generated
/// subclass replays those constants straight into the writer, without running the builder; otherwise this
/// base class builds and validates the talk at run time, the same as <see cref="RenderableTalk"/>.
/// </summary>
public abstract class GeneratedTalk : IRenderableTalk
{
    private RenderableTalk? _built;

    /// <param name="name">The talk's name: its declaring type's name.</param>
    /// <param name="isPrecompiled">Whether the subclass replays compile-time constants.</param>
    protected GeneratedTalk(string name, bool isPrecompiled)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        IsPrecompiled = isPrecompiled;
    }

    public string Name { get; }

    /// <summary>Whether <see cref="Render"/> replays compile-time constants; false when the talk holds content computed at run time.</summary>
    public bool IsPrecompiled { get; }

    public virtual TalkMetadata Metadata => Built.Metadata;

    /// <summary>The headings with their anchors, the slide count, word counts and estimated speaking time.</summary>
    public virtual TalkOutline Outline => Define().Outline();

    /// <summary>Runs the talk's fluent chain (the <c>[Talk]</c> member) and returns the talk it builds.</summary>
    public abstract Talk Define();

    /// <summary>Sends every event of the talk to <paramref name="writer"/>; throws <see cref="Rules.TalkValidationException"/> for a talk with errors.</summary>
    public virtual void Render(ITalkWriter writer) => Built.Render(writer);

    public override string ToString() => Name;

    private RenderableTalk Built => _built ??= new RenderableTalk(Name, Define());
}
