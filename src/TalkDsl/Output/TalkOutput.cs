using TalkDsl.Formats;
using TalkDsl.Model;
using TalkDsl.Rendering;
using TalkDsl.Rendering.Pdf;
using TalkDsl.Rules;

namespace TalkDsl.Output;

/// <summary>
/// Renders a set of talks into a folder: for each talk the formats asked for
/// (<see cref="TalkOutputOptions.Formats"/>: by default its slides page, its notes page and its Jekyll
/// post; see <see cref="TalkFormats"/>); with a <see cref="TalkRenderOptions.MediaFolder"/>, the
/// images they show; the stylesheet asked for; and, unless <see cref="AssetMode.Cdn"/>, the bundled
/// slides runtime in <c>_talkdsl/</c> (<see cref="BundledAssets"/>), which the pages load. Every file is
/// rendered beside the folder first and moved in only at the end, so a talk with errors never leaves a
/// half-updated folder. <see cref="Write"/> is all or nothing over the talks; <see cref="WriteEach"/>
/// writes the talks that succeed and returns the ones that failed.
/// The PDF formats print through chromium, which a machine may lack: a PDF that cannot be printed (no
/// chromium, or chromium failing on a talk) is left out while every other file is written, and is
/// listed afterwards (<see cref="TalkOutputResult.PdfsNotWritten"/>; <see cref="Write"/> throws, naming
/// them and the files written).
/// </summary>
public static class TalkOutput
{
    /// <summary>Renders <paramref name="talks"/> into <see cref="TalkOutputOptions.OutputDirectory"/>, all or nothing.</summary>
    /// <returns>The absolute path of every file written, talk by talk in the order of the formats; then each image copied,
    /// then the stylesheet; then each file of the bundled runtime that was missing or changed.</returns>
    /// <exception cref="TalkOutputException">A talk could not be rendered or the files could not be moved in;
    /// the message names the talk, the problem and what to do, and the folder is unchanged. Or a PDF could
    /// not be printed: every other file was written (<see cref="TalkOutputException.Written"/>).</exception>
    public static IReadOnlyList<string> Write(IEnumerable<IRenderableTalk> talks, TalkOutputOptions options)
    {
        var result = Render(talks, options, eachOnItsOwn: false, talkDone: null);
        if (result.PdfsNotWritten.Count > 0)
        {
            throw new TalkOutputException(
                $"{Count(result.PdfsNotWritten.Count, "PDF")} not written:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.PdfsNotWritten.Select(p => "  " + p)) + Environment.NewLine
                + $"The other {Count(result.Files.Count, "file")} written into {result.OutputDirectory}.",
                result.RenderedTalks.Count == 1 ? result.RenderedTalks[0] : null,
                result.OutputDirectory)
            {
                Written = result.Files,
            };
        }

        return result.Files;
    }

    /// <summary>
    /// Renders each of <paramref name="talks"/> on its own into <see cref="TalkOutputOptions.OutputDirectory"/>:
    /// a talk that cannot be rendered (errors, a missing image, a broken renderer) is left out and reported
    /// in <see cref="TalkOutputResult.Failures"/>, its files in the folder untouched; the others are written,
    /// together, as <see cref="Write"/> writes them.
    /// </summary>
    /// <param name="talkDone">Called with each talk's name once it is rendered or has failed, e.g. to show progress.</param>
    /// <exception cref="TalkOutputException">A failure of the whole output, not of one talk (the media folder or
    /// stylesheet is missing, the files could not be moved in); the folder is unchanged.</exception>
    public static TalkOutputResult WriteEach(IEnumerable<IRenderableTalk> talks, TalkOutputOptions options, Action<string>? talkDone = null) =>
        Render(talks, options, eachOnItsOwn: true, talkDone);

    private static TalkOutputResult Render(IEnumerable<IRenderableTalk> talks, TalkOutputOptions options, bool eachOnItsOwn, Action<string>? talkDone)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(options);

        CheckFolder(options.OutputDirectory, "output folder", "OutputDirectory (--out)");
        if (options.MediaFolder is not null)
        {
            CheckFolder(options.MediaFolder, "media folder", "MediaFolder");
        }

        // "out/" and "out" are the same folder; without the separator the staging folder lands beside it.
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        var run = new Run(target, eachOnItsOwn, talkDone);
        var planned = Plan(talks, run);
        if (planned.Count == 0)
        {
            return run.Result([], []);
        }

        if (options.Formats.Count == 0)
        {
            throw new TalkOutputException($"No output format was asked for: choose some of {TalkFormats.Names}.{Environment.NewLine}{Unchanged(target)}", null, target);
        }

