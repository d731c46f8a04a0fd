using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// One rule set for what a talk points at: the analyzer (reading the project's .bib as an AdditionalFile)
/// and <c>Talk.Validate()</c> (reading the same file from disk, relative to the C# file that names it)
/// report TALK015, TALK017 and TALK019 word for word alike, and so the reworded TALK001 and TALK004.
/// </summary>
public sealed class CitationParityTests : IDisposable
{
    private const string Bib = """
        @article{Lawrence:gplvm05, author = {Neil D. Lawrence}, title = {GP-LVM}, journal = {JMLR}, year = 2005}
        @article{broken, title = {Two} year = 2001}
        @phdthesis{Damianou:thesis2015, author = {Andreas Damianou}, title = {Deep GPs}, school = {Sheffield}, year = 2015}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("talkdsl-cite-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Analyzer_and_Validate_report_the_same_words()
    {
        var bib = Path.Combine(_folder, "refs.bib");
        File.WriteAllText(bib, Bib);
        var source = Path.Combine(_folder, "Talk.cs");
        var compilation = TestCompilation.Create([(source, """
            using TalkDsl;
            public static partial class T
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("")
                    .Author(given: "Ada")
                    .Bibliography("refs.bib")
                    .Subsection("Intro")
                        .Markdown("[@Lawrnce:gplvm05] and @Damianou:thesis2015, [see](#intr).")
                    .Subsection("intro")
                        .Notes("Also [-@nosuch; @Lawrence:gplvm05].")
                    .References();
            }
            """)]);

        var atCompileTime = (await AnalyzerHarness.RunAsync(compilation, additionalFiles: [(bib, Bib)]))
            .Where(d => d.Id.StartsWith("TALK", StringComparison.Ordinal))
            .Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal)
            .ToList();
        var talk = (Talk)LoadedAssembly.Emit(compilation).Invoke("T", "Define")!;
        var atRunTime = talk.Validate().Select(d => d.Id + " " + d.Message).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            string.Join("\n", [
                "TALK001 The talk's title is empty: write it in Talk.Titled(\"...\")",
                "TALK004 The heading 'intro' gives the anchor '#intro', which the heading 'Intro' (line 9 of Talk.cs) already has: links to it would collide; rename one of them",
                "TALK015 The citation key 'Lawrnce:gplvm05' is not in the talk's bibliography (refs.bib): did you mean 'Lawrence:gplvm05'?",
                "TALK015 The citation key 'nosuch' is not in the talk's bibliography (refs.bib): check the key, or add its entry to the .bib file",
                "TALK017 The link to '#intr' goes to no heading of the talk: did you mean '#intro'?",
                "TALK019 The bibliography 'refs.bib' cannot be read in full: line 2: The field 'title' of 'broken' is followed by 'y': separate fields with ','",
            ]),
            string.Join("\n", atRunTime));
        Assert.Equal(atRunTime, atCompileTime);
        Assert.Contains(talk.Validate(), d => d.Id == "TALK019" && d.Location == bib.Replace('\\', '/') + "(2)");
    }
}
