namespace TalkDsl.Browser.Tests.Preview;

/// <summary><c>serve --layout</c>: each talk's slides are measured in chromium after they are served, and the index lists each slide that does not fit (TALK018) until it does.</summary>
[Collection(ServedExampleCollection.Name)]
public sealed class LayoutIndexTests(ServedExample served)
{
    [Fact]
    public async Task A_slide_taller_than_the_slide_is_listed_on_the_index_at_its_heading_until_it_is_removed()
    {
        var original = await File.ReadAllTextAsync(served.TalkFile);
        try
        {
            var lines = original.Split('\n').ToList();
            var welcome = lines.FindIndex(l => l.TrimStart().StartsWith(".Subsection(\"Welcome\")", StringComparison.Ordinal));
            Assert.True(welcome > 0, "The example has no Welcome subsection any more; pick another anchor line.");
            const string Indent = "        ";
            // One line of text for TALK008, twice the slide's height in the browser.
            lines.InsertRange(welcome, [Indent + ".Subsection(\"Far too tall\")", Indent + "    .Markdown(\"<div style=\\\"height: 1400px\\\">A tall block.</div>\", allowHtml: true)"]);
            var expected = $"AccelerateSparkInformationSession.cs({welcome + 1},{Indent.Length + 2}): warning TALK018: The slide 'Far too tall' is ";

            await File.WriteAllTextAsync(served.TalkFile, string.Join('\n', lines));
            await served.WaitUntilAsync(() => Listed(served, expected));
            using var http = new HttpClient();
            var index = await http.GetStringAsync(served.Origin + "/");
            Assert.Contains(System.Net.WebUtility.HtmlEncode(expected), index, StringComparison.Ordinal);
            Assert.Contains("docs/diagnostics/TALK018.md", index, StringComparison.Ordinal);

            await File.WriteAllTextAsync(served.TalkFile, original);
            await served.WaitUntilAsync(() => served.Site.Find(ServedExample.TalkName) is { } talk && talk.Diagnostics.All(d => d.Id != "TALK018")
                && talk.SlidesHtml?.Contains("Far too tall", StringComparison.Ordinal) == false);
        }
        finally
        {
            await served.RestoreTalkFileAsync(original);
        }
    }

    private static bool Listed(ServedExample served, string expected) =>
        served.Site.Find(ServedExample.TalkName)?.Diagnostics.Any(d => d.ToString().StartsWith(expected, StringComparison.Ordinal)) == true;
}