        var stylesheet = options.Stylesheet is null ? null : FindStylesheet(Path.GetFullPath(options.Stylesheet), target);
        var media = options.MediaFolder is null ? [] : FindMedia(planned, options.Formats, Path.GetFullPath(options.MediaFolder), run);
        var (slides, notesOptions) = PageOptions(options, stylesheet?.Name);

        // The PDF formats print through chromium. A machine without it still gets every other file; the
        // PDFs that could not be made (no chromium, or chromium failed on a talk) are listed afterwards.
        var pdfsNotWritten = new List<string>();
        var formats = options.Formats;
        if (formats.Any(f => f.NeedsBrowser) && PdfBrowser.Missing(options.Pdf) is { } missing)
        {
            pdfsNotWritten.Add($"{string.Join(" and ", formats.Where(f => f.NeedsBrowser).Select(f => f.Name))}: {missing}");
            formats = [.. formats.Where(f => !f.NeedsBrowser)];
        }

        using var staging = Open(target);
        // One chromium for the run, started when first used: the PDFs need it, the Office formats draw SVGs with it.
        using var browser = formats.Any(f => f.UsesBrowser) && PdfBrowser.Missing(options.Pdf) is null ? new PdfBrowser(options.Pdf) : null;

        // The runtime first: the PDFs print pages that load it (what is unchanged is read from the output folder).
        if (options.Assets == AssetMode.Bundled)
        {
            StageAssets(staging, target);
        }
        var rendered = new List<string>();
        var images = new Dictionary<string, MediaFiles.Reference>(StringComparer.Ordinal);
        foreach (var (talk, names) in planned)
        {
            if (run.HasFailed(talk))
            {
                continue;
            }

            // A talk without a date has no post (its file name starts with the date): the rest is written, with a warning.
            IReadOnlyList<TalkFormat> talkFormats = names.Post is null ? [.. formats.Where(f => f != TalkFormats.Post)] : formats;
            if (talkFormats.Count != formats.Count)
            {
                run.Warn($"{Describe(talk)} {TalkFileNames.NoPost}");
            }

            var files = talkFormats.Select(f => f.FileName(names)).ToList();
            try
            {
                // The notes link to the slides only when the slides are written beside them. The PDFs print
                // from the staging folder, a sibling of the output folder: relative paths reach the same files.
                var notes = notesOptions with { SlidesLink = options.Formats.Contains(TalkFormats.Slides) ? names.Slides : notesOptions.SlidesLink };
                var context = new FormatContext(options with { Slides = slides, Notes = notes }) { Browser = browser, PrintFolder = staging.Root, OutputFolder = target };
                foreach (var format in talkFormats)
                {
                    try
                    {
                        staging.Add(format.FileName(names), output => format.Render(talk, output, context));
                    }
                    catch (PdfRenderException ex)
                    {
                        staging.Discard([format.FileName(names)]);
                        pdfsNotWritten.Add($"{format.FileName(names)} ({Describe(talk)}): {ex.Message}");
                    }
                }

                rendered.Add(talk.Name);
                foreach (var image in media.GetValueOrDefault(talk, []))
                {
                    images.TryAdd(image.RelativePath, image);
                }

                run.Done(talk);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                staging.Discard(files);
                run.Fail(talk, Failure(Describe(talk), talk.Name, run, ex));
            }
        }

        var copies = images.Values.Select(image => (image.RelativePath, image.SourceFile, What: $"The image {image.SourceFile}")).ToList();
        if (stylesheet is not null && rendered.Count > 0)
        {
            copies.Add((stylesheet.Name, stylesheet.SourceFile, $"The stylesheet {stylesheet.SourceFile}"));
        }

        foreach (var (name, source, what) in copies)
        {
            try
            {
                staging.AddCopy(name, source);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw IoFailure($"{what} could not be copied", $"Check that it can be read and that the folder containing {target} has free space, then run again.", target, ex);
            }
        }

        if (rendered.Count == 0)
        {
            return run.Result([], []) with { PdfsNotWritten = pdfsNotWritten };
        }

