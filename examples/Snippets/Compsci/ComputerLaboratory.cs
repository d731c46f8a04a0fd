using TalkDsl;

namespace Snippets;

/// <summary>Parts about the Department of Computer Science and Technology (lamd's <c>_compsci/includes/</c>).</summary>
public static partial class Compsci
{
    /// <summary>
    /// How Cambridge came to have a computing laboratory (lamd's <c>_compsci/includes/computer-laboratory.md</c>):
    /// a slide with the origin story, the notes on why the Lab was founded, and a slide about human computers.
    /// </summary>
    [TalkPart]
    public static TalkPart ComputerLaboratory => TalkPart.Create()
        .Subsection("A University Computing Laboratory")
        .Markdown("""
            > When John Lennard-Jones moved from Bristol to Cambridge in 1932 to take up the new
            > Plummer Chair of Theoretical Chemistry, he brought with him a research programme that
            > applied quantum mechanics to chemistry.
            >
            > After Ahmed (2013), p. 21
            """)
        .Notes("""
            The equations his group met could not be solved on paper: they needed numerical methods,
            and so machines to carry them out (after *Cambridge Computing: The First 75 Years*, Ahmed, 2013, p. 21).
            """)
        .Notes("""
            Today's Department of Computer Science and Technology began in the 1930s as the
            Mathematical Laboratory. Back then a "computer" was a job title: a person paid to carry
            out numerical calculations by hand. Mechanical calculators, however, were getting better
            quickly.
            """)
        .Notes("""
            A report to the University in 1936 set out why a laboratory was needed:

            - Calculating machines were improving, while human computers were getting scarce.
            - Scientists in many departments wanted to use machines for their numerical work.
            - The machines of the day could not cope with the hardest problems, so better ones
              would have to be built.

            The Laboratory was founded to meet both needs: to help researchers use the new
            mechanical computers, and to develop more capable machines for complex problems.
            """)
        .NewSlide()
        .Slides("""
            **Before the 1950s, a "computer" was a person.**

            Rooms of clerks worked out sums with mechanical and electrical calculating machines.
            """)
        .SpeakerNotes("""
            An accounting office of a large firm, its "computers" at work on calculating machines:
            the picture is in
            [Cambridge Computing: The First 75 Years](https://www.cl.cam.ac.uk/downloads/books/CambridgeComputing_Ahmed.pdf).
            """)
        .Notes("""
            *Figure:* a typical accounting office in a large company, its human "computers" working
            with mechanical or electrical calculators. The photograph is reproduced in
            [Cambridge Computing: The First 75 Years](https://www.cl.cam.ac.uk/downloads/books/CambridgeComputing_Ahmed.pdf).
            """);
}
