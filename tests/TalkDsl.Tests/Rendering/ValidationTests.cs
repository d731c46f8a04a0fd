using TalkDsl.Formats;
using TalkDsl.Rules;

namespace TalkDsl.Tests.Rendering;

/// <summary>Rendering a Talk validates it first; a talk with errors is not rendered at all.</summary>
public class ValidationTests
{
    private static Talk Invalid() => Talk
        .Titled(" ")
        .Section("  ")
            .Markdown("Unclosed $x + y")
        .Subsection("Fine")
            .Markdown("Text.");

    public static TheoryData<string> Formats => new(["slides", "notes", "post"]);

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_invalid_talk_throws_listing_every_error_and_writes_nothing(string format)
    {
        using var output = new MemoryStream();

        var error = Assert.Throws<TalkValidationException>(() => Invalid().Render(TalkFormats.Parse(format)[0], output));

        Assert.Equal(["TALK001", "TALK003", "TALK011"], error.Errors.Select(e => e.Id).Order());
        Assert.Contains("has 3 errors and was not rendered", error.Message, StringComparison.Ordinal);
        foreach (var id in new[] { "TALK001", "TALK003", "TALK011" })
        {
            Assert.Contains(id, error.Message, StringComparison.Ordinal);
        }

        Assert.Contains(nameof(ValidationTests) + ".cs", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_string_overloads_validate_too(string format)
    {
        Func<string> render = format switch
        {
            "slides" => () => Invalid().RenderSlides(),
            "notes" => () => Invalid().RenderNotes(),
            _ => () => Invalid().RenderJekyllNotes(),
        };

        Assert.Equal(3, Assert.Throws<TalkValidationException>(render).Errors.Count);
    }

    [Fact]
    public void Warnings_do_not_stop_rendering()
    {
        var talk = Talk.Titled("No author yet").Subsection("Empty").Subsection("Full").Markdown("x");

        Assert.NotEmpty(talk.Validate());
        Assert.Contains("<h2>Full</h2>", talk.RenderSlides(), StringComparison.Ordinal);
    }
}
