namespace TalkDsl.Rules;

/// <summary>
/// The limits <see cref="Talk.Validate(TalkValidationOptions)"/> checks against: the run-time side of the
/// <c>talkdsl.*</c> keys the analyzers read from <c>.editorconfig</c>, with the same defaults.
/// </summary>
public sealed record TalkValidationOptions
{
    /// <summary>The defaults, those of <see cref="Talk.Validate()"/>.</summary>
    public static TalkValidationOptions Default { get; } = new();

    /// <summary>Lines a slide may show before TALK008 (<c>talkdsl.max_slide_lines</c>). Default: 12.</summary>
    public int MaxSlideLines { get; init; } = RuleSettings.Default.MaxSlideLines;

    /// <summary>List items a slide may show before TALK008 (<c>talkdsl.max_slide_bullets</c>). Default: 7.</summary>
    public int MaxSlideBullets { get; init; } = RuleSettings.Default.MaxSlideBullets;

    /// <summary>
    /// Characters of prose a line of a slide holds: TALK008 counts a paragraph as the lines it wraps to
    /// (<c>talkdsl.slide_line_chars</c>). Default: 47, measured for reveal.js's default theme at 960×700.
    /// </summary>
    public int SlideLineChars { get; init; } = RuleSettings.DefaultSlideLineChars;

    /// <summary>The speaking rate of TALK009's estimate (<c>talkdsl.words_per_minute</c>). Default: 130.</summary>
    public int WordsPerMinute { get; init; } = RuleSettings.Default.WordsPerMinute;

    /// <summary>The least time TALK009 counts per slide (<c>talkdsl.min_seconds_per_slide</c>). Default: 30.</summary>
    public int MinSecondsPerSlide { get; init; } = RuleSettings.Default.MinSecondsPerSlide;

    internal RuleSettings ToSettings() => new()
    {
        MaxSlideLines = Math.Max(1, MaxSlideLines),
        MaxSlideBullets = Math.Max(1, MaxSlideBullets),
        SlideLineChars = Math.Max(1, SlideLineChars),
        WordsPerMinute = Math.Max(1, WordsPerMinute),
        MinSecondsPerSlide = Math.Max(0, MinSecondsPerSlide),
    };
}
