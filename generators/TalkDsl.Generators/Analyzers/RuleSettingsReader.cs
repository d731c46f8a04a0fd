using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using TalkDsl.Rules;

namespace TalkDsl.Generators.Analyzers;

/// <summary>Reads the rules' limits from <c>.editorconfig</c> (<c>talkdsl.*</c>), keeping the default for a missing or unreadable value.</summary>
internal static class RuleSettingsReader
{
    public const string MaxSlideLines = "talkdsl.max_slide_lines";
    public const string MaxSlideBullets = "talkdsl.max_slide_bullets";
    public const string SlideLineChars = "talkdsl.slide_line_chars";
    public const string WordsPerMinute = "talkdsl.words_per_minute";
    public const string MinSecondsPerSlide = "talkdsl.min_seconds_per_slide";

    public static RuleSettings Read(AnalyzerConfigOptions options)
    {
        var defaults = RuleSettings.Default;
        return new RuleSettings
        {
            MaxSlideLines = Int(options, MaxSlideLines, defaults.MaxSlideLines, minimum: 1),
            MaxSlideBullets = Int(options, MaxSlideBullets, defaults.MaxSlideBullets, minimum: 1),
            SlideLineChars = Int(options, SlideLineChars, defaults.SlideLineChars, minimum: 1),
            WordsPerMinute = Int(options, WordsPerMinute, defaults.WordsPerMinute, minimum: 1),
            MinSecondsPerSlide = Int(options, MinSecondsPerSlide, defaults.MinSecondsPerSlide, minimum: 0),
        };
    }

    private static int Int(AnalyzerConfigOptions options, string key, int fallback, int minimum) =>
        options.TryGetValue(key, out var text)
        && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        && value >= minimum
            ? value
            : fallback;
}
