using TalkDsl.Authoring;
using TalkDsl.Model;
using TalkDsl.Rendering;
using TalkDsl.Rendering.Markdown;

namespace TalkDsl.Output;

/// <summary>
/// The local files a talk shows, found in the media folder (<see cref="Formats.TalkRenderOptions.MediaFolder"/>):
/// its <c>.Stylesheet(...)</c> files, <c>Image(...)</c>, the image of a figure or a column, and
/// <c>![alt](path)</c> in any Markdown the talk renders (slides, notes and speaker notes alike). A URL (<c>https:</c>, <c>data:</c>, …), a site path
/// (<c>/…</c>) or a bare <c>#fragment</c> is not a file of the media folder and is left as it is.
/// </summary>
internal static class MediaFiles
{
    /// <summary>One image a talk shows: its path relative to the pages, the file in the media folder, and the call that shows it.</summary>
    public sealed record Reference(string RelativePath, string SourceFile, SourceSpot Spot);

    /// <summary>What is wrong with one image reference, ready to list.</summary>
    public sealed record Problem(SourceSpot Spot, string Talk, string Message);

    /// <summary>Finds every local image of <paramref name="talk"/> in <paramref name="mediaFolder"/> (absolute); what cannot be found goes to <paramref name="problems"/>.</summary>
    public static List<Reference> Find(IRenderableTalk talk, string mediaFolder, List<Problem> problems)
    {
        var found = new List<Reference>();
        if (SourceOf(talk) is not { } source)
        {
            problems.Add(new Problem(new SourceSpot("", 0), talk.Name, $"a {talk.GetType().Name} cannot list the images it shows: render it as a RenderableTalk, or leave MediaFolder unset"));
            return found;
        }

        void Check(string address, SourceSpot spot, string what)
        {
            if (RelativeFilePath(address) is not { } relative)
            {
                return;
            }

            var file = Path.GetFullPath(Path.Combine(mediaFolder, relative));
            var inside = Path.GetRelativePath(mediaFolder, file);
            if (!ContainedFiles.IsInside(file, mediaFolder))
            {
                problems.Add(new Problem(spot, talk.Name, $"the {what} '{address}' points outside the media folder: keep {what}s inside {mediaFolder}"));
            }
            else if (!File.Exists(file))
            {
                problems.Add(new Problem(spot, talk.Name, $"the {what} '{address}' is not in the media folder: add {file}, or correct the path"));
            }
            else if (ContainedFiles.Check(file, [mediaFolder], out var real) is var refusal && refusal is FileRefusal.Outside or FileRefusal.NotRegular)
            {
                // A symbolic link inside the folder that leads out of it is refused like '..': /etc/passwd never reaches out/.
                problems.Add(new Problem(spot, talk.Name, ContainedFiles.Explain(refusal, $"the {what} '{address}'", $"the media folder {mediaFolder}")));
            }
            else
            {
                // The file read is the one checked (links followed); a large image is fine, unlike a lamd file.
                found.Add(new Reference(inside.Replace(Path.DirectorySeparatorChar, '/'), real, spot));
            }
        }

        foreach (var (path, spot) in source.Header.Stylesheets)
        {
            Check(path, spot, "stylesheet");
        }

        foreach (var (block, spot) in source.ExpandedBlocks())
        {
            foreach (var address in AddressesIn(block))
            {
                Check(address, spot, "image");
            }
        }

        return found;
    }

    /// <summary>The file <paramref name="address"/> names in <paramref name="mediaFolder"/> (absolute), or null when it is not a local file, is outside the folder or is missing.</summary>
    public static string? FileIn(string mediaFolder, string address)
    {
        if (RelativeFilePath(address) is not { } relative)
        {
            return null;
        }

        var file = Path.GetFullPath(Path.Combine(mediaFolder, relative));
        return IsInside(Path.GetRelativePath(mediaFolder, file)) && File.Exists(file) ? file : null;
    }

    /// <summary>Whether a path relative to the media folder stays inside it (a name such as <c>..x.png</c> does).</summary>
    private static bool IsInside(string relative) =>
        relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);

    /// <summary>The file path an image address names relative to the page, or null when it is not a local file.</summary>
    public static string? RelativeFilePath(string address) => Rules.Citations.BibliographyPaths.RelativeFilePath(address);

    /// <summary>The talk as written: a built talk keeps it, a generated one defines it again (only when images are checked).</summary>
    private static Talk? SourceOf(IRenderableTalk talk) => talk switch
    {
        RenderableTalk built => built.Source,
        GeneratedTalk generated => generated.Define(),
        _ => null,
    };

    private static IEnumerable<string> AddressesIn(Block block) => block switch
    {
        ContentBlock content => MarkdownRenderer.ImageAddresses(content.Markdown, content.AllowHtml),
        MediaBlock media => AddressesIn(media.Media),
        FigureBlock figure => AddressesIn(figure.Media).Concat(MarkdownRenderer.ImageAddresses(figure.Caption, allowHtml: false)),
        ColumnsBlock columns => AddressesIn(columns.Left).Concat(AddressesIn(columns.Right)),
        FragmentBlock fragment => MarkdownRenderer.ImageAddresses(fragment.Markdown, allowHtml: false),
        SlideTextBlock text => MarkdownRenderer.ImageAddresses(text.Markdown, allowHtml: false),
        AnimationBlock animation => animation.Frames.SelectMany(AddressesIn),
        _ => [],
    };

    private static IEnumerable<string> AddressesIn(Media media) => media switch
    {
        ImageMedia image => [image.Path],
        MediaGroup group => group.Items.SelectMany(AddressesIn),
        DivMedia div => AddressesIn(div.Content),
        MarkdownMedia markdown => MarkdownRenderer.ImageAddresses(markdown.Markdown, markdown.AllowHtml),
        _ => [],
    };
}
