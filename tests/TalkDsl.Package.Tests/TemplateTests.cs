namespace TalkDsl.Package.Tests;

/// <summary><c>dotnet new talk</c> from the installed template, built against the packed TalkDsl only.</summary>
[Collection(UserMachineCollection.Name)]
public sealed class TemplateTests(UserMachine machine)
{
    [Fact]
    public void A_new_talk_builds_without_warnings_or_CA_findings_its_Sections_compile_and_dotnet_run_writes_slides_and_notes()
    {
        var project = machine.NewTalk("Fresh");
        Assert.Equal(
            [".gitignore", "Background.cs", "Fresh.csproj", "Lecture.cs", "Program.cs", "README.md"],
            Directory.EnumerateFiles(project).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(project, "README.md")).Length);
        Assert.Single(File.ReadAllLines(Path.Combine(project, "Program.cs")));
        // The generated Sections: a link that names a heading compiles, so renaming the heading breaks the build.
        File.WriteAllText(Path.Combine(project, "Links.cs"), """
            namespace Fresh;

            public static class Links
            {
                public const string Introduction = "#" + Lecture.Sections.Introduction;
                public const string Motivation = "#" + Lecture.Sections.Motivation;

                // CA2200 (a warning by default): silent, because TalkDsl turns the CA analyzers off in talk projects.
                public static void Rethrow(Action action)
                {
                    try { action(); } catch (Exception e) { throw e; }
                }
            }
            """);

        // Detailed, to see the compiler's command line: the .NET code-quality analyzers are not even loaded (TalkDsl.props).
        var build = machine.Folder.Succeed("dotnet", "build", project, "-nologo", "-v:detailed");
        Assert.Contains(" 0 Warning(s)", build, StringComparison.Ordinal);
        Assert.Contains("TalkDsl.Generators.dll", build, StringComparison.Ordinal);
        Assert.DoesNotContain("NetAnalyzers.dll", build, StringComparison.Ordinal);

        var output = Path.Combine(machine.Folder.Work, "fresh-out");
        var run = machine.Folder.Succeed("dotnet", "run", "--project", project, "--no-build", "--", "--out", output);
        var slides = Assert.Single(Directory.GetFiles(output, "*.slides.html"));
        var notes = Assert.Single(Directory.GetFiles(output, "*.notes.html"));
        Assert.Contains("What this talk is about", File.ReadAllText(slides), StringComparison.Ordinal);
        Assert.Contains("Only in the notes: the longer story behind the slide.", File.ReadAllText(notes), StringComparison.Ordinal);
        Assert.DoesNotContain("Only in the notes", File.ReadAllText(slides), StringComparison.Ordinal);
        Assert.NotEmpty(run);

        // Offline: the packaged runtime is beside the pages, and chromium, opening them from file:// with every
        // host name unresolvable, runs reveal.js (ready, slide numbers) and MathJax (the template's $E = mc^2$ on
        // the slides). tests/TalkDsl.Browser.Tests checks the same pages in depth, with every request watched.
        Assert.True(File.Exists(Path.Combine(output, "_talkdsl", "reveal.js", "dist", "reveal.js")));
        var shown = OpenedOffline(slides);
        Assert.Matches("class=\"reveal [^\"]*\\bready\\b", shown);
        Assert.Contains("<div class=\"slide-number\" style=\"display: block;\">", shown, StringComparison.Ordinal);
        Assert.Contains("<mjx-container", shown, StringComparison.Ordinal);
        Assert.Contains("id=\"MJX-CHTML-styles\"", OpenedOffline(notes), StringComparison.Ordinal); // MathJax started (the notes hold no math)
    }

    [Fact]
    public void With_the_preview_package_a_talk_projects_own_command_line_has_serve()
    {
        var project = machine.NewTalk("Previewed");
        var file = Path.Combine(project, "Previewed.csproj");
        File.WriteAllText(file, File.ReadAllText(file).Replace(
            "</Project>",
            $"  <ItemGroup>\n    <PackageReference Include=\"TalkDsl.Preview\" Version=\"{TalkDsl.Testing.Packages.PackedFeed.Version}\" />\n  </ItemGroup>\n</Project>",
            StringComparison.Ordinal));

        machine.Folder.Succeed("dotnet", "build", project, "-nologo");
        var help = machine.Folder.Succeed("dotnet", "run", "--project", project, "--no-build", "--", "--help");
        var serve = machine.Folder.Succeed("dotnet", "run", "--project", project, "--no-build", "--", "serve", "--help");

        Assert.Matches(@"serve <PROJECT>\s+Previews the talks in the browser", help);
        Assert.Contains("--no-open", serve, StringComparison.Ordinal);
        Assert.Contains("--port", serve, StringComparison.Ordinal);
    }

    /// <summary>The page's DOM after headless chromium ran its scripts, opened from file:// with no name resolving (no network).</summary>
    private string OpenedOffline(string page) => machine.Folder.Succeed(
        Environment.GetEnvironmentVariable("TALKDSL_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=" + Path.Combine(machine.Folder.Work, "chromium-profile"),
        "--virtual-time-budget=20000", "--dump-dom", new Uri(page).AbsoluteUri);

    [Fact]
    public void A_talk_with_an_empty_heading_fails_the_build_with_TALK003_at_its_line_and_column()
    {
        var project = machine.NewTalk("Broken");
        var (line, column) = UserMachine.EmptyTheFirstSection(project);

        var (exit, output) = machine.Folder.Dotnet("build", project, "-nologo");

        Assert.NotEqual(0, exit);
        Assert.Contains($"Lecture.cs({line},{column}): error TALK003: Section(\"\") has an empty title", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal); // a generator that threw
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal); // an analyzer that threw
    }

    [Fact]
    public void The_tests_option_adds_an_xunit_project_whose_tests_of_the_talk_pass()
    {
        var project = machine.NewTalk("Tested", "--tests");

        var output = machine.Folder.Succeed("dotnet", "test", Path.Combine(project, "tests", "Tested.Tests"), "-nologo");

        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+4, Skipped:\s+0, Total:\s+4", output);
    }
}
