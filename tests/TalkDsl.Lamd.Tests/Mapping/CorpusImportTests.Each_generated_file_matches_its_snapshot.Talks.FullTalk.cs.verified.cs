// Imported from lamd by `talk import` from full-talk.md. It is yours now: edit it freely.
using TalkDsl;

namespace Talks;

public static partial class FullTalk
{
    [Talk]
    public static Talk Talk => global::TalkDsl.Talk.Titled("Every Construct \"Quoted\"")
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
        //   layout: talk (_lamd.yml:2:1)
        //   categories: [notes] (full-talk.md:23:1)
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
        .Subsection("Not mapped yet")
        // lamd \figure at full-talk.md:101:1 — a figure (contents, caption, label): not mapped yet.
        .Markdown("""
            \figure{\includepng{\diagramsDir/ml/figure}{70%}}{A caption with *emphasis*.}{a-figure}
            """, allowHtml: true)
        // lamd \includeyoutube at full-talk.md:103:1 — a YouTube video: not mapped yet.
        .Markdown("""
            \includeyoutube{dQw4w9WgXcQ}
            """, allowHtml: true)
        // lamd \columns at full-talk.md:105:1 — two columns (left, right, widths): not mapped yet.
        .Markdown("""
            \columns{Left column}{Right column}{50%}{50%}
            """, allowHtml: true)
        // lamd \fragment at full-talk.md:107:21 — a fragment revealed step by step: not mapped yet.
        .Markdown("""
            Text with an inline \fragment{revealed step} in the middle of a paragraph.
            """, allowHtml: true)
        // lamd \code at full-talk.md:109:1 — code for the notebook: not mapped yet.
        .Markdown("""
            \code{import numpy as np}
            """, allowHtml: true)
        // lamd \editme at full-talk.md:111:1 — an edit link to the source: not mapped yet.
        .Markdown("""
            \editme
            """, allowHtml: true)
        // lamd \newcommand at full-talk.md:113:1 — a LaTeX notation macro: not mapped yet.
        .Markdown("""
            \newcommand{\R}{\mathbb{R}}
            """, allowHtml: true)
        // lamd \comment at full-talk.md:115:1 — a comment no output shows:
        // | An author's comment no output shows.
        .Notes("""
            Text
            """)
        // lamd \slides at full-talk.md:117:13 — never shown by lamd (slides-only content inside notes-only content); kept as a comment.
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
