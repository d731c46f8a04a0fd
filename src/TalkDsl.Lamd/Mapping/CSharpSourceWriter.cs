using System.Text;

namespace TalkDsl.Lamd.Mapping;

/// <summary>Writes the generated C# files: one per talk, one per part, each a readable fluent chain.</summary>
internal static class CSharpSourceWriter
{
    private const string MemberIndent = "    ";

    public static Import.WrittenSource Talk(string className, string source, string start, IReadOnlyList<ChainStep> steps) =>
        File(source, ImportNames.TalksNamespace, className, "[Talk]", $"public static Talk Talk => {start}", steps);

    public static Import.WrittenSource Part(PartName name, string source, IReadOnlyList<ChainStep> steps) =>
        File(source, ImportNames.SnippetsNamespace, name.Subject, "[TalkPart]", $"public static TalkPart {name.Member} => TalkPart.Create()", steps);

    private static Import.WrittenSource File(string source, string ns, string className, string attribute, string declaration, IReadOnlyList<ChainStep> steps)
    {
        var builder = new StringBuilder();
        builder.Append("// Imported from lamd by `talk import` from ").Append(source).Append(". It is yours now: edit it freely.\n");
        builder.Append("using TalkDsl;\n\n");
        builder.Append("namespace ").Append(ns).Append(";\n\n");
        builder.Append("public static partial class ").Append(className).Append('\n');
        builder.Append("{\n");
        builder.Append(MemberIndent).Append(attribute).Append('\n');
        builder.Append(MemberIndent).Append(declaration);
        var lastCall = -1;
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Call is not null)
            {
                lastCall = i;
            }
        }

        if (lastCall < 0)
        {
            builder.Append(';');
        }

        builder.Append('\n');
        var stepLines = new List<int>(steps.Count);
        var line = 9; // the lines above: comment, using, blank, namespace, blank, class, brace, attribute, declaration
        for (var i = 0; i < steps.Count; i++)
        {
            stepLines.Add(line + 1);
            line += steps[i].Comments.Length + (steps[i].Call is { } written ? written.Count(c => c == '\n') + 1 : 0);
            foreach (var comment in steps[i].Comments)
            {
                builder.Append(BodyMapper.CallIndent).Append("// ").Append(comment.Replace('\n', ' ').TrimEnd()).Append('\n');
            }

            if (steps[i].Call is { } call)
            {
                builder.Append(BodyMapper.CallIndent).Append(call).Append(i == lastCall ? ";" : string.Empty).Append('\n');
            }
        }

        builder.Append("}\n");
        return new Import.WrittenSource(builder.ToString(), stepLines);
    }
}
