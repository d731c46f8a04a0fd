namespace TalkDsl.Lamd.Evaluation;

/// <summary>
/// The symbols lamd's build defines with <c>-D</c>, and what each means for TalkDsl, whose outputs stand
/// in for lamd's HTML slides and HTML notes.
/// </summary>
public static class LamdBuildFlags
{
    /// <summary>Defined only when lamd builds slides: <c>\ifdef{SLIDES}</c> becomes slides-only content.</summary>
    public const string Slides = "SLIDES";

    /// <summary>Defined only when lamd builds notes: <c>\ifdef{NOTES}</c> becomes notes-only content.</summary>
    public const string Notes = "NOTES";

    /// <summary>Defined for both of lamd's HTML outputs, so treated as defined.</summary>
    public static IReadOnlySet<string> AlwaysDefined { get; } = new HashSet<string>(StringComparer.Ordinal) { "HTML" };

    /// <summary>Defined only for outputs TalkDsl does not make (LaTeX, Word, notebooks, …) or by options off by default.</summary>
    public static IReadOnlySet<string> NeverDefined { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "TEX", "DOCX", "PPTX", "IPYNB", "SVG", "MANIM", "MANIM_VIDEO", "VIDEO", "ANIMSVG",
        "CODE", "PLOTCODE", "HELPERCODE", "DISPLAYCODE", "MAGICCODE", "TESTCODE",
        "EXERCISES", "ASSIGNMENT", "EDIT", "DRAFT",
    };
}
