using System.Globalization;
using TalkDsl.Model;
using TalkDsl.Rules;

namespace TalkDsl.Output;

/// <summary>
/// The files one talk becomes, named after its title's pandoc identifier (the slug), as lamd names them:
/// <c>{slug}.slides.html</c>, <c>{slug}.notes.html</c> and the Jekyll post <c>{yyyy-MM-dd}-{slug}.md</c>;
/// each other format names its file from the slug (<see cref="Formats.TalkFormat.FileName"/>, e.g. <c>{slug}.pptx</c>).
/// </summary>
/// <param name="Slug">The file name, or the pandoc identifier of the title, e.g. <c>accelerate-spark-information-session</c>.</param>
/// <param name="Slides">The reveal.js page; the post's <c>reveal:</c> links to it.</param>
/// <param name="Notes">The standalone notes page.</param>
/// <param name="Post">The Jekyll post, dated by the talk; null for a talk without a date (its slides and notes are still written).</param>
public sealed record TalkFileNames(string Slug, string Slides, string Notes, string? Post)
{
    /// <summary>The file names for a talk with this header.</summary>
    /// <exception cref="ArgumentException">The talk has no title and no file name, so its files cannot be named.</exception>
    public static TalkFileNames For(TalkMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (string.IsNullOrWhiteSpace(metadata.Title) && metadata.FileName is null)
        {
            throw new ArgumentException("The talk has no title, and its files are named after it: start the chain with Talk.Titled(\"...\").", nameof(metadata));
        }

        var slug = metadata.FileName ?? PandocIdentifier.Create(metadata.Title!);
        return new TalkFileNames(
            slug,
            slug + ".slides.html",
            slug + ".notes.html",
            metadata.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + slug + ".md" : null);
    }

    /// <summary>Why a talk without a date has no post, and what to do: the warning <see cref="TalkOutput"/> gives.</summary>
    public const string NoPost = "has no date, and its Jekyll post's file name starts with it: its slides and notes are written, its post is not. Add .Date(year, month, day) to its header for a post.";

    /// <summary>The names, in the order they are written (two for a talk without a date).</summary>
    public IReadOnlyList<string> All => Post is null ? [Slides, Notes] : [Slides, Notes, Post];
}
