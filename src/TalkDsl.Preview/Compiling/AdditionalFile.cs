using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TalkDsl.Preview.Compiling;

/// <summary>A file of the project's <c>AdditionalFiles</c>, read when a generator or analyzer asks.</summary>
internal sealed class AdditionalFile(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(Path);
        return SourceText.From(stream);
    }
}
