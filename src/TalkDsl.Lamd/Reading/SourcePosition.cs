namespace TalkDsl.Lamd.Reading;

/// <summary>A place in a lamd source file: 1-based line and column (columns count UTF-16 characters, a tab is one).</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>The <c>file:line:column</c> form editors and terminals turn into links.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
