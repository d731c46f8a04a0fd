using TalkDsl;

namespace Snippets;

/// <summary>Parts about the Accelerate Programme for Scientific Discovery (lamd's <c>_accelerate/includes/</c>).</summary>
public static partial class Accelerate
{
    /// <summary>Why machine learning matters to science now (lamd's <c>_accelerate/includes/ai-for-science.md</c>).</summary>
    [TalkPart]
    public static TalkPart AiForScience => TalkPart.Create()
        .Subsection("AI for Science")
        .Slides("""
            * Machine learning already drives discoveries in some fields
                * Protein structure prediction: AlphaFold 2 at CASP14
            * Elsewhere the promise is clear, but the tools are not yet in scientists' hands
            """)
        .Notes("""
            Artificial intelligence has generated a great deal of excitement in recent years, not
            least about what it might do for research.
            """)
        .Notes("""
            In a few disciplines machine learning is already behind striking results. This very
            week DeepMind made headlines by predicting how proteins fold, work that may open the way
            to new drugs for many diseases.
            """)
        .Notes("""
            In other fields machine learning could clearly help, yet today's tools and techniques
            are used far less than they might be.
            """)
        .SpeakerNotes("""
            The headline of 30 November 2020: AlphaFold 2's result in the CASP14 assessment of
            protein structure prediction.
            """)
        .Notes("""
            *Figure:* the announcement, on 30 November 2020, of AlphaFold 2's result in CASP14.

            The organisers' [CASP14 press release](https://predictioncenter.org/casp14/doc/CASP14_press_release.html)
            quotes Professor Dame Janet Thornton, Director Emeritus of EMBL: how proteins fold into
            their unique shapes has long been one of biology's great puzzles, and solving a single
            structure could take years of laboratory work; predicting structures by computer brings a
            deeper understanding of life, evolution, health and disease.
            """);
}
