using TalkDsl.Model;

namespace TalkDsl.Rendering;

/// <summary>Replays a built talk into a writer, assigning each notes heading its pandoc anchor.</summary>
public static class TalkReplay
{
    /// <summary>Sends every event of <paramref name="document"/> to <paramref name="writer"/>.</summary>
    public static void Replay(this TalkDocument document, ITalkWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);

        var replay = new ReplayContext(writer);
        writer.BeginTalk(document.Metadata);
        foreach (var block in document.Blocks)
        {
            if (block is not HeadingBlock && !replay.Shows(block.ShownIn))
            {
                continue; // shown in the other output only (Block.ShownIn)
            }

            switch (block)
            {
                case HeadingBlock heading:
                    replay.Heading(heading.Level, heading.Title, heading.ShownIn);
                    break;
                case ContentBlock content:
                    writer.Content(content.Target, content.Markdown, content.AllowHtml);
                    break;
                case MediaBlock media:
                    writer.Media(media.Media);
                    break;
                case FigureBlock figure:
                    writer.Figure(figure.Media, figure.Caption, figure.Label);
                    break;
                case ColumnsBlock columns:
                    writer.Columns(columns.Left, columns.Right, columns.LeftWidth, columns.RightWidth);
                    break;
                case FragmentBlock fragment:
                    writer.Fragment(fragment.Markdown);
                    break;
                case SlideTextBlock text:
                    writer.SlideText(text.Kind, text.Markdown);
                    break;
                case AnimationBlock animation:
                    writer.Animation(animation.Name, animation.Frames, animation.Target);
                    break;
                case CodeBlock code:
                    writer.Code(code.Kind, code.Code, code.Language, code.OnSlides);
                    break;
                case EditLinkBlock edit:
                    writer.EditLink(edit.SourceFile);
                    break;
                case ThanksBlock:
                    replay.Thanks();
                    break;
                case ReferencesBlock:
                    replay.References();
                    break;
                default:
                    throw new InvalidOperationException($"No writer event for {block.GetType().Name}.");
            }
        }

        writer.EndTalk();
    }
}
