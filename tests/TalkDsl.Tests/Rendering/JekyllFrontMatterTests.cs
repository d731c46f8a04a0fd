using TalkDsl.Rendering;
using TalkDsl.Rendering.Notes;
using YamlDotNet.RepresentationModel;

namespace TalkDsl.Tests.Rendering;

/// <summary>The Jekyll post's front matter: lamd's exact shape, and YAML that reads back as written.</summary>
public class JekyllFrontMatterTests
{
    // lamd's front matter for the seed talk (shared/seed/lamd-notes-output.html), byte for byte.
    private const string LamdFrontMatter = """
        ---
        title: "Accelerate-Spark Information Session"
        venue: "Virtual"
        author:
        - given: Neil D.
          family: Lawrence
          url: http://inverseprobability.com
          institute: University of Cambridge
          twitter: lawrennd
          gscholar: r3SJcvoAAAAJ
          orcid: 
        - given: Jessica K.
          family: Montgomery
          url: http://mlatcl.github.io/people/jessica-montgomery.html
          institute: University of Cambridge
          twitter: 
          gscholar: 
          orcid: 
        - given: Raoul-Gabriel
          family: Urma
          url: https://urma.com/
          institute: Cambridge Spark
          twitter: 
          gscholar: 
          orcid: 
        date: 2020-12-04
        published: 2020-12-04
        week: 0
        reveal: 2020-12-04-accelerate-overview.slides.html
        layout: talk
        categories:
        - notes
        ---

        """;

    [Fact]
    public void The_seed_talk_gets_lamds_front_matter_exactly()
    {
        var talk = Talk
            .Titled("Accelerate-Spark Information Session")
            .Author(given: "Neil D.", family: "Lawrence", institute: "University of Cambridge", twitter: "lawrennd", url: "http://inverseprobability.com", gscholar: "r3SJcvoAAAAJ")
            .Author(given: "Jessica K.", family: "Montgomery", url: "http://mlatcl.github.io/people/jessica-montgomery.html", institute: "University of Cambridge")
            .Author(given: "Raoul-Gabriel ", family: "Urma", institute: "Cambridge Spark", url: "https://urma.com/")
            .Date(2020, 12, 4)
            .Venue("Virtual")
            .Transition(Transition.None)
            .Paper(PaperSize.A4, "2cm")
            .Subsection("Welcome")
                .Markdown("* Zoom housekeeping");

        var post = talk.RenderJekyllNotes(new NotesOptions { SlidesLink = "2020-12-04-accelerate-overview.slides.html" });

        Assert.Equal(LamdFrontMatter + "{% raw %}\n<h2 id=\"welcome\">Welcome</h2>\n<ul>\n<li>Zoom housekeeping</li>\n</ul>\n{% endraw %}\n", post);
    }

    [Theory]
    [InlineData("Accelerate: a programme")]
    [InlineData("\"Quoted\" and 'single'")]
    [InlineData("Issue #42 # not a comment")]
    [InlineData("@handle first")]
    [InlineData("*starred* title")]
    [InlineData("- looks like a list")]
    [InlineData("Two\nlines")]
    [InlineData("yes")]
    [InlineData("123")]
    [InlineData("2020-12-04")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("back\\slash and tab\t")]
    [InlineData("Ünïcödé ελληνικά 🚀")]
    [InlineData("{ not: a map }")]
    [InlineData("[not, a, list]")]
    [InlineData("% percent & amp ! bang | pipe > gt")]
    public void Any_title_reads_back_exactly(string title)
    {
        var front = FrontMatter(Talk.Titled(title).Author(given: title, family: title, institute: title).Venue(title));

        Assert.Equal(title, Scalar(front, "title"));
        Assert.Equal(title, Scalar(front, "venue"));
        var author = (YamlMappingNode)((YamlSequenceNode)front.Children[new YamlScalarNode("author")]).Children[0];
        Assert.Equal(title.Trim(), ((YamlScalarNode)author.Children[new YamlScalarNode("given")]).Value);
        Assert.Equal(title.Trim(), ((YamlScalarNode)author.Children[new YamlScalarNode("institute")]).Value);
    }

