using TalkDsl.Model;
using TalkDsl.Rendering;
using TalkDsl.Rules;

namespace TalkDsl.Output;

/// <summary>
/// Renders a set of talks into a folder: for each talk its slides page, its notes page and its Jekyll
/// post (see <see cref="TalkFileNames"/>); with a <see cref="TalkOutputOptions.MediaFolder"/>, the
/// images they show; the stylesheet files asked for; and, unless <see cref="AssetMode.Cdn"/>, the bundled
/// slides runtime in <c>_talkdsl/</c> (<see cref="BundledAssets"/>), which the pages load. All or nothing: every file is rendered beside the folder first and moved in only
/// when all succeeded, so a talk with errors never leaves a half-updated folder.
/// </summary>
public static class TalkOutput
{
    /// <summary>Renders <paramref name="talks"/> into <see cref="TalkOutputOptions.OutputDirectory"/>.</summary>
    /// <returns>The absolute path of every file written, talk by talk: slides, notes, post; then each image and
    /// stylesheet copied; then each runtime file that was missing or changed.</returns>
    /// <exception cref="TalkOutputException">A talk could not be rendered or the files could not be moved in;
    /// the message names the talk, the problem and what to do, and the folder is unchanged.</exception>
    public static IReadOnlyList<string> Write(IEnumerable<IRenderableTalk> talks, TalkOutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(options);

        // "out/" and "out" are the same folder; without the separator the staging folder lands beside it.
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        var planned = Plan(talks, target);
        if (planned.Count == 0)
        {
            return [];
        }

        var media = options.MediaFolder is null ? [] : FindMedia(planned, Path.GetFullPath(options.MediaFolder), target);
        var stylesheets = FindStylesheets(options.StylesheetFiles, planned, media, target);
        var (slides, notesOptions) = PageOptions(options, stylesheets);

        using var staging = Open(target);
        foreach (var (talk, names) in planned)
        {
            try
            {
                var notes = notesOptions with { SlidesLink = names.Slides };
                staging.Add(names.Slides, output => talk.RenderSlides(output, slides));
                staging.Add(names.Notes, output => talk.RenderNotes(output, notes));
                staging.Add(names.Post, output => talk.RenderJekyllNotes(output, notes));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw Failure(Describe(talk), talk.Name, target, ex);
            }
        }

        foreach (var image in media)
        {
            try
            {
                staging.AddCopy(image.RelativePath, image.SourceFile);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw IoFailure($"The image {image.SourceFile} could not be copied", $"Check that it can be read and that the folder containing {target} has free space, then run again.", target, ex);
            }
        }

        foreach (var (name, file) in stylesheets)
        {
            try
            {
                staging.AddCopy(name, file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw IoFailure($"The stylesheet {file} could not be copied", $"Check that it can be read and that the folder containing {target} has free space, then run again.", target, ex);
            }
        }

        if (options.Assets == AssetMode.Bundled)
        {
            StageAssets(staging, target);
        }

        try
        {
            return staging.MoveIntoPlace();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw IoFailure($"The rendered files could not be moved into {target}", $"Check that {target} is writable and that none of its files is open elsewhere or is a folder, then run again.", target, ex);
        }
    }

    /// <summary>Takes the talks one by one (a catalog may build them lazily) and names their files, refusing two talks with the same files.</summary>
    private static List<(IRenderableTalk Talk, TalkFileNames Names)> Plan(IEnumerable<IRenderableTalk> talks, string target)
    {
        var planned = new List<(IRenderableTalk, TalkFileNames)>();
        var owners = new Dictionary<string, IRenderableTalk>(StringComparer.Ordinal);
        using var each = talks.GetEnumerator();
        while (true)
        {
            IRenderableTalk talk;
            try
            {
                if (!each.MoveNext())
                {
                    return planned;
                }

                talk = each.Current;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw Failure($"Talk number {planned.Count + 1}", null, target, ex);
            }

            TalkFileNames names;
            try
            {
                names = TalkFileNames.For(talk.Metadata);
            }
            catch (ArgumentException ex)
            {
                throw Failure(Describe(talk), talk.Name, target, ex);
            }

            if (owners.TryGetValue(names.Slug, out var earlier))
            {
                throw new TalkOutputException(
                    $"{Describe(talk)} and {Describe(earlier)} would both be written to {names.Slug}.*: their titles give the same file name.{Environment.NewLine}"
                    + $"Give one of them a different title.{Environment.NewLine}"
                    + Unchanged(target),
                    talk.Name, target);
            }

            owners.Add(names.Slug, talk);
            planned.Add((talk, names));
        }
    }

    /// <summary>The images the talks show, each once; every one that is missing is listed in one exception.</summary>
    private static List<MediaFiles.Reference> FindMedia(List<(IRenderableTalk Talk, TalkFileNames Names)> planned, string mediaFolder, string target)
    {
        if (!Directory.Exists(mediaFolder))
        {
            throw new TalkOutputException(
                $"The media folder {mediaFolder} does not exist.{Environment.NewLine}"
                + $"Give the folder that holds the talks' images (the one with diagrams/ in it), or leave MediaFolder unset to write image paths unchecked.{Environment.NewLine}"
                + Unchanged(target),
                null, target);
        }

        var problems = new List<MediaFiles.Problem>();
        var pages = planned.SelectMany(p => new[] { p.Names.Slides, p.Names.Notes, p.Names.Post }).ToHashSet(StringComparer.Ordinal);
        var media = new Dictionary<string, MediaFiles.Reference>(StringComparer.Ordinal);
        foreach (var (talk, _) in planned)
        {
            List<MediaFiles.Reference> found;
            try
            {
                found = MediaFiles.Find(talk, mediaFolder, problems);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw Failure(Describe(talk), talk.Name, target, ex);
            }

            foreach (var image in found)
            {
                if (pages.Contains(image.RelativePath))
                {
                    problems.Add(new MediaFiles.Problem(image.Spot, talk.Name, $"the image '{image.RelativePath}' has the name of a rendered page: rename the image"));
                }
                else
                {
                    media.TryAdd(image.RelativePath, image);
                }
            }
        }

        if (problems.Count == 0)
        {
            return [.. media.Values];
        }

        var lines = problems.Select(p => $"  {p.Spot}: {p.Message} (talk {p.Talk})");
        throw new TalkOutputException(
            $"{problems.Count} image{(problems.Count == 1 ? "" : "s")} of the talks cannot be taken from the media folder {mediaFolder}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines) + Environment.NewLine
            + $"Add the files there at the paths shown, or correct the calls at the lines named, then run again.{Environment.NewLine}"
            + Unchanged(target),
            planned.Count == 1 ? planned[0].Talk.Name : null, target);
    }

    /// <summary>
    /// The bundled runtime into <c>_talkdsl/</c>: once for all the talks, and only the files missing there or
    /// different (an unchanged folder is not rewritten, so its dates stay and a sync tool sees nothing new).
    /// </summary>
    private static void StageAssets(StagingFolder staging, string target)
    {
        try
        {
            foreach (var path in BundledAssets.Changed(target))
            {
                staging.AddCopy(BundledAssets.FolderName + "/" + path, () => BundledAssets.Open(path));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw IoFailure($"The slides runtime could not be copied into {Path.Combine(target, BundledAssets.FolderName)}", $"Check that the folder is readable and writable and has free space, or render with AssetMode.Cdn (--cdn), then run again.", target, ex);
        }
    }

    /// <summary>The pages' options: in CDN mode the bundled URLs become jsDelivr's (URLs set by hand are kept); the copied stylesheets are linked last.</summary>
    private static (SlidesOptions Slides, NotesOptions Notes) PageOptions(TalkOutputOptions options, List<(string Name, string File)> stylesheets)
    {
        var slides = options.Slides;
        var notes = options.Notes;
        if (options.Assets == AssetMode.Cdn)
        {
            slides = slides with
            {
                RevealUrl = slides.RevealUrl == SlidesOptions.DefaultRevealUrl ? SlidesOptions.CdnRevealUrl : slides.RevealUrl,
                MathJaxUrl = slides.MathJaxUrl == SlidesOptions.DefaultMathJaxUrl ? SlidesOptions.CdnMathJaxUrl : slides.MathJaxUrl,
            };
            notes = notes with { MathJaxUrl = notes.MathJaxUrl == SlidesOptions.DefaultMathJaxUrl ? SlidesOptions.CdnMathJaxUrl : notes.MathJaxUrl };
        }

        if (stylesheets.Count > 0)
        {
            slides = slides with { Stylesheets = [.. slides.Stylesheets, .. stylesheets.Select(s => Uri.EscapeDataString(s.Name))] };
        }

        return (slides, notes);
    }

    /// <summary>The stylesheet files to copy beside the pages, by file name; a missing one, or a name taken by a page or an image, is refused.</summary>
    private static List<(string Name, string File)> FindStylesheets(ValueList<string> files, List<(IRenderableTalk Talk, TalkFileNames Names)> planned, List<MediaFiles.Reference> media, string target)
    {
        var taken = planned.SelectMany(p => new[] { p.Names.Slides, p.Names.Notes, p.Names.Post })
            .Concat(media.Select(m => m.RelativePath))
            .ToHashSet(StringComparer.Ordinal);
        var found = new List<(string, string)>();
        foreach (var given in files)
        {
            var file = Path.GetFullPath(given);
            var name = Path.GetFileName(file);
            var problem = !File.Exists(file) ? $"The stylesheet {file} does not exist.{Environment.NewLine}Give the path of a CSS file (a relative path is taken from {Environment.CurrentDirectory})."
                : !taken.Add(name) ? $"The stylesheet {file} would be copied to {name}, which is already the name of a page, an image or another stylesheet.{Environment.NewLine}Rename the stylesheet."
                : null;
            if (problem is not null)
            {
                throw new TalkOutputException(problem + Environment.NewLine + Unchanged(target), null, target);
            }

            found.Add((name, file));
        }

        return found;
    }

    private static StagingFolder Open(string target)
    {
        try
        {
            return new StagingFolder(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw IoFailure($"No staging folder could be made beside {target}", $"Check that the folder containing {target} exists or can be created, and is writable.", target, ex);
        }
    }

    /// <summary>A file system failure: what failed, the system's words, what to check, and that nothing changed.</summary>
    private static TalkOutputException IoFailure(string what, string whatToCheck, string target, Exception ex) => new(
        $"{what}: {ex.Message}{Environment.NewLine}{whatToCheck}{Environment.NewLine}{Unchanged(target)}", null, target, ex);

    private static TalkOutputException Failure(string who, string? talkName, string target, Exception ex)
    {
        var whatToDo = ex switch
        {
            TalkValidationException => "Fix the errors listed above, at the files and lines they name, then run again.",
            IOException or UnauthorizedAccessException => $"Check that the folder containing {target} is writable and has free space, then run again.",
            ArgumentException => "Correct the talk as the message says, then run again.",
            _ => $"This is unexpected ({ex.GetType().Name}); please report it together with the talk's source.",
        };
        return new TalkOutputException(
            $"{who} was not rendered: {ex.Message}{Environment.NewLine}{whatToDo}{Environment.NewLine}{Unchanged(target)}",
            talkName, target, ex);
    }

    private static string Describe(IRenderableTalk talk) =>
        string.IsNullOrWhiteSpace(talk.Metadata.Title) ? $"The talk {talk.Name}" : $"The talk {talk.Name} (\"{talk.Metadata.Title}\")";

    private static string Unchanged(string target) => $"Nothing in {target} was changed.";
}
