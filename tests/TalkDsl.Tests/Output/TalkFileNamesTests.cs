using TalkDsl.Model;
using TalkDsl.Output;

namespace TalkDsl.Tests.Output;

public sealed class TalkFileNamesTests
{
    [Fact]
    public void Names_follow_the_pandoc_identifier_of_the_title_and_the_date()
    {
        var names = TalkFileNames.For(Metadata("Accelerate-Spark Information Session", new DateOnly(2020, 12, 4)));

        Assert.Equal("accelerate-spark-information-session", names.Slug);
        Assert.Equal("accelerate-spark-information-session.slides.html", names.Slides);
        Assert.Equal("accelerate-spark-information-session.notes.html", names.Notes);
        Assert.Equal("2020-12-04-accelerate-spark-information-session.md", names.Post);
        Assert.Equal([names.Slides, names.Notes, names.Post!], names.All);
    }

    [Theory]
    [InlineData("What's new in 2024?", "whats-new-in-2024")]
    [InlineData("2024: a year of talks", "a-year-of-talks")]
    [InlineData("Écoles & Universités", "écoles-universités")]
    [InlineData("!!!", "section")]
    public void Slugs_are_pandoc_identifiers(string title, string slug)
    {
        Assert.Equal(slug, TalkFileNames.For(Metadata(title, new DateOnly(2024, 1, 9))).Slug);
    }

    [Fact]
    public void A_talk_without_a_date_has_slides_and_notes_and_no_post()
    {
        var names = TalkFileNames.For(Metadata("Undated", null));

        Assert.Null(names.Post);
        Assert.Equal(["undated.slides.html", "undated.notes.html"], names.All);
    }

    [Fact]
    public void A_file_name_names_the_files_instead_of_the_title()
    {
        var names = TalkFileNames.For(Metadata("Machine Learning Systems Design", new DateOnly(2023, 3, 2)) with { FileName = "mlsd-microsoft" });

        Assert.Equal(["mlsd-microsoft.slides.html", "mlsd-microsoft.notes.html", "2023-03-02-mlsd-microsoft.md"], names.All);
    }

    [Fact]
    public void A_talk_without_a_title_cannot_be_named_and_is_told_how_to_fix_it()
    {
        var error = Assert.Throws<ArgumentException>(() => TalkFileNames.For(Metadata("  ", new DateOnly(2024, 1, 9))));

        Assert.Contains("Talk.Titled(", error.Message, StringComparison.Ordinal);
    }

    private static TalkMetadata Metadata(string title, DateOnly? date) => TalkMetadata.Empty with { Title = title, Date = date };
}
