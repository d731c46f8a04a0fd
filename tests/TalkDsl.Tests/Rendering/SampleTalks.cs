namespace TalkDsl.Tests.Rendering;

/// <summary>Small talks that each exercise one aspect of rendering, shared by the rendering tests.</summary>
internal static class SampleTalks
{
    public static TalkHeader Header(string title = "A Focused Talk") => Talk
        .Titled(title)
        .Author(given: "Ada", family: "Lovelace", institute: "Analytical Society", url: "https://example.org/ada", twitter: "ada")
        .Date(2020, 12, 4)
        .Venue("Virtual");

    /// <summary>Every header field and no body.</summary>
    public static Talk HeaderOnly { get; } = Talk
        .Titled("Accelerate-Spark Information Session")
        .Subtitle("What the programme offers")
        .Author(given: "Neil D.", family: "Lawrence", institute: "University of Cambridge", url: "http://inverseprobability.com", twitter: "lawrennd", gscholar: "r3SJcvoAAAAJ")
        .Author(given: "Jessica K.", family: "Montgomery", institute: "University of Cambridge", url: "http://mlatcl.github.io/people/jessica-montgomery.html")
        .Author(given: "Raoul-Gabriel", family: "Urma", institute: "Cambridge Spark", url: "https://urma.com/", orcid: "0000-0002-1825-0097")
        .Date(2020, 12, 4)
        .Venue("Virtual")
        .Abstract("An overview of the *Accelerate* programme and the data science residency.")
        .Transition(Transition.None)
        .Paper(PaperSize.A4, "2cm");

    /// <summary>Headings of every level, including NewSlide with and without a title.</summary>
    public static Talk Headings { get; } = Header("Headings")
        .Section("Part One")
            .Markdown("Opening the first part.")
        .Subsection("A Subsection")
            .Markdown("Inside the subsection.")
        .Subsubsection("A Detail")
            .Markdown("A detail on the same slide.")
        .NewSlide("Continued")
            .Markdown("A new slide with a title but no notes heading.")
        .NewSlide()
            .Markdown("A new slide without a title.");

    /// <summary>The four kinds of content, each with a recognisable word.</summary>
    public static Talk Visibility { get; } = Header("Visibility")
        .Subsection("Kinds of content")
            .Markdown("BothWord appears in slides and notes.")
            .Slides("SlidesWord appears on the slides only.")
            .Notes("NotesWord appears in the notes only.")
            .SpeakerNotes("SpeakerWord is for the speaker view only.")
        .Subsection("Second slide")
            .SpeakerNotes("SecondSpeakerWord belongs to the second slide.")
            .Markdown("More BothWord content.")
            .SpeakerNotes("ThirdSpeakerWord too.");

    public static TalkPart Welcome { get; } = TalkPart.Create("Welcome")
        .Subsection("Welcome")
            .Markdown("* Microphones on mute")
            .Include(Housekeeping);

    public static TalkPart Housekeeping => TalkPart.Create("Housekeeping")
        .Subsubsection("Housekeeping")
            .Notes("Questions go in the chat.");

    /// <summary>Parts expanded in place, a nested part, and a repeated include that is skipped.</summary>
    public static Talk Parts { get; } = Header("Parts")
        .Include(Welcome)
        .Subsection("Main")
            .Markdown("The main point.")
        .Include(Welcome);

    /// <summary>Inline, display and block math, and dollars that are not math.</summary>
    public static Talk Math { get; } = Header("Math")
        .Subsection("Equations")
            .Markdown("""
                Inline $e^{i\pi} + 1 = 0$ and display $$\int_0^1 x\,dx = \frac{1}{2}$$ in a sentence.

                $$
                a < b \implies a - b < 0
                $$

                A price of \$5 is not math.
                """);

    /// <summary>Links to cite, Thanks with contacts and References.</summary>
    public static Talk ThanksReferences { get; } = Talk
        .Titled("Closing")
        .Author(given: "Ada", family: "Lovelace", url: "https://example.org/ada", twitter: "@ada")
        .Author(given: "Charles", family: "Babbage")
        .Subsection("Sources")
            .Markdown("See [the engine](https://example.org/engine) and <https://example.org/auto>.")
            .Slides("Slides cite [a slide source](https://example.org/slides).")
            .Notes("Notes cite [a notes source](https://example.org/notes) and [the engine again](https://example.org/engine).")
            .Markdown("![a picture](https://example.org/picture.png) is not a citation.")
        .Thanks()
        .References();

    /// <summary>References when nothing is cited.</summary>
    public static Talk NoReferences { get; } = Header("Nothing Cited")
        .Subsection("Plain")
            .Markdown("No links here.")
        .References();

    /// <summary>A pipe table.</summary>
    public static Talk Table { get; } = Header("Table")
        .Subsection("Results")
            .Markdown("""
                | Model | Accuracy |
                |:------|---------:|
                | Linear | 0.81 |
                | *Deep* | 0.93 |
                """);

    /// <summary>Content before the first heading, which gets a slide of its own.</summary>
    public static Talk Leading { get; } = Header("Leading")
        .Markdown("Before any heading.")
        .SpeakerNotes("Said while the leading slide shows.")
        .Section("First Section")
            .Markdown("Body.");

    /// <summary>A part the one-output sample includes in the slides only (lamd's <c>\slides{\include{…}}</c>).</summary>
    public static TalkPart SlideDeck => TalkPart.Create("SlideDeck")
        .Subsection("Deck Heading")
            .Markdown("DeckWord from the part.");

    /// <summary>A part included in the notes only first, then in both: lamd's guards are per build, so the slides still get it.</summary>
    public static TalkPart Background => TalkPart.Create("Background")
        .Subsubsection("Background")
            .Markdown("BackgroundWord.");

    /// <summary>Headings and includes shown in one output only (lamd's <c>\notes{\subsection{…}}</c>, <c>\slides{\section{…}}</c>, <c>\slides{\include{…}}</c>).</summary>
    public static Talk OneOutput { get; } = Header("One Output")
        .Subsection("Shared")
            .Markdown("SharedWord.")
        .Subsection("Notes Heading", shownIn: ContentTarget.Notes)
            .Notes("NotesWord under a notes-only heading, on no new slide.")
        .Section("Slides Section", shownIn: ContentTarget.Slides)
            .Slides("SlidesWord on a slide with no notes heading.")
        .Include(Background, shownIn: ContentTarget.Notes)
        .Include(SlideDeck, shownIn: ContentTarget.Slides)
        .Subsection("Shared")
            .Markdown("Again.")
            .Include(Background);

    /// <summary>Every sample, by name, for theories.</summary>
    public static IReadOnlyDictionary<string, Talk> All { get; } = new Dictionary<string, Talk>
    {
        ["header-only"] = HeaderOnly,
        ["headings"] = Headings,
        ["visibility"] = Visibility,
        ["parts"] = Parts,
        ["math"] = Math,
        ["thanks-references"] = ThanksReferences,
        ["no-references"] = NoReferences,
        ["table"] = Table,
        ["leading"] = Leading,
        ["one-output"] = OneOutput,
    };

    public static TheoryData<string> Names => new(All.Keys);
}
