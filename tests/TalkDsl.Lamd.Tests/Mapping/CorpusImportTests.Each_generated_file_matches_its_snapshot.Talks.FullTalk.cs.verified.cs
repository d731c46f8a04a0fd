// Imported from lamd by `talk import` from full-talk.md. It is yours now: edit it freely.
using TalkDsl;

namespace Talks;

public static partial class FullTalk
{
    [Talk]
    public static Talk Talk => global::TalkDsl.Talk.Titled("Every Construct \"Quoted\"")
        .FileName("full-talk")
        .Subtitle("A fixture for the importer")
        .Author(given: "Ada", family: "Lovelace", institute: "Analytical Engine Society", url: "https://example.org/ada", twitter: "ada", gscholar: "ADA123", orcid: "0000-0001-2345-6789")
        // lamd author fields TalkDsl has no parameter for: email: charles@example.org
        .Author(given: "Charles", family: "Babbage")
        .Date(2021, 3, 14)
        .Venue("The Difference Engine Room")
        .Abstract("""
            A talk that uses *every* lamd construct
            the importer knows.
            """)
        .Transition(Transition.None)
        .Paper(PaperSize.A4, margin: "2cm")
        // lamd front matter TalkDsl has no call for:
        //   categories: [notes] (full-talk.md:23:1)
        // Notation: lamd's \newcommand definitions, from the talk and the parts it includes.
        .Notation(@"\dataMatrix", @"\mathbf{Y}")
        .Notation(@"\R", @"\mathbb{R}")
        .Notation(@"\pointCloud", @"\mathbf{P}")
        .Notation(@"\inner", @"\langle #1, #2 \rangle", parameters: 2)
        .Section("Introduction")
        .Markdown("""
            Plain markdown with math $\mathbf{y} = \alpha \mathbf{x}$ and a macro nobody defined: \unknownmacro{arg}.
            Hello, world! echo and echo **Changed Course** Machine Learning Systems
            """)
        .Subsection("Targets")
        .Slides("""
            * SLIDES-ONLY-MARKER bullet
            * second bullet
            """)
        .Notes("""
            NOTES-ONLY-MARKER paragraph with **emphasis**.
            """)
        .SpeakerNotes("""
            SPEAKER-MARKER: say this aloud.
            """)
        .Slides("""
            Slides-only by condition: SLIDES-IFDEF-MARKER.
            """)
        .Notes("""
            Notes-only by condition: NOTES-ELSE-MARKER.
            """)
        .Notes("""
            NOTES-IFDEF-MARKER from ifdef NOTES.
            """)
        .Notes("""
            NOTES-IFNDEF-MARKER from ifndef SLIDES.
            """)
        .Subsubsection("Details")
        .Markdown("""
            Some detail under a subsubsection.
            """)
        .NewSlide("A new slide")
        .Markdown("""
            Content of the new slide.
            """)
        .NewSlide()
        .Markdown("""
            Content of an untitled slide.
            """)
        .Subsection("Conditions and definitions")
        .Markdown("""
            Defined: LOUD.

             Undefined now.
            The course changed.
            a differs from b.
            """)
        // lamd \ifdef{CODE} at full-talk.md:82:1 — kept as a comment: the branch of \ifdef{CODE}: lamd's HTML slides and notes build with CODE undefined, so they never show it.
        // | This is only in notebooks.
        .Markdown("""
            HTML builds show this.
            """)
        // lamd \ifdef{HTML} at full-talk.md:86:1 — kept as a comment: the \else branch of \ifdef{HTML}: lamd's HTML slides and notes build with HTML defined, so they never show it.
        // | LaTeX builds show this.
        .Subsection("Snippets")
        .Include(Snippets.Compsci.ComputerLab)
        // lamd \include{_compsci/includes/computer-lab.md} at full-talk.md:95:1 — already included (include guard computerLab).
        .Include(Snippets.Ml._3dModels)
        // lamd \include{_ml/includes/not-there.md} at full-talk.md:97:1 — not found: left out; add the snippet and import again.
        .Subsection("Figures and media")
        .Figure(
            Media.Image("diagrams/ml/figure.png", width: "70%", alt: "FIGURE-CAPTION-MARKER with emphasis."),
            "FIGURE-CAPTION-MARKER with *emphasis*.",
            label: "a-figure")
        .Image("diagrams/ml/gp-prior.svg", width: "60%", alt: "gp prior")
        .Image("diagrams/people/ada-lovelace.jpg", width: "400px", alt: "ada lovelace")
        .Image("animations/spinner.gif", alt: "spinner")
        .Image("https://example.org/logo.svg", alt: "logo")
        .YouTube("dQw4w9WgXcQ", width: "800px")
        .Figure(Media.YouTube("dQw4w9WgXcQ"), "A video as a figure.", label: "video-figure")
        .Figure(
            Media.Markdown("""
            | kernel | smooth |
            |--------|--------|
            | EQ     | yes    |
            """),
            "A table as a figure.")
        .Subsection("Layout")
        .Columns("Left column", "Right column", "50%", "50%")
        .Columns(
            Media.Image("diagrams/ml/left.svg", width: "100%", alt: "left"),
            Media.Markdown("""
            * a bullet
            * another
            """),
            "40%",
            "50%")
        .Fragment("FRAGMENT-MARKER revealed step by step")
        .Subsection("Code and notation")
        .Code("import numpy as np", CodeKind.Setup)
        .Code("""
            x = np.linspace(0, 1, 10)  # CODE-MARKER
            print(x)
            """)
        .Code("import matplotlib.pyplot as plt", CodeKind.SetupPlot)
        .Code("plt.plot(x)  # PLOTCODE-MARKER", CodeKind.Plot)
        .Code("y = 2 * x  # NOTES-CODE-MARKER")
        .EditMe()
        // lamd \newcommand at full-talk.md:143:1 — a LaTeX notation macro: the talk's header declares .Notation(@"\R", @"\mathbb{R}").
        // lamd \newcommand at full-talk.md:144:1 — a LaTeX notation macro: the talk's header declares .Notation(@"\inner", @"\langle #1, #2 \rangle", parameters: 2).
        .Markdown("""
            Vectors in $\R^n$ with $\inner{x}{y}$.
            """)
        .Subsection("Kept raw")
        // lamd \fragment at full-talk.md:150:21 — a fragment revealed step by step: it sits inside a paragraph, and its typed call is a block of its own.
        .Markdown("""
            Text with an inline \fragment{revealed step} in the middle of a paragraph.
            """, allowHtml: true)
        // lamd \includepng at full-talk.md:152:1 — a PNG image: its path '\slidesDir/unresolved' holds \slidesDir, a macro no file defined, so the import cannot tell the folder it names: \define it in the talk (or write the path out) and import again.
        .Markdown("""
            \includepng{\slidesDir/unresolved}{50%}
            """, allowHtml: true)
        // lamd \includeyoutube at full-talk.md:154:1 — a YouTube video: 'not-an-id' is not a YouTube video id: give the 11 letters, digits, '-' or '_' after 'watch?v=' in the video's URL, e.g. "dQw4w9WgXcQ".
        .Markdown("""
            \includeyoutube{not-an-id}
            """, allowHtml: true)
        // lamd \includeyoutube at full-talk.md:156:1 — a YouTube video: it starts at 30 s, and YouTube(…) plays from the beginning.
        .Markdown("""
            \includeyoutube{dQw4w9WgXcQ}{800}{600}{30}
            """, allowHtml: true)
        // lamd \includepng at full-talk.md:158:1 — a PNG image: the width '1in' is not a CSS length: write a positive number and a unit (%, px, em, rem, vw or vh), e.g. "70%" or "400px".
        .Markdown("""
            \includepng{\diagramsDir/ml/wide}{1in}
            """, allowHtml: true)
        .Image("diagrams/ml/negated.svg", width: "50%", alt: "negated", cssClass: "negate")
        // lamd \figure at full-talk.md:162:1 — a figure (contents, caption, label): its contents: \columns is not an image, a video or an alignment block, and Markdown holding it would show the lamd source.
        .Markdown("""
            \figure{\columns{a}{b}{50%}{50%}}{Columns are not a figure's media.}{columns-figure}
            """, allowHtml: true)
        // lamd \figure at full-talk.md:164:1 — a figure (contents, caption, label): the label 'bad label!' cannot name a figure: start with a letter or digit and use only letters, digits, '-', '_', '.' or ':', e.g. "gp-prior".
        .Markdown("""
            \figure{\includepng{\diagramsDir/ml/x}{50%}}{A caption.}{bad label!}
            """, allowHtml: true)
        .Image("diagrams/ml/slide-only.svg", width: "50%", alt: "slide only", shownIn: ContentTarget.Slides)
        // lamd \fragment at full-talk.md:168:1 — a fragment revealed step by step: its class 'fade-up' has no place in Fragment(…), which always appears at the next key press.
        .Markdown("""
            \fragment{styled}{fade-up}
            """, allowHtml: true)
        // lamd \newcommand at full-talk.md:170:1 — a LaTeX notation macro: the definition of \bad uses '#1' but it takes no arguments: pass parameters.
        .Markdown("""
            \newcommand{\bad}{#1}
            """, allowHtml: true)
        // lamd \comment at full-talk.md:172:1 — a comment no output shows:
        // | An author's comment no output shows.
        .Notes("""
            Text
            """)
        // lamd \slides at full-talk.md:174:13 — never shown by lamd (slides-only content inside notes-only content); kept as a comment.
        // | never shown anywhere
        .Notes("""
            around.
            """)
        .Markdown("""""
            <div class="aside">Raw HTML passes through.</div>

            Quotes in content: """ and """" and a backslash \\ here.
            """"", allowHtml: true)
        .Thanks()
        .References();
}
