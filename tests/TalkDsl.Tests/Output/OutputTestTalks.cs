using TalkDsl.Model;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Output;

/// <summary>Small talks for the output tests, and folders to write them into.</summary>
internal static class OutputTestTalks
{
    public static Talk Dated(string title, int day = 9) => Talk
        .Titled(title)
        .Author(given: "Ada", family: "Lovelace")
        .Date(2024, 1, day)
        .Subsection("Only slide")
            .Slides("Shown on the slide.")
            .Notes("Written in the notes.");

    public static IRenderableTalk Renderable(string title, int day = 9) =>
        new RenderableTalk(title.Replace(" ", string.Empty, StringComparison.Ordinal), Dated(title, day));

    /// <summary>The files written other than the bundled runtime in <c>_talkdsl/</c>, which the asset tests look at.</summary>
    public static List<string> WithoutAssets(IEnumerable<string> written) =>
        written.Where(path => !path.Contains(Path.DirectorySeparatorChar + BundledAssets.FolderName + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();

    /// <summary>Every file below <paramref name="folder"/> with its content, to compare a folder before and after.</summary>
    public static SortedDictionary<string, string> Contents(string folder) => new(
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                path => Path.GetRelativePath(folder, path),
                path => Directory.Exists(path) ? "(folder)" : File.ReadAllText(path)),
        StringComparer.Ordinal);
}

/// <summary>A talk whose rendering fails part-way with <paramref name="failure"/>, as a broken renderer or disk would.</summary>
internal sealed class FailingTalk(string name, TalkMetadata metadata, Exception failure) : IRenderableTalk
{
    public string Name { get; } = name;

    public TalkMetadata Metadata { get; } = metadata;

    public void Render(ITalkWriter writer)
    {
        writer.BeginTalk(Metadata);
        writer.Heading(HeadingLevel.Subsection, "Half written", "half-written");
        throw failure;
    }
}

/// <summary>A temporary folder holding the output folder, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Root = Directory.CreateTempSubdirectory("talkdsl-output-").FullName;

    public string Root { get; }

    /// <summary>The output folder the tests write: <c>{Root}/out</c>, not created yet.</summary>
    public string Out => Path.Combine(Root, "out");

    /// <summary>Whatever is beside the output folder besides itself (a staging folder left behind would show here).</summary>
    public IReadOnlyList<string> Leftovers => Directory.EnumerateFileSystemEntries(Root)
        .Select(Path.GetFileName)
        .Where(name => name != "out")
        .ToList()!;

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>A talk built and checked only when it is rendered, as the catalog's talks with run-time content are: one with errors fails then.</summary>
internal sealed class RunTimeTalk(string name, Func<Talk> define) : GeneratedTalk(name, isPrecompiled: false)
{
    public override Talk Define() => define();
}

/// <summary>A talk whose slides render but whose notes fail: its slides are already staged when it fails.</summary>
internal sealed class NotesFailingTalk(IRenderableTalk talk) : IRenderableTalk
{
    public string Name => talk.Name;

    public TalkMetadata Metadata => talk.Metadata;

    public void Render(ITalkWriter writer)
    {
        if (writer is NotesWriter)
        {
            throw new InvalidOperationException("The notes renderer broke.");
        }

        talk.Render(writer);
    }
}
