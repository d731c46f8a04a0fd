using TalkDsl.Layout;
using TalkDsl.Rendering;

namespace TalkDsl.Tests.Layout;

/// <summary>What the layout check says before it measures anything (the measuring is in TalkDsl.Browser.Tests).</summary>
public sealed class SlideLayoutCheckTests
{
    [Fact]
    public void Without_chromium_it_says_how_to_install_it_or_point_at_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "talkdsl-no-chromium", "chromium");

        var error = Assert.Throws<SlideLayoutException>(() => new SlideLayoutCheck(new SlideLayoutOptions { ChromiumPath = missing }));

        Assert.Contains($"chromium was not found at {missing}, and the layout check measures the slides in it", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains(PdfOptions.ChromiumVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stylesheet_that_is_not_there_is_named_before_anything_starts()
    {
        var missing = Path.Combine(Path.GetTempPath(), "talkdsl-no-such", "talk.css");

        // Any file that exists passes for chromium here: nothing is started before the stylesheet is found missing.
        var error = Assert.Throws<SlideLayoutException>(() => new SlideLayoutCheck(new SlideLayoutOptions { ChromiumPath = typeof(object).Assembly.Location, Stylesheet = missing }));

        Assert.Contains($"the stylesheet {missing} does not exist", error.Message, StringComparison.Ordinal);
    }
}
