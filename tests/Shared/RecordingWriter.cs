using TalkDsl.Model;
using TalkDsl.Rendering;

namespace TalkDsl.Testing;

/// <summary>
/// A writer that keeps every event as one line of text, every value included, so a test can read the
/// stream a renderer receives and two replays (built or generated) can be compared event by event.
/// </summary>
public sealed class RecordingWriter : ITalkWriter
{
    private readonly List<string> _events = [];

    /// <param name="output">The output it stands for: what is shown in the other output only does not reach it.</param>
    public RecordingWriter(ContentTarget output = ContentTarget.Notes) => Output = output;

    public ContentTarget Output { get; }

    public IReadOnlyList<string> Events => _events;

    /// <summary>The events <paramref name="talk"/> sends to a writer of <paramref name="output"/>.</summary>
    public static IReadOnlyList<string> Record(IRenderableTalk talk, ContentTarget output = ContentTarget.Notes)
    {
        var writer = new RecordingWriter(output);
        talk.Render(writer);
        return writer.Events;
    }

    public void BeginTalk(TalkMetadata metadata) =>
        _events.Add($"BeginTalk({metadata}, notation: [{string.Join(", ", metadata.Notation.Select(m => m.ToLatex()))}])");

    public void Heading(HeadingLevel level, string? title, string? anchor) => _events.Add($"Heading({level}, {title}, {anchor})");

    public void Content(ContentTarget target, string markdown, bool allowHtml) => _events.Add($"Content({target}, {markdown}, {allowHtml})");

    public void Media(Media media) => _events.Add($"Media({Describe(media)})");

    public void Figure(Media media, string caption, string? label) => _events.Add($"Figure({Describe(media)}, {caption}, {label})");

    public void Columns(Media left, Media right, string leftWidth, string rightWidth) =>
        _events.Add($"Columns({Describe(left)}, {Describe(right)}, {leftWidth}, {rightWidth})");

    public void Fragment(string markdown) => _events.Add($"Fragment({markdown})");

    public void SlideText(SlideTextKind kind, string markdown) => _events.Add($"SlideText({kind}, {markdown})");

    public void Animation(string name, IReadOnlyList<Media> frames, ContentTarget target) =>
        _events.Add($"Animation({name}, [{string.Join(", ", frames.Select(Describe))}], {target})");

    public void Code(CodeKind kind, string code, string language, bool onSlides) => _events.Add($"Code({kind}, {code}, {language}{(onSlides ? ", on slides" : "")})");

    public void EditLink(string sourceFile) => _events.Add($"EditLink({sourceFile})");

    public void Thanks(string anchor) => _events.Add($"Thanks({anchor})");

    public void References(string anchor) => _events.Add($"References({anchor})");

    public void EndTalk() => _events.Add("EndTalk()");

    private static string Describe(Media media) => media switch
    {
        ImageMedia image => $"Image({image.Path}, {image.Width}, {image.Alt})",
        YouTubeMedia video => $"YouTube({video.VideoId}, {video.Width})",
        MarkdownMedia markdown => $"Markdown({markdown.Markdown}, {markdown.AllowHtml})",
        _ => media.ToString(),
    };
}