        try
        {
            // The runtime is staged first (the PDFs load it) but listed last, after the talks' own files.
            var runtime = Path.Combine(target, BundledAssets.FolderName) + Path.DirectorySeparatorChar;
            var moved = staging.MoveIntoPlace().OrderBy(path => path.StartsWith(runtime, StringComparison.Ordinal) ? 1 : 0).ToList();
            return run.Result(rendered, moved) with { PdfsNotWritten = pdfsNotWritten };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw IoFailure($"The rendered files could not be moved into {target}", $"Check that {target} is writable and that none of its files is open elsewhere or is a folder, then run again.", target, ex);
        }
    }

    /// <summary>Takes the talks one by one (a catalog may build them lazily) and names their files, refusing two talks with the same files.</summary>
    private static List<(IRenderableTalk Talk, TalkFileNames Names)> Plan(IEnumerable<IRenderableTalk> talks, Run run)
    {
        var planned = new List<(IRenderableTalk, TalkFileNames)>();
        var owners = new Dictionary<string, IRenderableTalk>(StringComparer.Ordinal);
        using var each = talks.GetEnumerator();
        var number = 0;
        while (true)
        {
            IRenderableTalk talk;
            number++;
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
                // The list itself failed: the talks after this one cannot be reached.
                run.Fail(null, Failure($"Talk number {number}", null, run, ex));
                return planned;
            }

            TalkFileNames names;
            try
            {
                names = TalkFileNames.For(talk.Metadata);
            }
            catch (Exception ex) when (ex is ArgumentException || (run.EachOnItsOwn && ex is not OutOfMemoryException))
            {
                run.Fail(talk, Failure(Describe(talk), talk.Name, run, ex));
                continue;
            }

            if (owners.TryGetValue(names.Slug, out var earlier))
            {
                run.Fail(talk, new TalkOutputException(
                    $"{Describe(talk)} and {Describe(earlier)} would both be written to {names.Slug}.*: {(talk.Metadata.FileName is null && earlier.Metadata.FileName is null ? "their titles give" : "they have")} the same file name.{Environment.NewLine}"
                    + $"Give one of them its own with .FileName(\"…\") in its header, or a different title.{Environment.NewLine}"
                    + run.Unchanged,
                    talk.Name, run.Target));
                continue;
            }

            owners.Add(names.Slug, talk);
            planned.Add((talk, names));
        }
    }

    /// <summary>The images each talk shows. What is missing is listed: in one exception over all talks, or one per talk when each renders on its own.</summary>
    private static Dictionary<IRenderableTalk, List<MediaFiles.Reference>> FindMedia(List<(IRenderableTalk Talk, TalkFileNames Names)> planned, IReadOnlyList<TalkFormat> formats, string mediaFolder, Run run)
    {
        if (!Directory.Exists(mediaFolder))
        {
            throw new TalkOutputException(
                $"The media folder {mediaFolder} does not exist.{Environment.NewLine}"
                + $"Give the folder that holds the talks' images (the one with diagrams/ in it), or leave MediaFolder unset to write image paths unchecked.{Environment.NewLine}"
                + Unchanged(run.Target),
                null, run.Target);
        }

        var problems = new List<(IRenderableTalk Talk, MediaFiles.Problem Problem)>();
        var pages = planned.SelectMany(p => formats.Select(f => f.FileName(p.Names))).ToHashSet(StringComparer.Ordinal);
        var media = new Dictionary<IRenderableTalk, List<MediaFiles.Reference>>(ReferenceEqualityComparer.Instance);
        foreach (var (talk, _) in planned)
        {
            var found = new List<MediaFiles.Reference>();
            var talkProblems = new List<MediaFiles.Problem>();
            try
            {
                found = MediaFiles.Find(talk, mediaFolder, talkProblems);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                run.Fail(talk, Failure(Describe(talk), talk.Name, run, ex));
                continue;
            }

            foreach (var image in found.Where(image => pages.Contains(image.RelativePath)))
            {
                talkProblems.Add(new MediaFiles.Problem(image.Spot, talk.Name, $"the image '{image.RelativePath}' has the name of a rendered page: rename the image"));
            }

            problems.AddRange(talkProblems.Select(p => (talk, p)));
            media[talk] = found;
        }

        if (problems.Count > 0 && !run.EachOnItsOwn)
        {
            throw MissingImages("the talks", problems.Select(p => p.Problem).ToList(), mediaFolder, planned.Count == 1 ? planned[0].Talk.Name : null, run);
        }

        foreach (var group in problems.GroupBy(p => p.Talk, ReferenceEqualityComparer.Instance))
        {
            var talk = (IRenderableTalk)group.Key!;
            run.Fail(talk, MissingImages("the talk " + talk.Name, group.Select(p => p.Problem).ToList(), mediaFolder, talk.Name, run));
        }

        return media;
    }

    private static TalkOutputException MissingImages(string whose, List<MediaFiles.Problem> problems, string mediaFolder, string? talkName, Run run)
    {
        var lines = problems.Select(p => $"  {p.Spot}: {p.Message} (talk {p.Talk})");
        return new TalkOutputException(
            $"{problems.Count} image{(problems.Count == 1 ? "" : "s")} of {whose} cannot be taken from the media folder {mediaFolder}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines) + Environment.NewLine
            + $"Add the files there at the paths shown, or correct the calls at the lines named, then run again.{Environment.NewLine}"
            + run.Unchanged,
            talkName, run.Target);
    }

    /// <summary>The stylesheet to copy beside the pages, under its own file name.</summary>
    private sealed record Stylesheet(string Name, string SourceFile);

    private static Stylesheet FindStylesheet(string file, string target)
    {
        if (!File.Exists(file))
        {
            throw new TalkOutputException(
                $"The stylesheet {file} does not exist.{Environment.NewLine}"
                + $"Give the path of a CSS file (relative to the current directory or absolute), then run again.{Environment.NewLine}"
                + Unchanged(target),
                null, target);
        }

        return new Stylesheet(Path.GetFileName(file), file);
    }

    /// <summary>
    /// Refuses a folder path that is empty, only spaces, or holds a control character (NUL): Path would
    /// throw a bare ArgumentException, or make a folder named by a space.
    /// </summary>
    private static void CheckFolder(string path, string what, string option)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problem = path.Length == 0 ? "is empty"
            : string.IsNullOrWhiteSpace(path) ? "is only spaces"
            : path.Any(char.IsControl) ? "holds a control character (such as NUL or a line break)"
            : path != path.Trim() ? "begins or ends with a space"
            : null;
        if (problem is not null)
        {
            throw new TalkOutputException(
                $"The {what} '{new string([.. path.Select(c => char.IsControl(c) ? '?' : c)])}' {problem}.{Environment.NewLine}"
                + $"Give {option} as an ordinary folder path, e.g. \"out\". Nothing was written.",
                null, path);
        }
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

    /// <summary>The pages' options: in CDN mode the bundled URLs become jsDelivr's (URLs set by hand are kept); the copied stylesheet is linked.</summary>
    private static (SlidesOptions Slides, NotesOptions Notes) PageOptions(TalkOutputOptions options, string? stylesheet)
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

        return stylesheet is null ? (slides, notes) : (slides with { Stylesheet = stylesheet }, notes with { Stylesheet = stylesheet });
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

    private static TalkOutputException Failure(string who, string? talkName, Run run, Exception ex)
    {
        var whatToDo = ex switch
        {
            TalkValidationException => "Fix the errors listed above, at the files and lines they name, then run again.",
            IOException or UnauthorizedAccessException => $"Check that the folder containing {run.Target} is writable and has free space, then run again.",
            ArgumentException => "Correct the talk as the message says, then run again.",
            _ => $"This is unexpected ({ex.GetType().Name}); please report it together with the talk's source.",
        };
        return new TalkOutputException(
            $"{who} was not rendered: {ex.Message}{Environment.NewLine}{whatToDo}{Environment.NewLine}{run.Unchanged}",
            talkName, run.Target, ex);
    }

    private static string Describe(IRenderableTalk talk)
    {
        string? title;
        try
        {
            title = talk.Metadata.Title;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A talk built at run time has no header when it has errors: its name says which it is.
            title = null;
        }

        return string.IsNullOrWhiteSpace(title) ? $"The talk {talk.Name}" : $"The talk {talk.Name} (\"{title}\")";
    }

    private static string Unchanged(string target) => $"Nothing in {target} was changed.";

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? " was" : "s were")}";

    /// <summary>
    /// One call's failures: all or nothing throws the first; each on its own collects them, one per talk,
    /// and the talk is skipped from then on.
    /// </summary>
    private sealed class Run(string target, bool eachOnItsOwn, Action<string>? talkDone)
    {
        private readonly List<TalkOutputException> _failures = [];
        private readonly List<string> _warnings = [];
        private readonly HashSet<IRenderableTalk> _failed = new(ReferenceEqualityComparer.Instance);

        public string Target { get; } = target;

        public bool EachOnItsOwn { get; } = eachOnItsOwn;

        /// <summary>What a failure leaves: all or nothing changes nothing; one talk's failure leaves its own files.</summary>
        public string Unchanged => EachOnItsOwn ? $"Its files in {Target} were left as they were." : TalkOutput.Unchanged(Target);

        public bool HasFailed(IRenderableTalk talk) => _failed.Contains(talk);

        public void Fail(IRenderableTalk? talk, TalkOutputException failure)
        {
            if (!EachOnItsOwn)
            {
                throw failure;
            }

            _failures.Add(failure);
            if (talk is not null && _failed.Add(talk))
            {
                talkDone?.Invoke(talk.Name);
            }
        }

        public void Done(IRenderableTalk talk) => talkDone?.Invoke(talk.Name);

        public void Warn(string warning) => _warnings.Add(warning);

        public TalkOutputResult Result(IReadOnlyList<string> rendered, IReadOnlyList<string> files) => new(Target, rendered, files, _failures) { Warnings = _warnings };
    }
}
