namespace TalkDsl.Authoring;

/// <summary>Where a builder call was written, captured with caller information so run-time errors name file and line.</summary>
internal readonly record struct SourceSpot(string File, int Line)
{
    public override string ToString() => File.Length == 0 ? "(unknown location)" : $"{File}({Line})";
}
