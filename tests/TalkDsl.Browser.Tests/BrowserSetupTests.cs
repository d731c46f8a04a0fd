using System.Text.Json;
using TalkDsl.Browser.Tests.Infrastructure;

namespace TalkDsl.Browser.Tests;

/// <summary>A machine without chromium or the npm install fails the browser tests with the way to install them.</summary>
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
    public void Missing_web_packages_fail_with_how_to_install_them()
    {
        var empty = Directory.CreateTempSubdirectory("talkdsl-web-").FullName;
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => BrowserSetup.RequireWebPackages(empty));

            Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(empty, "node_modules", "reveal.js", "dist", "reveal.js"), error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void This_machine_has_chromium_and_the_web_packages()
    {
        // Not skipped when absent: a machine that cannot run the browser tests must fail loudly.
        var chromium = BrowserSetup.FindChromium(Environment.GetEnvironmentVariable(BrowserSetup.ChromiumVariable));
        BrowserSetup.RequireWebPackages(BrowserSetup.WebFolder);

        Assert.True(File.Exists(chromium));
    }

    [Fact]
    public void The_web_folder_pins_the_versions_the_pages_are_tested_with()
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(BrowserSetup.WebFolder, "package-lock.json")));
        var packages = lockFile.RootElement.GetProperty("packages");

        Assert.Equal("5.2.1", packages.GetProperty("node_modules/reveal.js").GetProperty("version").GetString());
        Assert.Equal("3.2.2", packages.GetProperty("node_modules/mathjax").GetProperty("version").GetString());
    }
}
