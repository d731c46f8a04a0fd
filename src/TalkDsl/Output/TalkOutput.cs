using TalkDsl.Rendering;
using TalkDsl.Rules;

namespace TalkDsl.Output;

/// <summary>
/// Renders a set of talks into a folder: for each talk its slides page, its notes page and its Jekyll
/// post (see <see cref="TalkFileNames"/>). All or nothing: every file is rendered beside the folder first
/// and moved in only when all succeeded, so a talk with errors never leaves a half-updated folder.
/// </summary>
public static class TalkOutput
{
    /// <summary>Renders <paramref name="talks"/> into <see cref="TalkOutputOptions.OutputDirectory"/>.</summary>
    /// <returns>The absolute path of every file written, talk by talk: slides, notes, post.</returns>
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

        using var staging = Open(target);
        foreach (var (talk, names) in planned)
        {
            try
            {
                var notes = options.Notes with { SlidesLink = names.Slides };
                staging.Add(names.Slides, output => talk.RenderSlides(output, options.Slides));
                staging.Add(names.Notes, output => talk.RenderNotes(output, notes));
                staging.Add(names.Post, output => talk.RenderJekyllNotes(output, notes));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw Failure(Describe(talk), talk.Name, target, ex);
            }
        }

        try
        {
            return staging.MoveIntoPlace();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TalkOutputException(
                $"The rendered files could not be moved into {target}: {ex.Message}{Environment.NewLine}"
                + $"Check that {target} is writable and that none of its files is open elsewhere or is a folder, then run again.{Environment.NewLine}"
                + Unchanged(target),
                null, target, ex);
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

    private static StagingFolder Open(string target)
    {
        try
        {
            return new StagingFolder(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TalkOutputException(
                $"No staging folder could be made beside {target}: {ex.Message}{Environment.NewLine}"
                + $"Check that the folder containing {target} exists or can be created, and is writable.{Environment.NewLine}"
                + Unchanged(target),
                null, target, ex);
        }
    }

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
