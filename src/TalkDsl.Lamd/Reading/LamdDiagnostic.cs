namespace TalkDsl.Lamd.Reading;

/// <summary>How bad a finding is. An <see cref="Error"/> stops the file it is in from being imported.</summary>
public enum LamdSeverity
{
    /// <summary>Worth knowing; nothing is lost.</summary>
    Info,

    /// <summary>Something was left out or approximated; the file still imports.</summary>
    Warning,

    /// <summary>The file cannot be imported; the rest of the import goes on.</summary>
    Error,
}

/// <summary>The ids of the importer's findings, stable so users can search for them.</summary>
public static class LamdDiagnosticIds
{
    public const string UnbalancedBraces = "LAMD001";
    public const string UnterminatedConditional = "LAMD002";
    public const string RecursiveInclude = "LAMD003";
    public const string NotUtf8 = "LAMD004";
    public const string EmptyFile = "LAMD005";
    public const string MissingInclude = "LAMD006";
    public const string InvalidFrontMatter = "LAMD007";
    public const string StrayConditional = "LAMD008";
    public const string UnreadableFile = "LAMD009";
    public const string IncludeFailed = "LAMD010";
    public const string IgnoredDefinition = "LAMD011";
    public const string SnippetDiffers = "LAMD012";
    public const string FrontMatterValue = "LAMD013";
    public const string RecursiveMacro = "LAMD014";
    public const string NotationConflict = "LAMD015";
    public const string IncludeOutsideLibrary = "LAMD016";
    public const string NotRegularFile = "LAMD017";
    public const string FileTooLarge = "LAMD018";
    public const string TooDeep = "LAMD019";
    public const string ExpansionBudget = "LAMD020";
    public const string InternalError = "LAMD021";
    public const string WouldNotBuild = "LAMD022";
    public const string RepeatedKey = "LAMD023";
    public const string CitationWithoutBibliography = "LAMD024";

    // LAMD025-028 are kept for the import's typed calls (issue 8).
    public const string FolderSettingsDiffer = "LAMD029";
}

/// <summary>One finding of the reader, evaluator or mapper: where, what, and what to do about it.</summary>
public sealed record LamdDiagnostic(LamdSeverity Severity, string Id, SourcePosition Position, string Message)
{
    public override string ToString() =>
        $"{Position}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
