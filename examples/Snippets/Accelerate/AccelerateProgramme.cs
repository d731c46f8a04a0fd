using TalkDsl;

namespace Snippets;

public static partial class Accelerate
{
    /// <summary>
    /// The programme itself (lamd's <c>_accelerate/includes/accelerate-programme.md</c>): a slide for its
    /// website, a slide with its three areas, and the notes on each area and its progress so far.
    /// </summary>
    [TalkPart]
    public static TalkPart AccelerateProgramme => TalkPart.Create()
        .Subsection("The Accelerate Programme")
        .Slides("""
            **Accelerate Programme for Scientific Discovery**

            Research · Education and training · Engagement

            <http://science.ai.cam.ac.uk>
            """)
        .SpeakerNotes("""
            The programme's website: research, education and training, and engagement, all aimed
            at a step change in scientific discovery through AI.
            """)
        .Notes("""
            *Figure:* the Accelerate Programme for Scientific Discovery works across research,
            education and training, and engagement, aiming at a step change in scientific discovery
            through AI. See <http://science.ai.cam.ac.uk>.
            """)
        .NewSlide("The Accelerate Programme")
        .Slides("""
            * Research
            * Teaching and learning
                * Ramp or Bridge model
            * Engagement
            """)
        .Notes("""
            Computing has entered a new phase, driven by rapid progress in machine learning, and
            some old questions are back. Researchers in many disciplines want to use machine
            learning but lack the skills and tools, and the field itself needs new methods before it
            can take on complex, real-world problems.
            """)
        .Notes("""
            These challenges are why the Computer Lab set up the Accelerate Programme for Scientific
            Discovery: to help researchers across the University gain the skills to use machine
            learning and AI in their own work.
            """)
        .Notes("""
            The Programme works in three areas:
            """)
        .Notes("""
            * Research: a research agenda that develops new machine learning methods and applies
              them to scientific problems. Three Accelerate Research Fellows work on computational
              biology, psychiatry and string theory. We concentrate on STEM subjects for now, and hope
              to reach out to the social sciences and humanities later.
            """)
        .Notes("""
            Progress so far:

            * A core research team applying AI to mental health, bioinformatics, healthcare, string
              theory and complex systems.
            * A research agenda and roadmap for AI in science.
            * Interdisciplinary projects funded; the first round included:
                * antimicrobial resistance in farming;
                * using AI to weigh design trade-offs in tokamaks built for generating electricity;
                * automated preclinical drug discovery in vivo with pose estimation;
                * a workshop on causal methods in environmental science;
                * automatic mapping of the trees of Cambridge;
                * acoustic monitoring for biodiversity conservation;
                * AI, mathematics and string theory;
                * theoretical, scientific and philosophical views of biological understanding in
                  the age of AI;
                * AI in pathology: tuning a classifier for digital images of duodenal biopsies.
            """)
        .Notes("""
            * Teaching and learning: building on the University's existing courses, a pipeline of
              learning opportunities that helps PhD students and postdocs understand how to use data
              science and machine learning in their research.
            """)
        .Notes("""
            Progress so far:

            * More than 250 participants from over 30 departments trained in data science and
              machine learning for science (the Data Science Residency and the Machine Learning
              Academy).
            * Workshops on data pipelines for science with more than 80 researchers across the
              University.
            * University courses in Advanced Data Science and in Machine Learning and the Physical
              World, taken by more than 100 students.
            * An online Python and Pandas course used by more than 380 researchers.
            """)
        .Notes("""
            * Engagement: a community of researchers across the University who work where machine
              learning meets the sciences, sharing good practice and new methods and supporting one
              another's research, helped by the events and activities we will run over the coming
              years.
            """)
        .Notes("""
            Progress so far:

            * A Machine Learning Engineering Clinic, which has helped more than 40 projects across
              the University with troubleshooting and advice.
            * Events in Cambridge, hosted or joined, that reached more than 300 people.
            * International workshops at Dagstuhl and Oberwolfach, bringing together more than 60
              leading researchers.
            * Outreach sessions and workshops that engaged more than 70 researchers, with the School
              of Clinical Medicine, the Faculty of Education, Cambridge Digital Humanities and the
              School of Biological Sciences.
            """);
}
