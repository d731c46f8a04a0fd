using TalkDsl.Model;

namespace TalkDsl.Rendering;

/// <summary>
/// One output format. A writer receives a talk as a stream of events, in source order, with parts
/// expanded and anchors assigned; it decides what each event shows in its format. The run-time model
/// (<see cref="TalkReplay"/>) and the generated per-talk renderers send the same events.
/// </summary>
public interface ITalkWriter
{
    /// <summary>The talk starts; the metadata is what the title slide and front matter show.</summary>
    void BeginTalk(TalkMetadata metadata);

    /// <summary>A heading. <paramref name="anchor"/> is null for <see cref="HeadingLevel.NewSlide"/>, which has no notes heading.</summary>
    void Heading(HeadingLevel level, string? title, string? anchor);

    /// <summary>Markdown for the outputs that <paramref name="target"/> names.</summary>
    void Content(ContentTarget target, string markdown, bool allowHtml);

    /// <summary>The "Thanks!" section.</summary>
    void Thanks(string anchor);

    /// <summary>The References section.</summary>
    void References(string anchor);

    /// <summary>The talk ends: the writer completes its output.</summary>
    void EndTalk();
}
