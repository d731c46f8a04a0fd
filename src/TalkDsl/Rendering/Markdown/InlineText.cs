using System.Text;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax.Inlines;

namespace TalkDsl.Rendering.Markdown;

/// <summary>
/// The plain text of Markdown inlines: text, code, math and the text of links, without markup, raw HTML or
/// images. How smart punctuation reads is the caller's choice: as shown, or as typed.
/// </summary>
internal static class InlineText
{
    private static readonly IReadOnlyDictionary<SmartyPantType, string> Shown = PandocTypography.SmartyPantOptions().Mapping;

    /// <summary>Smart punctuation as the page shows it (a curly quote, an en dash); HTML entities as typed.</summary>
    public static string AsShown(SmartyPant smarty) =>
        Shown.TryGetValue(smarty.Type, out var mapped) && !mapped.StartsWith('&') ? mapped : smarty.ToString();

    /// <summary>Smart punctuation as typed: <c>--</c>, <c>---</c>, <c>...</c>; quotes as nothing.</summary>
    public static string AsTyped(SmartyPant smarty) => smarty.Type switch
    {
        SmartyPantType.Dash2 => "--",
        SmartyPantType.Dash3 => "---",
        SmartyPantType.Ellipsis => "...",
        _ => string.Empty,
    };

    public static string Of(ContainerInline? container, Func<SmartyPant, string> smartyPant)
    {
        var text = new StringBuilder();
        if (container is not null)
        {
            Append(container, text, smartyPant);
        }

        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text, Func<SmartyPant, string> smartyPant)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case MathInline math:
                text.Append(math.Content.AsSpan());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case SmartyPant smarty:
                text.Append(smartyPant(smarty));
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text, smartyPant);
                }

                break;
        }
    }
}
