namespace TalkDsl.Rendering.Notes;

/// <summary>
/// lamd's <c>\editme</c> links: the edit base URL followed by the source file's path below the source
/// root, each segment escaped. Only the notes show them.
/// </summary>
internal sealed class EditLinks
{
    private readonly string _baseUrl;

    private readonly string _root;

    private EditLinks(string baseUrl, string root)
    {
        _baseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        _root = Slashes(root).TrimEnd('/') + "/";
    }

    /// <summary>The links <paramref name="options"/> ask for, or null when they set no <see cref="NotesOptions.EditBaseUrl"/>.</summary>
    /// <exception cref="ArgumentException">An edit base URL without a source root.</exception>
    public static EditLinks? From(NotesOptions options)
    {
        if (options.EditBaseUrl is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(options.SourceRoot))
        {
            throw new ArgumentException(
                "NotesOptions.EditBaseUrl needs NotesOptions.SourceRoot: set it to the folder the URL edits (the repository's root), so that edit links name a file's path below it.",
                nameof(options));
        }

        return new EditLinks(options.EditBaseUrl, options.SourceRoot.Trim());
    }

    /// <summary>The URL that edits <paramref name="sourceFile"/>, or null when the file is not below the source root.</summary>
    public string? For(string sourceFile)
    {
        var file = Slashes(sourceFile);
        if (!file.StartsWith(_root, StringComparison.Ordinal) || file.Length == _root.Length)
        {
            return null;
        }

        var segments = file[_root.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString);
        return _baseUrl + string.Join('/', segments);
    }

    /// <summary>Windows and Unix paths alike: the compiler may have run on either.</summary>
    private static string Slashes(string path) => path.Replace('\\', '/');
}
