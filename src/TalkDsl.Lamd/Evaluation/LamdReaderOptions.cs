namespace TalkDsl.Lamd.Evaluation;

/// <summary>Where the reader looks for snippets, and how it names files in messages.</summary>
public sealed record LamdReaderOptions
{
    /// <summary>Folders searched for <c>\include{…}</c> after the including file's folder and its parent (lamd's <c>--snippets-path</c>).</summary>
    public IReadOnlyList<string> SnippetDirectories { get; init; } = [];

    /// <summary>Turns an absolute path into the one shown in messages and comments. Defaults to the path relative to the current folder.</summary>
    public Func<string, string> DisplayPath { get; init; } = path => Path.GetRelativePath(Environment.CurrentDirectory, path);

    /// <summary>
    /// lamd's own macros (<see cref="LamdMacroLibrary.Names"/>) when its macro files are known: a call of one
    /// with arguments stays a construct, which the mapper replaces by lamd's expansion for each output; an
    /// include of lamd's macro files themselves is then left to the importer.
    /// </summary>
    public IReadOnlySet<string>? LamdMacros { get; init; }
}
