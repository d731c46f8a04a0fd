using Snippets;
using TalkDsl;

namespace AccelerateSpark;

/// <summary>
/// The Accelerate-Spark information session of 4 December 2020, first written in lamd
/// (<c>accelerate-overview.md</c>): the same front matter, headings, slides, notes and includes, as C#.
/// </summary>
public static partial class AccelerateSparkInformationSession
{
    /// <summary>The talk, from its front matter to its references.</summary>
    [Talk]
    public static Talk Define() => Talk
        .Titled("Accelerate-Spark Information Session")
        .Author(given: "Neil D.", family: "Lawrence", institute: "University of Cambridge",
                url: "http://inverseprobability.com", twitter: "lawrennd", gscholar: "r3SJcvoAAAAJ")
        .Author(given: "Jessica K.", family: "Montgomery", institute: "University of Cambridge",
                url: "http://mlatcl.github.io/people/jessica-montgomery.html")
        .Author(given: "Raoul-Gabriel", family: "Urma", institute: "Cambridge Spark",
                url: "https://urma.com/")
        .Date(2020, 12, 4)
        .Venue("Virtual")
        .Transition(Transition.None)
        .Paper(PaperSize.A4, margin: "2cm")

        .Subsection("Accelerate-Spark information session")
            .SpeakerNotes("""
                Running order:

                Neil to welcome and introduce the Programme, then hand over to
                Raoul;

                Raoul to brief on the content of the Spark Residency;

                Neil to manage Q&A from attendees.
                """)

        .Subsection("Welcome")
            .Markdown("""
                * Zoom housekeeping
                    * Microphone on mute when not speaking.
                    * "Raise Hand" or post in chat for questions.
                """)
            .SpeakerNotes("""
                Thanks, everyone, for coming to today’s session.

                Before we get started, a few points of Zoom housekeeping:

                Please keep your microphone on mute if you’re not speaking.

                To open, Raoul and I will say a few words about the Accelerate
                Programme and our data science for science residency with
                Cambridge Spark. There will then be an opportunity to ask
                questions. To ask a question, you can post in the chat or use
                the ‘raise hand’ function.
                """)

        .Include(Compsci.ComputerLaboratory)
        .Include(Accelerate.AiForScience)
            .Notes("""
                This week we received the wonderful news about the AlphaFold2's
                breakthrough in protein folding prediction. I've already sent my
                congratulations to Demis and the team directly, but I'd also like to
                highlight how we fit into this landscape. Several colleagues have asked
                me how we can hope to contribute when we already have such tremendous
                strides being made by industrial labs. My perspective is that work like
                DeepMind's provides beacons that demonstrate the possible. Those
                beacons inspire the community, but the success we're looking for is
                achieved when such techniques have moved from the hands of the world's
                leading AI company into the hands of the scientists. Our aim is to
                develop the portfolio of tools available to these scientists and the
                skills base to use those tools, empowering them to drive forward their
                discoveries. Cambridge University is in a strong position to lead on
                this agenda and I view the Accelerate Programme as being the route to
                that vision. With that in mind, I'd like to outline some of the
                thinking that Jess, Carl Henrik and I have been doing around strategy
                for Accelerate.
                """)
            .Notes("""
                Core to our thinking is that the Programme should function as a ramp or
                a bridge. The bridge analogy addresses the intellectual isolation of
                machine learning techniques from the sciences, with disciplinary
                boundaries contributing to a situation where those students who are
                working on ML techniques within a scientific domain are often isolated
                from a wider ML community, lacking access to the expertise they need to
                avoid reinventing the wheel or chasing phantoms. If we can support these
                students then we can scale our activities across the University --
                providing opportunities and connections that build skills, ramp-up
                current activities, and deliver the step change we envision.
                """)
            .Notes("""
                Supporting this community is at the core of what we're doing. You've
                already seen the "Data for Science" course that we ran across the
                summer, our next edition will be in early February. Alongside this,
                we're launching an Accelerate Machine Learning school, to be run also in
                February, which will take the first Cohort from the Data for Science
                course on the next step of their journey to creating their own machine
                learning tools. After initial introduction courses on ML, Challenger
                Mishra will deliver a day focusing on how AI techniques are used in
                science.
                """)
        .Include(Accelerate.RsTuringAiScience)
        .Include(Accelerate.AiChangingScience)
        .Include(Accelerate.AccelerateProgramme)
        .Include(Compsci.JJThomson)

        .Subsection("Accelerate-Spark data science for science residency")
            .Slides("""
                * Next activity:
                    * Data for science residency.
                * Hand over to Raoul.
                """)
            .Notes("""
                * The next activity from the Accelerate Programme is our data
                for science residency with Cambridge Spark. This five-week
                programme will equip participants with tools and techniques in data
                science that they can apply in their work, with a focus on using the
                methods taught on the course to solve your research problems.
                """)
            .Notes("""
                * To give a bit more detail on the content of this course, I’ll
                hand over now to Raoul-Gabriel Urma, Cambridge Spark’s founder.
                """)

        .Thanks()
        .References();
}
