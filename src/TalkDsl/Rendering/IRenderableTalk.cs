using TalkDsl.Model;

namespace TalkDsl.Rendering;

/// <summary>
/// A talk that can replay itself into any <see cref="ITalkWriter"/>: a built talk (<see cref="RenderableTalk"/>)
/// or a generated per-talk renderer that replays compile-time constants. Output code works with this
/// and never cares which.
/// </summary>
public interface IRenderableTalk
{
    /// <summary>The declaring member's name, e.g. <c>AccelerateSparkInformationSession</c>.</summary>
    string Name { get; }

    /// <summary>The header, for file names and front matter.</summary>
    TalkMetadata Metadata { get; }

    /// <summary>Sends every event of the talk to <paramref name="writer"/>, from BeginTalk to EndTalk.</summary>
    void Render(ITalkWriter writer);
}

/// <summary>A <see cref="Talk"/> checked and built at run time, ready to render.</summary>
public sealed class RenderableTalk : IRenderableTalk
{
    private readonly TalkDocument _document;

    /// <summary>Validates and builds <paramref name="talk"/>; throws <see cref="Rules.TalkValidationException"/> listing every error.</summary>
    public RenderableTalk(string name, Talk talk)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(talk);
        Name = name;
        Source = talk;
        _document = talk.BuildValidated();
    }

    public string Name { get; }

    /// <summary>The talk as written, with the file and line of each call.</summary>
    internal Talk Source { get; }

    public TalkMetadata Metadata => _document.Metadata;

    public void Render(ITalkWriter writer) => _document.Replay(writer);
}
