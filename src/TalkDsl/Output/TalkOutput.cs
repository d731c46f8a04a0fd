using TalkDsl.Formats;
using TalkDsl.Rendering;
using TalkDsl.Rendering.Pdf;
using TalkDsl.Rules;

namespace TalkDsl.Output;

/// <summary>
/// Renders a set of talks into a folder: for each talk the formats asked for
/// (<see cref="TalkOutputOptions.Formats"/>: by default its slides page, its notes page and its Jekyll
/// post; see <see cref="TalkFormats"/>), and, with a <see cref="TalkRenderOptions.MediaFolder"/>, the
/// images they show. All or nothing: every file is rendered beside the folder first and moved in only
/// when all succeeded, so a talk with errors never leaves a half-updated folder. The one exception is
/// the PDF formats, which need chromium: a PDF that cannot be printed (no chromium on this machine, or
/// chromium failing on a talk) is left out, every other file is written, and then a
/// <see cref="TalkOutputException"/> lists the PDFs missing, with what to do, and the files written.
/// </summary>
public static class TalkOutput
{
    /// <summary>Renders <paramref name="talks"/> into <see cref="TalkOutputOptions.OutputDirectory"/>.</summary>
    /// <returns>The absolute path of every file written, talk by talk in the order of the formats; then each image copied.</returns>
    /// <exception cref="TalkOutputException">A talk could not be rendered or the files could not be moved in;
    /// the message names the talk, the problem and what to do, and the folder is unchanged. Or a PDF could
    /// not be printed: every other file was written (<see cref="TalkOutputException.Written"/>).</exception>
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

        if (options.Formats.Count == 0)
        {
            throw new TalkOutputException($"No output format was asked for: choose some of {TalkFormats.Names}.{Environment.NewLine}{Unchanged(target)}", null, target);
        }

        var media = options.MediaFolder is null ? [] : FindMedia(planned, options.Formats, Path.GetFullPath(options.MediaFolder), target);

        // The PDF formats print through chromium. A machine without it still gets every other file; the
        // PDFs that could not be made (no chromium, or chromium failed on a talk) are listed afterwards.
        var pdfProblems = new List<string>();
        var formats = options.Formats;
        if (formats.Any(f => f.NeedsBrowser) && PdfBrowser.Missing(options.Pdf) is { } missing)
        {
            pdfProblems.Add($"{string.Join(" and ", formats.Where(f => f.NeedsBrowser).Select(f => f.Name))}: {missing}");
            formats = [.. formats.Where(f => !f.NeedsBrowser)];
        }

        using var staging = Open(target);
        using var browser = formats.Any(f => f.NeedsBrowser) ? new PdfBrowser(options.Pdf) : null;

        // Images first: the PDF formats print pages that show them.
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

        foreach (var (talk, names) in planned)
        {
            // The notes link to the slides only when the slides are written beside them.
            var notes = options.Notes with { SlidesLink = options.Formats.Contains(TalkFormats.Slides) ? names.Slides : options.Notes.SlidesLink };
            var context = new FormatContext(options with { Notes = notes }) { Browser = browser, PrintFolder = staging.Root };
            foreach (var format in formats)
            {
                try
                {
                    staging.Add(format.FileName(names), output => format.Render(talk, output, context));
                }
                catch (PdfRenderException ex)
                {
                    pdfProblems.Add($"{format.FileName(names)} ({Describe(talk)}): {ex.Message}");
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    throw Failure(Describe(talk), talk.Name, target, ex);
                }
            }
        }

        IReadOnlyList<string> written;
        try
        {
            // Pages before images, as the caller lists them.
            var images = media.Select(m => Path.Combine(target, m.RelativePath)).ToHashSet(StringComparer.Ordinal);
            written = [.. staging.MoveIntoPlace().OrderBy(path => images.Contains(path) ? 1 : 0)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw IoFailure($"The rendered files could not be moved into {target}", $"Check that {target} is writable and that none of its files is open elsewhere or is a folder, then run again.", target, ex);
        }

        if (pdfProblems.Count > 0)
        {
            throw new TalkOutputException(
                $"{pdfProblems.Count} PDF{(pdfProblems.Count == 1 ? " was" : "s were")} not written:{Environment.NewLine}"
                + string.Join(Environment.NewLine, pdfProblems.Select(p => "  " + p)) + Environment.NewLine
                + $"The other {written.Count} file{(written.Count == 1 ? " was" : "s were")} written into {target}.",
                planned.Count == 1 ? planned[0].Talk.Name : null,
                target)
            {
                Written = written,
            };
        }

        return written;
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
    private static List<MediaFiles.Reference> FindMedia(List<(IRenderableTalk Talk, TalkFileNames Names)> planned, IReadOnlyList<TalkFormat> formats, string mediaFolder, string target)
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
        var pages = planned.SelectMany(p => formats.Select(f => f.FileName(p.Names))).ToHashSet(StringComparer.Ordinal);
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
