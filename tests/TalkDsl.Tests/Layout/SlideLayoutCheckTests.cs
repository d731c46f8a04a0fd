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
}
