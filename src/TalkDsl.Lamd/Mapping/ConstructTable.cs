namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// THE mapping table: every lamd construct the importer recognises, and what it becomes in C#. A name in
/// this table is one of lamd's own macros: the reader keeps its calls structured (it never expands lamd's
/// definitions of them) and the mapper looks the row up. A macro not in the table and not defined with
/// <c>\define</c> passes through as text, as gpp passes it (LaTeX such as <c>\mathbf{y}</c>).
/// <para>
/// To give a construct a typed call once the authoring API has one, change its row from
/// <see cref="ConstructMapping.Raw"/> to <see cref="ConstructMapping.Typed"/> with an emitter (see
/// <see cref="TypedCalls"/>): it turns the arguments into the call, or refuses with a reason, and the
/// construct stays raw. Nothing else changes.
/// </para>
/// </summary>
public static class ConstructTable
{
    private static readonly ConstructMapping[] Rows =
    [
        // Structure: typed calls of the authoring API.
        ConstructMapping.Heading("section", HeadingLevel.Section, "a section: a slide, and an <h1> in the notes"),
        ConstructMapping.Heading("subsection", HeadingLevel.Subsection, "a subsection: a slide, and an <h2> in the notes"),
        ConstructMapping.Heading("subsubsection", HeadingLevel.Subsubsection, "a subsubsection: an <h3>"),
        ConstructMapping.Heading("newslide", HeadingLevel.NewSlide, "a new slide with no notes heading"),
        ConstructMapping.Content("slides", ContentTarget.Slides, "slides-only content"),
        ConstructMapping.Content("notes", ContentTarget.Notes, "notes-only content"),
        ConstructMapping.Content("speakernotes", ContentTarget.SpeakerNotes, "speaker notes"),
        ConstructMapping.Closing("thanks", "the Thanks! slide"),
        ConstructMapping.Closing("references", "the References slide"),
        ConstructMapping.Comment("comment", "a comment no output shows"),

        // Figures and media: Figure, Image and YouTube.
        ConstructMapping.TypedMedia("figure", 3, "a figure (contents, caption, label)", TypedCalls.Figure),
        ConstructMapping.TypedMedia("includediagram", 4, "an SVG diagram", TypedCalls.Media),
        ConstructMapping.TypedMedia("includediagramclass", 2, "an SVG diagram with a class", TypedCalls.Media),
        ConstructMapping.TypedMedia("includepng", 3, "a PNG image", TypedCalls.Media),
        ConstructMapping.TypedMedia("includejpg", 3, "a JPEG image", TypedCalls.Media),
        ConstructMapping.TypedMedia("includegif", 3, "a GIF image", TypedCalls.Media),
        ConstructMapping.TypedMedia("includeimg", 3, "an image", TypedCalls.Media),
        ConstructMapping.Raw("includeimgclip", 8, "a clipped image"),
        ConstructMapping.Raw("includesvgclass", 2, "an SVG image"),
        ConstructMapping.TypedMedia("includeyoutube", 4, "a YouTube video", TypedCalls.Media),
        ConstructMapping.Raw("includevimeo", 4, "a Vimeo video"),
        ConstructMapping.Raw("includemp4", 4, "an MP4 video"),
        ConstructMapping.Raw("includempfour", 3, "an MP4 video"),
        ConstructMapping.Raw("includeredditvideo", 4, "a Reddit video"),
        ConstructMapping.Raw("includegooglebook", 2, "an embedded Google book"),
        ConstructMapping.Raw("includehtml", 3, "embedded HTML"),
        ConstructMapping.Raw("includepdf", 4, "an embedded PDF page"),
        ConstructMapping.Raw("includepdfclip", 5, "a clipped PDF page"),
        ConstructMapping.Raw("inlinediagram", 1, "inline SVG"),
        ConstructMapping.Raw("inputdiagram", 1, "an SVG diagram read inline"),
        // An animation's constructs map together, as one Animation(…) call (BodyMapper.MapAnimation); alone, they stay raw.
        ConstructMapping.Raw("startanimation", 4, "the start of an animation"),
        ConstructMapping.Raw("startslides", 3, "the start of an animation"),
        ConstructMapping.Raw("newframe", 3, "an animation frame"),
        ConstructMapping.Raw("endanimation", 0, "the end of an animation"),

        // Layout: Columns, Align, Div and Fragment; the rest has no typed call yet.
        ConstructMapping.TypedMedia("columns", 4, "two columns (left, right, widths)", TypedCalls.Columns),
        ConstructMapping.Raw("threeColumns", 6, "three columns"),
        ConstructMapping.Typed("fragment", 2, "a fragment revealed step by step", TypedCalls.Fragment),
        ConstructMapping.Typed("slidesincremental", 1, "a list revealed item by item on the slides", TypedCalls.SlideText(SlideTextKind.Incremental)) with { Within = [ContentTarget.Both, ContentTarget.Slides] },
        ConstructMapping.TypedMedia("div", 3, "a <div> with a class and style", TypedCalls.Div),
        ConstructMapping.TypedMedia("centerdiv", 3, "a centred <div>", TypedCalls.Align),
        ConstructMapping.Raw("span", 3, "a <span> with a class and style"),
        ConstructMapping.TypedMedia("aligncenter", 1, "centred text", TypedCalls.Align),
        ConstructMapping.TypedMedia("alignright", 1, "right-aligned text", TypedCalls.Align),
        ConstructMapping.TypedMedia("alignleft", 1, "left-aligned text", TypedCalls.Align),
        ConstructMapping.Raw("largetext", 1, "large text"),
        ConstructMapping.Raw("smalltext", 1, "small text"),
        ConstructMapping.Typed("slidesmall", 1, "small text on slides", TypedCalls.SlideText(SlideTextKind.Small)),
        ConstructMapping.Raw("caption", 1, "a caption"),
        ConstructMapping.Raw("table", 2, "a table"),
        ConstructMapping.Raw("credit", 2, "an image credit"),
        ConstructMapping.Raw("href", 2, "a link"),

        // Code for notebooks: Code (the notes show code and set-up code; the slides none). \installcode stays raw:
        // lamd's expansion depends on whether an earlier \installcode of the same talk ran, which a shared part cannot know.
        ConstructMapping.TypedForNotes("code", 1, "code for the notebook", TypedCalls.Code(CodeKind.Code)),
        ConstructMapping.TypedForNotes("setupcode", 1, "set-up code for the notebook", TypedCalls.Code(CodeKind.Setup)),
        ConstructMapping.TypedForNotes("plotcode", 1, "plotting code for the notebook", TypedCalls.Code(CodeKind.Plot)),
        ConstructMapping.TypedForNotes("setupplotcode", 1, "set-up plotting code for the notebook", TypedCalls.Code(CodeKind.SetupPlot)),
        ConstructMapping.TypedForNotes("displaycode", 1, "display code for the notebook", TypedCalls.Code(CodeKind.Display)),
        ConstructMapping.TypedForNotes("setupdisplaycode", 1, "set-up display code for the notebook", TypedCalls.Code(CodeKind.SetupDisplay)),
        ConstructMapping.TypedForNotes("helpercode", 1, "helper code for the notebook", TypedCalls.Code(CodeKind.Helper)),
        ConstructMapping.TypedForNotes("setuphelpercode", 1, "set-up helper code for the notebook", TypedCalls.Code(CodeKind.SetupHelper)),
        ConstructMapping.TypedForNotes("loadcode", 2, "code loaded from a module", TypedCalls.LoadCode(CodeKind.Code)),
        ConstructMapping.TypedForNotes("loadplotcode", 2, "plotting code loaded from a module", TypedCalls.LoadCode(CodeKind.Plot)),
        ConstructMapping.Raw("showcode", 1, "code shown but not run"),
        ConstructMapping.Raw("installcode", 0, "install instructions for the notebook"),
        ConstructMapping.Raw("downloadcode", 0, "download instructions for the notebook"),

        // Links, notation, exercises: EditMe, and Notation in the talk's header.
        ConstructMapping.TypedForNotes("editme", 0, "an edit link to the source", TypedCalls.EditMe),
        ConstructMapping.Raw("editlink", 0, "an edit link"),
        ConstructMapping.Notation("newcommand", 2, "a LaTeX notation macro"),
        ConstructMapping.Raw("exercise", 3, "an exercise"),
        ConstructMapping.Raw("writeassignment", 3, "a written assignment"),
        ConstructMapping.Raw("codeassignment", 3, "a coding assignment"),
        ConstructMapping.Raw("recommendation", 1, "a recommendation"),
        ConstructMapping.Raw("todo", 0, "a to-do marker"),
    ];

    private static readonly Dictionary<string, ConstructMapping> ByName = Rows.ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>Every row, in table order.</summary>
    public static IReadOnlyList<ConstructMapping> All => Rows;

    /// <summary>The row for a macro name, or null when the name is not one of lamd's constructs.</summary>
    public static ConstructMapping? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>True when <paramref name="name"/> is one of lamd's own macros.</summary>
    public static bool Contains(string name) => ByName.ContainsKey(name);
}
