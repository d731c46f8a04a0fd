using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// TALK016: a local image the project's media folder (TalkDslMediaFolder, whose files TalkDsl.props gives to
/// the compiler) does not hold, squiggled on its path, typed or inside Markdown.
/// </summary>
public class MediaDiagnosticTests
{
    private const string Config = "build_property.TalkDslMediaFolder = /0/media";

    private static readonly (string, string)[] Media = [("/0/media/diagrams/gp-prior.png", "png"), ("/0/media/diagrams/kern.svg", "svg")];

    private static string Talk(string content) => """
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada", family: "Lovelace")
                .Subsection("Images")
        """ + "\n" + content + ";\n}\n";

    [Fact]
    public Task Images_the_media_folder_holds_and_addresses_that_are_not_files_are_fine() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Image("diagrams/gp-prior.png", alt: "A GP prior")
                    .Figure(Media.Image("./diagrams/kern.svg", alt: "A kernel"), "The kernel.")
                    .Markdown("![A prior](diagrams/gp-prior.png) ![Web](https://example.org/x.png) ![Site](/x.png)")
        """), Media, Config);

    [Fact]
    public Task TALK016_a_typed_image_is_reported_on_its_path() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Image("{|#0:diagrams/gp-prior.jpg|}", alt: "A GP prior")
        """), Media, Config,
        new DiagnosticResult("TALK016", DiagnosticSeverity.Error).WithLocation(0).WithArguments("diagrams/gp-prior.jpg", "/0/media"));

    [Fact]
    public Task TALK016_a_markdown_image_is_reported_on_the_path_inside_the_literal() => Verify.AnalyzerWithFilesAsync(Talk(""""
                    .Markdown("""
                        Before.

                        ![A kernel]({|#0:diagrams/kernel.svg|})
                        """)
        """"), Media, Config,
        new DiagnosticResult("TALK016", DiagnosticSeverity.Error).WithLocation(0).WithArguments("diagrams/kernel.svg", "/0/media"));

    [Fact]
    public Task TALK016_is_not_checked_without_media_files() => Verify.AnalyzerWithFilesAsync(Talk("""
                    .Image("diagrams/anything.png", alt: "Anything")
        """), [], Config);
}
