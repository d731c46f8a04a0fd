using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TalkDsl.Rules;

// Shared source (see RuleCatalog.cs): the checks the builder and the model records run on the values of
// the header calls, the typed calls and the notation, written once. The run time throws an ArgumentException with the message; compile
// time reports the same message as TALK014 and builds such a talk at run time instead of replaying it.

/// <summary>
/// Whether a value the authoring API is given is one the model accepts. Each check takes the value as
/// given (not null) and returns what is wrong with it, ready to show, or null when it is fine.
/// </summary>
internal static class ValueChecks
{
    /// <summary>The CSS units a width may use.</summary>
    private const string Units = "%, px, em, rem, vw or vh";

    private static readonly Regex LengthPattern = new(@"^(?<number>[0-9]+(\.[0-9]+)?|\.[0-9]+)(%|px|em|rem|vw|vh)$", RegexOptions.CultureInvariant);

    private static readonly Regex YouTubeIdPattern = new("^[A-Za-z0-9_-]{11}$", RegexOptions.CultureInvariant);

    private static readonly Regex LabelPattern = new("^[A-Za-z0-9][A-Za-z0-9_.:-]*$", RegexOptions.CultureInvariant);

    private static readonly Regex LanguagePattern = new("^[A-Za-z0-9][A-Za-z0-9_+#.-]*$", RegexOptions.CultureInvariant);

    private static readonly Regex CssClassPattern = new("^-?[A-Za-z_][A-Za-z0-9_-]*( +-?[A-Za-z_][A-Za-z0-9_-]*)*$", RegexOptions.CultureInvariant);

    private static readonly Regex StylePropertyPattern = new("^-?[A-Za-z][A-Za-z0-9-]*$", RegexOptions.CultureInvariant);

    private static readonly Regex StyleValuePattern = new("^[A-Za-z0-9 #%.,+/!()-]+$", RegexOptions.CultureInvariant);

    private static readonly Regex StyleFunctionPattern = new("([A-Za-z-]*)\\(", RegexOptions.CultureInvariant);

    private static readonly Regex CommandPattern = new("^\\\\[A-Za-z]+$", RegexOptions.CultureInvariant);

