using TalkDsl.Authoring;
using TalkDsl.Model;
using TalkDsl.Rendering;
using TalkDsl.Rules;

namespace TalkDsl.Layout;

/// <summary>The call that opens a slide: what the slide is called in a message, and where the call was written.</summary>
/// <param name="Location">As compilers write it, <c>File.cs(14,10)</c>: the column when the source line can be read, else <c>File.cs(14)</c>; <c>(talk Name)</c> when unknown.</param>
internal sealed record SlideSource(string Title, string Location);

/// <summary>
/// Which call opens each slide of a talk, in the order reveal.js shows them: the title slide (<c>Titled(...)</c>), then
/// what <see cref="TalkEstimate.SlideStarts"/> lists. Positions come from the builder's caller information (file and
/// line); the column is where the call's name is on that line, read from the file when it is there.
/// </summary>
internal static class SlideSources
{
    /// <summary>The slides' sources, or null for a talk that is not a fluent chain (its slides are named by number).</summary>
    public static IReadOnlyList<SlideSource>? Of(IRenderableTalk talk)
    {
        var source = talk switch
        {
            GeneratedTalk generated => generated.Define(),
            RenderableTalk built => built.Source,
            _ => null,
        };
        if (source is null)
        {
            return null;
        }

        var slides = new List<SlideSource> { new(source.Header.Title ?? talk.Name, Locate(source.Header.TitleSpot, "Titled", talk)) };
        foreach (var item in TalkEstimate.SlideStarts(source.Expand()))
        {
            var spot = (item.Tag as BodyStep)?.Spot;
            var (title, call) = item.Kind switch
            {
                RuleItemKind.Heading => (item.Text ?? item.Describe(), item.Level.ToString()),
                RuleItemKind.Thanks => (TalkRules.ThanksTitle, "Thanks"),
                RuleItemKind.References => (TalkRules.ReferencesTitle, "References"),
                _ => (item.Describe(), null),
            };
            slides.Add(new SlideSource(title, Locate(spot, call, talk)));
        }

        return slides;
    }

    /// <summary>A talk's slide named by its number, when its calls are not known.</summary>
    public static SlideSource Numbered(string talkName, int index) => new($"{index + 1} of {talkName}", $"(talk {talkName})");

    private static string Locate(SourceSpot? spot, string? call, IRenderableTalk talk)
    {
        if (spot is not { File.Length: > 0 } known)
        {
            return $"(talk {talk.Name})";
        }

        return Column(known, call) is int column ? $"{known.File}({known.Line},{column})" : known.ToString();
    }

    /// <summary>The 1-based column of <paramref name="call"/>'s name on the spot's line (<c>.Subsection(</c> → the S), or null.</summary>
    private static int? Column(SourceSpot spot, string? call)
    {
        if (call is null || spot.Line < 1 || !spot.File.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || !File.Exists(spot.File))
        {
            return null;
        }

        try
        {
            var line = File.ReadLines(spot.File).Skip(spot.Line - 1).FirstOrDefault();
            var at = line?.IndexOf(call + "(", StringComparison.Ordinal) ?? -1;
            return at >= 0 ? at + 1 : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
