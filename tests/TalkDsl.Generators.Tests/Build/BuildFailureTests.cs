using System.Diagnostics;
using System.Text.RegularExpressions;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Build;

/// <summary>
/// The issue's "done means": a newcomer adds a section with an empty title to the example, and
/// <c>dotnet build</c> fails with TALK003 on that line. A copy of the example is built for real.
/// </summary>
public partial class BuildFailureTests
{
    [Fact]
    public void Adding_an_empty_section_to_the_example_fails_dotnet_build_with_TALK003_at_that_line()
    {
        var project = CopyExample();
        var talkFile = Path.Combine(project, "AccelerateSparkInformationSession.cs");
        var lines = File.ReadAllLines(talkFile).ToList();
        var after = lines.FindIndex(l => l.TrimStart().StartsWith(".Paper(", StringComparison.Ordinal));
        Assert.True(after > 0, "The example talk no longer sets its paper; pick another anchor line.");
        const string Indent = "        ";
        lines.Insert(after + 1, Indent + ".Section(\"\")");
        File.WriteAllLines(talkFile, lines);
        var line = after + 2;
        var column = Indent.Length + 2;

        var (exitCode, output) = Run("dotnet", "build", Path.Combine(project, "AccelerateSpark.csproj"), "-c", Configuration(), "-p:BuildProjectReferences=false", "-nodeReuse:false", "--nologo");
        Directory.Delete(Path.GetDirectoryName(project)!, recursive: true);

        Assert.NotEqual(0, exitCode);
        var expected = $"AccelerateSparkInformationSession.cs({line},{column}): error TALK003: Section(\"\") has an empty title: give it a title";
        Assert.True(output.Contains(expected, StringComparison.Ordinal), $"Expected '{expected}' in the build output:\n{output}");
        Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
    }

    /// <summary>The example project, copied beside the test binaries (still under the repository, so its build settings apply).</summary>
    private static string CopyExample()
    {
        var source = Repository.PathTo("examples", "AccelerateSpark");
        var target = Path.Combine(AppContext.BaseDirectory, "build-demo", Guid.NewGuid().ToString("N")[..8], "AccelerateSpark");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*.cs").Concat(Directory.EnumerateFiles(source, "*.csproj")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var csproj = Path.Combine(target, "AccelerateSpark.csproj");
        var text = RelativeReference().Replace(File.ReadAllText(csproj), m => $"{m.Groups["attribute"].Value}=\"{Path.GetFullPath(Path.Combine(source, m.Groups["path"].Value))}\"");
        File.WriteAllText(csproj, text);
        return target;
    }

    /// <summary>Debug or Release: the referenced projects are already built in the configuration the tests run in.</summary>
    private static string Configuration() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static (int ExitCode, string Output) Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    /// <summary>A relative path in a reference (<c>Include="../…"</c>) or an import (<c>Project="../…"</c>): made absolute in the copy.</summary>
    [GeneratedRegex("(?<attribute>Include|Project)=\"(?<path>\\.\\.[^\"]+)\"")]
    private static partial Regex RelativeReference();
}
