using System.Runtime.CompilerServices;
using TalkDsl.Authoring;
using TalkDsl.Model;

namespace TalkDsl;

/// <summary>
/// A reusable fragment of talk body (lamd's <c>\include{...}</c> snippets): built with
/// <c>TalkPart.Create()</c> and the same body calls as a talk, declared on a <c>[TalkPart]</c> member,
/// and included with <c>.Include(part)</c>. A part is expanded at most once per talk, as lamd's include
/// guards do. Two parts are the same part when they come from the same declaration with the same content.
/// </summary>
public sealed class TalkPart : IEquatable<TalkPart>
{
    private readonly StepList? _body;

    private TalkPart(string name, string key, StepList? body)
    {
        Name = name;
        Key = key;
        _body = body;
    }

    /// <summary>The part's name: the declaring member's, unless given to <see cref="Create"/>.</summary>
    public string Name { get; }

    internal string Key { get; }

    internal IReadOnlyList<BodyStep> Steps => StepList.ToList(_body);

    /// <summary>Starts an empty part. Its name defaults to the member that declares it.</summary>
    public static TalkPart Create(string? name = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var partName = string.IsNullOrWhiteSpace(name) ? (member.Length == 0 ? "part" : member) : name;
        return new TalkPart(partName, $"{partName}@{file}:{line}", null);
    }

    /// <inheritdoc cref="TalkBody.Section"/>
    public TalkPart Section(string title, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Heading(HeadingLevel.Section, title, new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Subsection"/>
    public TalkPart Subsection(string title, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Heading(HeadingLevel.Subsection, title, new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Subsubsection"/>
    public TalkPart Subsubsection(string title, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Heading(HeadingLevel.Subsubsection, title, new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.NewSlide"/>
    public TalkPart NewSlide(string? title = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.NewSlide(title, new(file, line)));

    /// <inheritdoc cref="TalkBody.Markdown"/>
    public TalkPart Markdown(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Content(ContentTarget.Both, markdown, allowHtml, new(file, line)));

    /// <inheritdoc cref="TalkBody.Slides"/>
    public TalkPart Slides(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Content(ContentTarget.Slides, markdown, allowHtml, new(file, line)));

    /// <inheritdoc cref="TalkBody.Notes"/>
    public TalkPart Notes(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Content(ContentTarget.Notes, markdown, allowHtml, new(file, line)));

    /// <inheritdoc cref="TalkBody.SpeakerNotes"/>
    public TalkPart SpeakerNotes(string markdown, bool allowHtml = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Content(ContentTarget.SpeakerNotes, markdown, allowHtml, new(file, line)));

    /// <inheritdoc cref="TalkBody.Image"/>
    public TalkPart Image(string path, string? width = null, string? alt = null, string? cssClass = null, string? style = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Image(path, width, alt, cssClass, style), new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.YouTube"/>
    public TalkPart YouTube(string videoId, string? width = null, string? title = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.YouTube(videoId, width, title), new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Figure"/>
    public TalkPart Figure(Media media, string caption, string? label = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Figure(media, caption, label, new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Columns(string, string, string, string, ContentTarget, string, int)"/>
    public TalkPart Columns(string left, string right, string leftWidth = "50%", string rightWidth = "50%", ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Columns(TalkDsl.Media.Markdown(left), TalkDsl.Media.Markdown(right), leftWidth, rightWidth, new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Columns(Media, Media, string, string, ContentTarget, string, int)"/>
    public TalkPart Columns(Media left, Media right, string leftWidth = "50%", string rightWidth = "50%", ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Columns(left, right, leftWidth, rightWidth, new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Fragment"/>
    public TalkPart Fragment(string markdown, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Fragment(markdown, new(file, line)));

    /// <inheritdoc cref="TalkBody.Incremental"/>
    public TalkPart Incremental(string markdown, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.SlideText(SlideTextKind.Incremental, markdown, new(file, line)));

    /// <inheritdoc cref="TalkBody.SlidesSmall"/>
    public TalkPart SlidesSmall(string markdown, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.SlideText(SlideTextKind.Small, markdown, new(file, line)));

    /// <inheritdoc cref="TalkBody.Animation"/>
    public TalkPart Animation(string name, IReadOnlyList<Media> frames, ContentTarget target = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Animation(name, frames, target, new(file, line)));

    /// <inheritdoc cref="TalkBody.Align(Alignment, string, ContentTarget, string, int)"/>
    public TalkPart Align(Alignment alignment, string markdown, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Align(alignment, TalkDsl.Media.Markdown(markdown)), new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Align(Alignment, Media, ContentTarget, string, int)"/>
    public TalkPart Align(Alignment alignment, Media content, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Align(alignment, content), new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Div(string, string?, string?, ContentTarget, string, int)"/>
    public TalkPart Div(string markdown, string? cssClass = null, string? style = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Div(TalkDsl.Media.Markdown(markdown), cssClass, style), new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Div(Media, string?, string?, ContentTarget, string, int)"/>
    public TalkPart Div(Media content, string? cssClass = null, string? style = null, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Media(TalkDsl.Media.Div(content, cssClass, style), new(file, line), shownIn));

    /// <inheritdoc cref="TalkBody.Code"/>
    public TalkPart Code(string code, CodeKind kind = CodeKind.Code, string language = "python", bool onSlides = false, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Code(kind, code, language, onSlides, new(file, line)));

    /// <inheritdoc cref="TalkBody.EditMe"/>
    public TalkPart EditMe([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.EditLink(new(file, line)));

    /// <inheritdoc cref="TalkBody.Include"/>
    public TalkPart Include(TalkPart part, ContentTarget shownIn = ContentTarget.Both, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        With(BodyStep.Include(part, new(file, line), shownIn));

    private TalkPart With(BodyStep step) => new(Name, Key, StepList.Append(_body, step));

    public bool Equals(TalkPart? other) =>
        other is not null && (ReferenceEquals(this, other) || (Key == other.Key && Steps.SequenceEqual(other.Steps)));

    public override bool Equals(object? obj) => Equals(obj as TalkPart);

    public override int GetHashCode() => HashCode.Combine(Key, _body?.Count ?? 0);

    public override string ToString() => $"TalkPart {Name} ({_body?.Count ?? 0} calls)";
}
