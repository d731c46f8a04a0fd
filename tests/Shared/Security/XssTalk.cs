using TalkDsl.Model;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Security;

/// <summary>
/// One talk that holds every payload of <see cref="XssVectors"/> in every text and URL field (the author
/// url, headings, Markdown in every call, links, images, reference links, autolinks, figures, columns,
/// fragments, speaker notes, raw HTML in blocks that allow it) and the safe addresses as links, so the
/// formats that are slow to render (PDF, PowerPoint, Word, notebooks) are rendered once with all of them.
/// Built without validation, as a talk whose values came at run time would be.
/// </summary>
internal static class XssTalk
{
    /// <summary>The talk, how many values it holds, and how many the builder refused (nothing to render).</summary>
    public static (IRenderableTalk Talk, int Placed, int Refused) Build()
    {
        var placed = 0;
        var refused = 0;
        var header = Talk.Titled(string.Join(" ", XssVectors.Text.Where(t => !t.Contains('\n')))).Date(2024, 5, 6);
        foreach (var url in XssVectors.UnsafeUrls.Concat(XssVectors.SafeUrls.Where(u => u.Length > 0)))
        {
            header = header.Author(given: "Ada", family: XssVectors.Text[0], institute: XssVectors.Text[1], url: url);
            placed++;
        }

        TalkBody body = header.Subsection("Links").Markdown("x");
        void Add(Func<TalkBody, TalkBody> step)
        {
            try
            {
                body = step(body);
                placed++;
            }
            catch (ArgumentException)
            {
                refused++; // the builder refuses the value (a control character in a path…)
            }
        }

        var number = 0;
        foreach (var url in XssVectors.UnsafeUrls.Concat(XssVectors.SafeUrls))
        {
            var n = ++number;
            Add(b => b.Subsection($"Address {n}").Markdown($"[x]({url}) and ![x]({url}) and <{url}>"));
            Add(b => b.Markdown($"[x][r{n}]\n\n[r{n}]: {url}"));
            Add(b => b.Slides($"[x]({url})"));
            Add(b => b.Notes($"[x]({url})"));
            Add(b => b.SpeakerNotes($"[x]({url})"));
            Add(b => b.Fragment($"[x]({url})"));
            Add(b => b.Image(url, alt: "alt"));
            Add(b => b.Figure(new ImageMedia(url, alt: "alt"), $"See [x]({url})."));
            Add(b => b.Columns(new ImageMedia(url), new MarkdownMedia($"[x]({url})")));
        }

        foreach (var markdown in XssVectors.Markdown.Concat(XssVectors.Text))
        {
            Add(b => b.NewSlide(markdown.Split('\n')[0]).Markdown(markdown));
            Add(b => b.Slides(markdown));
            Add(b => b.Notes(markdown));
            Add(b => b.SpeakerNotes(markdown));
            Add(b => b.Fragment(markdown));
            Add(b => b.Image("a.png", alt: markdown));
            Add(b => b.Figure(new ImageMedia("a.png"), markdown));
            Add(b => b.Code(markdown));
        }

        foreach (var html in XssVectors.RawHtml)
        {
            Add(b => b.NewSlide("Raw HTML").Markdown(html, allowHtml: true));
            Add(b => b.Slides(html, allowHtml: true));
            Add(b => b.Notes(html, allowHtml: true));
            Add(b => b.SpeakerNotes(html, allowHtml: true));
            Add(b => b.Columns(Media.Markdown(html, allowHtml: true), Media.Markdown("right")));
        }

        return (new Unchecked(body.Thanks().References().Build()), placed, refused);
    }

    /// <summary>A built talk rendered without validation (its TALK021 errors are what is being tested).</summary>
    private sealed class Unchecked(TalkDocument document) : IRenderableTalk
    {
        public string Name => "XssEverywhere";

        public TalkMetadata Metadata => document.Metadata;

        public void Render(ITalkWriter writer) => document.Replay(writer);
    }
}
