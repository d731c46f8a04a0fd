namespace TalkDsl.Lamd.Evaluation;

/// <summary>Where the reader looks for snippets, and how it names files in messages.</summary>
public sealed record LamdReaderOptions
{
    /// <summary>Folders searched for <c>\include{…}</c> after the including file's folder and its parent (lamd's <c>--snippets-path</c>).</summary>
    public IReadOnlyList<string> SnippetDirectories { get; init; } = [];

    /// <summary>
    /// The folders the talks may read from besides <see cref="SnippetDirectories"/> (the folders imported):
    /// an include that leads outside all of them, by an absolute path, by '..' or by a symbolic link, is
    /// refused (LAMD016). Empty: the folder of each talk read and its parent (where lamd looks).
    /// </summary>
    public IReadOnlyList<string> Roots { get; init; } = [];

    /// <summary>The most macro expansions and include evaluations one talk may take (LAMD020), so a macro that expands without end stops.</summary>
    public int MaxExpansions { get; init; } = 200_000;

    /// <summary>The most characters one talk's evaluation may produce (LAMD020): a macro doubling itself stops here.</summary>
    public int MaxOutputChars { get; init; } = 16 * 1024 * 1024;

    /// <summary>Turns an absolute path into the one shown in messages and comments. Defaults to the path relative to the current folder.</summary>
    public Func<string, string> DisplayPath { get; init; } = path => Path.GetRelativePath(Environment.CurrentDirectory, path);

    /// <summary>
    /// lamd's own macros (<see cref="LamdMacroLibrary.Names"/>) when its macro files are known: a call of one
    /// with arguments stays a construct, which the mapper replaces by lamd's expansion for each output; an
    /// include of lamd's macro files themselves is then left to the importer.
    /// </summary>
    public IReadOnlySet<string>? LamdMacros { get; init; }
}
