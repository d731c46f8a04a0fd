using System.Runtime.CompilerServices;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Rendering;

/// <summary>Talks that use the typed calls (media, figures, columns, fragments, code, edit links, notation).</summary>
internal static class TypedTalks
{
    /// <summary>This file, as the compiler names it: what <c>EditMe()</c> in this file records.</summary>
    public static string ThisFile { get; } = File();

    /// <summary>The repository's root, three folders above this file: the source root of the edit links.</summary>
    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile)!, "..", "..", ".."));

    /// <summary>Notes options whose edit links point at a GitHub repository.</summary>
    public static NotesOptions EditOptions { get; } = new()
    {
        EditBaseUrl = "https://github.com/talkdsl/talkdsl/edit/main/",
        SourceRoot = RepositoryRoot,
        SlidesLink = "2020-12-04-gaussian-processes.slides.html",
    };

    /// <summary>Every typed call, once or more, in a talk that validates cleanly.</summary>
    public static Talk Everything { get; } = SampleTalks.Header("Gaussian Processes in Pictures")
        .Theme("night")
        .Stylesheet("gp.css")
        .Notation(@"\mappingFunction", @"\mathbf{f}")
        .Notation(@"\kernelScalar", @"k\left(#1, #2\right)", parameters: 2)
        .EditMe()
        .Subsection("Samples from the prior")
            .Image("diagrams/gp/prior-samples.png", "70%", "Five smooth curves drawn from a \"GP\" prior")
            .Fragment("Each curve is one draw of $\\mappingFunction$.")
            .Code("import numpy as np", CodeKind.Setup)
            .Code("""
                K = kernel(X, X)
                f = np.random.multivariate_normal(np.zeros(n), K)
                """)
            .Code("import mlai.plot as plot", CodeKind.SetupPlot)
            .Code("plot.samples(f, directory='diagrams/gp')", CodeKind.Plot)
            .Code("f = sample(kernel, X)", onSlides: true)
        .Subsection("The covariance")
            .Figure(
                Media.Image("diagrams/gp/eq-covariance.svg", "60%", "A heat map of the covariance"),
                "The exponentiated quadratic covariance $\\kernelScalar{x}{x'}$, as in [the GPML book](http://gaussianprocess.org/gpml/).",
                "eq-covariance")
            .Columns(Media.Image("diagrams/gp/eq-sample.png", "100%", "A sample"), Media.Markdown("""
                * smooth
                * stationary
                """), "45%", "55%")
        .NewSlide("A lecture")
            .YouTube("dQw4w9WgXcQ", "640px")
            .Figure(Media.Markdown("""
                | kernel | smooth |
                |--------|--------|
                | EQ     | yes    |
                """), "A table as a figure.")
            .Columns("Left *text*", "Right text")
        .Thanks()
        .References();

    private static string File([CallerFilePath] string file = "") => file;
}
