using TalkDsl.Browser.Tests.Infrastructure;

namespace TalkDsl.Browser.Tests;

/// <summary>A machine without chromium fails the browser tests with the way to install it.</summary>
public sealed class BrowserSetupTests
{
    [Fact]
    public void Missing_chromium_fails_with_how_to_install_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-chromium-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<InvalidOperationException>(() => BrowserSetup.FindChromium(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("bash tests/run", error.Message, StringComparison.Ordinal);
        Assert.Contains(BrowserSetup.ChromiumVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chromium_is_found_at_the_override_path()
    {
        var fake = Path.GetTempFileName();
        try
        {
            Assert.Equal(fake, BrowserSetup.FindChromium(fake));
        }
        finally
        {
            File.Delete(fake);
        }
    }

    [Fact]
    public void This_machine_has_chromium()
    {
        // Not skipped when absent: a machine that cannot run the browser tests must fail loudly.
        var chromium = BrowserSetup.FindChromium(Environment.GetEnvironmentVariable(BrowserSetup.ChromiumVariable));

        Assert.True(File.Exists(chromium));
    }
}