    /// <summary>A positive CSS length with a unit, e.g. <c>70%</c> or <c>400px</c>, once trimmed.</summary>
    /// <param name="what">How the message names the value, e.g. "width" or "left column's width".</param>
    public static string? Width(string width, string what = "width")
    {
        var text = width.Trim();
        var match = LengthPattern.Match(text);
        if (match.Success && double.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return null;
        }

        var hint = double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) ? ", e.g. \"" + text + "px\"" : ", e.g. \"70%\" or \"400px\"";
        return "The " + what + " '" + width + "' is not a CSS length: write a positive number and a unit (" + Units + ")" + hint + ".";
    }

    /// <summary>An image's file path or URL: not blank, on one line.</summary>
    public static string? ImagePath(string path) => FilePath(path, "image", "diagrams/ml/gp-prior.png");

    /// <summary>A file path or URL: not blank, on one line.</summary>
    private static string? FilePath(string path, string what, string example)
    {
        var text = path.Trim();
        if (text.Length == 0)
        {
            return "The " + what + " path is empty: give the file, e.g. \"" + example + "\", or a URL.";
        }

        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return "The " + what + " path '" + OnOneLine(path) + "' contains a line break or control character: write it on one line.";
            }
        }

        return null;
    }

    /// <summary>The themes reveal.js ships in <c>dist/theme/</c> (and so in the bundled copy).</summary>
    public static readonly string[] Themes =
    {
        "beige", "black", "black-contrast", "blood", "dracula", "league", "moon", "night", "serif", "simple",
        "sky", "solarized", "white", "white-contrast", "white_contrast_compact_verbatim_headers",
    };

    /// <summary>A reveal.js theme name, once trimmed.</summary>
    public static string? Theme(string theme) => System.Array.IndexOf(Themes, theme.Trim()) >= 0
        ? null
        : "'" + OnOneLine(theme) + "' is not a reveal.js theme: use one of " + string.Join(", ", Themes) + "; for your own look add .Stylesheet(\"talk.css\").";

    /// <summary>A stylesheet's path or URL: not blank, on one line.</summary>
    public static string? Stylesheet(string path) => FilePath(path, "stylesheet", "talk.css");

    /// <summary>An 11-character YouTube video id, as in <c>youtube.com/watch?v=ID</c>, once trimmed.</summary>
    public static string? YouTubeId(string videoId) => YouTubeIdPattern.IsMatch(videoId.Trim())
        ? null
        : "'" + videoId + "' is not a YouTube video id: give the 11 letters, digits, '-' or '_' after 'watch?v=' in the video's URL, e.g. \"dQw4w9WgXcQ\".";

    /// <summary>A figure label, used in element ids: letters, digits, '-', '_', '.' or ':', once trimmed.</summary>
    public static string? Label(string label) => LabelPattern.IsMatch(label.Trim())
        ? null
        : "The label '" + label + "' cannot name a figure: start with a letter or digit and use only letters, digits, '-', '_', '.' or ':', e.g. \"gp-prior\".";

    /// <summary>What <c>Media.Group()</c> with no media says: a group shows at least one.</summary>
    public const string EmptyMediaGroup = "A media group needs at least one media: give the images or Markdown it shows.";

    /// <summary>
    /// CSS class names for an element's <c>class</c> attribute (lamd's <c>{class}</c> arguments): one or more
    /// CSS identifiers separated by spaces, once trimmed, e.g. <c>"centered svgplot"</c>.
    /// </summary>
    public static string? CssClass(string cssClass) => CssClassPattern.IsMatch(cssClass.Trim())
        ? null
        : "'" + cssClass + "' is not a list of CSS class names: use identifiers of letters, digits, '-' and '_' (not starting with a digit), separated by spaces, e.g. \"centered\".";

    /// <summary>
    /// An inline style (lamd's <c>{style}</c> arguments), once trimmed: declarations <c>property: value</c>
    /// separated by ';'. Only what cannot load or run anything passes: property names of letters, digits and
    /// '-', values of letters, digits, spaces and <c># % . , + - / !</c>, and the functions of
    /// <see cref="StyleFunctions"/> (colours, <c>calc</c>, transforms) — never <c>url(…)</c>, quotes, '&lt;',
    /// '\\' or <c>expression</c>.
    /// </summary>
    public static string? Style(string style)
    {
        var text = style.Trim();
        var problem = text.Length == 0 ? "it is empty" : text.Length > 1000 ? "it is longer than 1000 characters" : null;
        foreach (var declaration in text.Split(';'))
        {
            if (problem is not null)
            {
                break;
            }

            if (declaration.Trim().Length == 0)
            {
                continue;
            }

            var colon = declaration.IndexOf(':');
            var property = colon < 0 ? declaration.Trim() : declaration.Substring(0, colon).Trim();
            var value = colon < 0 ? string.Empty : declaration.Substring(colon + 1).Trim();
            if (colon < 0 || !StylePropertyPattern.IsMatch(property) || value.Length == 0)
            {
                problem = "'" + declaration.Trim() + "' is not a declaration 'property: value'";
            }
            else if (property.IndexOf("binding", System.StringComparison.OrdinalIgnoreCase) >= 0 || string.Equals(property, "behavior", System.StringComparison.OrdinalIgnoreCase))
            {
                problem = "the property '" + property + "' can run code";
            }
            else
            {
                // Functions first: url(…) says more than the ':' of its address.
                foreach (Match function in StyleFunctionPattern.Matches(value))
                {
                    if (System.Array.IndexOf(StyleFunctions, function.Groups[1].Value.ToLowerInvariant()) < 0)
                    {
                        problem = "the function '" + function.Groups[1].Value + "(…)' may load or run something";
                        break;
                    }
                }

                if (problem is null && !StyleValuePattern.IsMatch(value))
                {
                    problem = "the value '" + value + "' holds a character a safe style does not use (quotes, '<', '\\', ':', braces…)";
                }
            }
        }

        return problem is null
            ? null
            : "The style '" + style + "' is refused: " + problem + ". Write CSS declarations such as \"text-align:right; font-size:80%\", without url(…) or quotes, or put the rule in the talk's stylesheet.";
    }

    /// <summary>The CSS functions an inline style may call: colours, arithmetic and transforms, none of which loads a resource.</summary>
    public static readonly string[] StyleFunctions =
    [
        "rgb", "rgba", "hsl", "hsla", "calc", "min", "max", "clamp",
        "translate", "translatex", "translatey", "scale", "scalex", "scaley", "rotate", "skew", "skewx", "skewy",
    ];

    /// <summary>A code language name as fenced code blocks write it, e.g. <c>python</c> or <c>c#</c>, once trimmed.</summary>
    public static string? Language(string language) => LanguagePattern.IsMatch(language.Trim())
        ? null
        : "'" + language + "' is not a language name: use letters, digits, '+', '#', '.', '-' or '_', e.g. \"python\".";

    /// <summary>An author's name: <c>given</c> or <c>family</c> not blank.</summary>
    public static string? AuthorName(string? given, string? family) =>
        string.IsNullOrWhiteSpace(given) && string.IsNullOrWhiteSpace(family)
            ? "An author needs a name: give 'given' or 'family'."
            : null;

    /// <summary>
    /// The name a talk's files take (<c>{name}.slides.html</c>, …): letters, digits, '-', '_' and '.', not
    /// starting with '.', so it names a file in the output folder and never a path.
    /// </summary>
    public static string? FileName(string name)
    {
        var trimmed = name.Trim();
        var valid = trimmed.Length > 0 && trimmed.Length <= 200 && trimmed[0] != '.';
        foreach (var c in trimmed)
        {
            valid &= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        }

        return valid
            ? null
            : "The file name '" + name + "' cannot name the talk's files: use letters, digits, '-', '_' and '.' (not first), e.g. \"machine-learning-systems-design-microsoft\".";
    }

    /// <summary>The margin of printed notes: a LaTeX/CSS length in cm, mm, in or pt (see <see cref="Lengths"/>).</summary>
    public static string? Margin(string margin) => Lengths.IsValid(margin)
        ? null
        : "The margin '" + margin + "' is not a length: write a number and a unit (cm, mm, in or pt), e.g. \"2cm\".";

    /// <summary>The time a talk may take: more than zero.</summary>
    public static string? Duration(System.TimeSpan duration) => duration > System.TimeSpan.Zero
        ? null
        : "The duration " + duration.ToString("c", CultureInfo.InvariantCulture) + " is not positive: give the time the talk may take, e.g. TimeSpan.FromMinutes(45).";

    /// <summary>A figure's caption (after normalisation): not blank.</summary>
    public static string? Caption(string caption) => MarkdownText.IsBlank(caption)
        ? "A figure needs a caption: say what it shows, or use Image(...) for an image without one."
        : null;

    /// <summary>
    /// The one output a heading, an include or a media call (Image, Figure, Align…) is shown in (<c>shownIn:</c>; lamd's <c>\notes{\subsection{…}}</c>,
    /// <c>\slides{\include{…}}</c>): the slides, the notes or both, not the speaker notes, which are no output of their own.
    /// </summary>
    public static string? ShownIn(ContentTarget shownIn) => shownIn switch
    {
        ContentTarget.Both or ContentTarget.Slides or ContentTarget.Notes => null,
        ContentTarget.SpeakerNotes => "shownIn: ContentTarget.SpeakerNotes is not an output a heading, an include or media can be shown in: give ContentTarget.Slides, ContentTarget.Notes or ContentTarget.Both, or put the text in SpeakerNotes(...).",
        _ => "shownIn: " + ((int)shownIn).ToString(CultureInfo.InvariantCulture) + " is not a ContentTarget: give ContentTarget.Slides, ContentTarget.Notes or ContentTarget.Both.",
    };

    /// <summary>A code block's code (after normalisation): not blank.</summary>
    public static string? Code(string code) => MarkdownText.IsBlank(code)
        ? "The code block is empty: give the code, or remove the call."
        : null;

    /// <summary>A notation command: a backslash and letters, once trimmed.</summary>
    public static string? NotationCommand(string command) => CommandPattern.IsMatch(command.Trim())
        ? null
        : "'" + command + "' is not a LaTeX command name: write a backslash and letters only, e.g. @\"\\mappingFunction\".";

    /// <summary>How many arguments a notation command takes: 0 to 9.</summary>
    public static string? NotationParameters(int parameters) => parameters >= 0 && parameters <= 9
        ? null
        : "A notation command takes 0 to 9 arguments, not " + parameters.ToString(CultureInfo.InvariantCulture) + ": pass parameters between 0 and 9.";

    /// <summary>
    /// A notation definition, once trimmed: not empty, its braces balanced (a brace after a backslash is
    /// literal) and every <c>#n</c> one of the command's arguments.
    /// </summary>
    /// <param name="command">The command as trimmed, for the message.</param>
    public static string? NotationDefinition(string command, string definition, int parameters)
    {
        var body = definition.Trim();
        if (body.Length == 0)
        {
            return "The definition of " + command + " is empty: give the LaTeX it stands for, e.g. @\"\\mathbf{f}\".";
        }

        var depth = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth < 0:
                    return "The definition of " + command + " closes a brace it never opened (character " + (i + 1).ToString(CultureInfo.InvariantCulture) + "): check its braces.";
                case '#':
                    var argument = i + 1 < body.Length ? body[i + 1] - '0' : -1;
                    if (argument < 1 || argument > parameters)
                    {
                        var allowed = parameters == 0
                            ? "it takes no arguments: pass parameters"
                            : "it takes " + parameters.ToString(CultureInfo.InvariantCulture) + ": use #1 to #" + parameters.ToString(CultureInfo.InvariantCulture) + ", or pass more parameters";
                        var written = argument >= 0 && argument <= 9 ? argument.ToString(CultureInfo.InvariantCulture) : string.Empty;
                        return "The definition of " + command + " uses '#" + written + "' but " + allowed + ".";
                    }

                    i++;
                    break;
            }
        }

        return depth == 0 ? null : "The definition of " + command + " leaves " + depth.ToString(CultureInfo.InvariantCulture) + " brace(s) open: close them.";
    }

    /// <summary>An animation's name (its frames' class and element ids): a label, e.g. <c>pca-directions</c>, once trimmed.</summary>
    public static string? AnimationName(string name) => LabelPattern.IsMatch(name.Trim())
        ? null
        : "The name '" + name + "' cannot name an animation: start with a letter or digit and use only letters, digits, '-', '_', '.' or ':', e.g. \"pca-directions\".";

    /// <summary>How many frames an animation has: at least one.</summary>
    public static string? AnimationFrames(int frames) => frames > 0
        ? null
        : "An animation needs at least one frame: give its frames, e.g. [Media.Image(\"diagrams/a-0.svg\"), Media.Image(\"diagrams/a-1.svg\")].";

    /// <summary>Where an animation shows: the slides and the notes, or one of them (the speaker view has no key presses to step through).</summary>
    public static string? AnimationTarget(ContentTarget target) => target is ContentTarget.Both or ContentTarget.Slides or ContentTarget.Notes
        ? null
        : "An animation shows in the slides, the notes or both (ContentTarget.Both, Slides or Notes), not " + target + ".";

    /// <summary>A notation command defined a second time (<paramref name="command"/> as trimmed).</summary>
    public static string DuplicateNotation(string command) => command + " is already in the talk's notation: define each command once.";

    /// <summary>The text with each line ending (CR, LF, CRLF, NEL, LS, PS, FF) as one space, as <c>string.ReplaceLineEndings(" ")</c> writes it.</summary>
    private static string OnOneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                builder.Append(' ');
            }
            else
            {
                builder.Append(c is '\r' or '\n' or '\f' or '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
            }
        }

        return builder.ToString();
    }
}