    [Fact]
    public void Title_and_venue_are_always_double_quoted_as_lamd_writes_them()
    {
        var post = Talk.Titled("Plain").Author("Ada").Venue("Here").RenderJekyllNotes();

        Assert.StartsWith("---\ntitle: \"Plain\"\nvenue: \"Here\"\n", post, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtitle_and_abstract_are_written_when_present()
    {
        var front = FrontMatter(Talk.Titled("T").Subtitle("S: sub").Author("Ada").Abstract("""
            First *line*.

            Second: paragraph.
            """));

        Assert.Equal("S: sub", Scalar(front, "subtitle"));
        Assert.Equal("First *line*.\n\nSecond: paragraph.", Scalar(front, "abstract"));
    }

    [Fact]
    public void Empty_author_fields_are_null_and_typed_fields_are_typed()
    {
        var post = Talk.Titled("T").Author("Ada").Date(2021, 3, 9).RenderJekyllNotes();

        Assert.Contains("\n- given: Ada\n  family: \n", post, StringComparison.Ordinal);
        Assert.Contains("\ndate: 2021-03-09\npublished: 2021-03-09\nweek: 0\n", post, StringComparison.Ordinal);
        var author = (YamlMappingNode)((YamlSequenceNode)FrontMatter(Talk.Titled("T").Author("Ada")).Children[new YamlScalarNode("author")]).Children[0];
        var orcid = (YamlScalarNode)author.Children[new YamlScalarNode("orcid")];
        Assert.Equal((string.Empty, YamlDotNet.Core.ScalarStyle.Plain), (orcid.Value, orcid.Style));
    }

    [Fact]
    public void Without_a_date_there_is_no_date_line()
    {
        Assert.DoesNotContain("date:", Talk.Titled("T").Author("Ada").RenderJekyllNotes(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neil D.", true)]
    [InlineData("http://inverseprobability.com", true)]
    [InlineData("2020-12-04-accelerate-overview.slides.html", true)]
    [InlineData("0000-0002-1825-0097", true)]
    [InlineData("r3SJcvoAAAAJ", true)]
    [InlineData("", false)]
    [InlineData("12345", false)]
    [InlineData("1_000", false)]
    [InlineData("0x1F", false)]
    [InlineData("1:30", false)]
    [InlineData("3.14", false)]
    [InlineData(".5", false)]
    [InlineData("1e3", false)]
    [InlineData(".inf", false)]
    [InlineData("2020-12-04", false)]
    [InlineData("2020-12-04 10:00:00", false)]
    [InlineData("Yes", false)]
    [InlineData("off", false)]
    [InlineData("a: b", false)]
    [InlineData("ends with:", false)]
    [InlineData("a #comment", false)]
    [InlineData("@lawrennd", false)]
    [InlineData(" padded", false)]
    [InlineData("line\nbreak", false)]
    public void Plain_is_used_only_where_it_reads_back_as_the_same_string(string value, bool plain) =>
        Assert.Equal(plain, JekyllFrontMatter.WritesPlain(value));

    [Fact]
    public void The_body_is_the_notes_page_body_without_the_page_inside_raw_with_liquid_openings_escaped()
    {
        foreach (var talk in SampleTalks.All.Values)
        {
            var post = talk.RenderJekyllNotes();
            var body = post[(post.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            var page = talk.RenderNotes();
            var pageBody = page[(page.IndexOf("</header>\n", StringComparison.Ordinal) + 10)..page.IndexOf("</body>", StringComparison.Ordinal)];

            Assert.Equal("{% raw %}\n" + pageBody.Replace("{{", "&#123;{", StringComparison.Ordinal).Replace("{%", "&#123;%", StringComparison.Ordinal) + "{% endraw %}\n", body);
        }
    }

    private static YamlMappingNode FrontMatter(Talk talk)
    {
        var post = talk.RenderJekyllNotes();
        var end = post.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        Assert.True(end > 0, "The front matter is not closed by a '---' line.");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(post[..(end + 1)]));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value;
}
