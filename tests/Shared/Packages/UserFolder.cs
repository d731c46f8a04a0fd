using System.Diagnostics;
using System.Xml.Linq;

namespace TalkDsl.Testing.Packages;

/// <summary>
/// A folder outside the repository (no Directory.Build.props above it) where commands run as on a user's machine:
/// a NuGet.config naming nuget.org (and, unless told otherwise, the local feed of <see cref="PackedFeed"/>), its own
/// NuGet packages folder (so a re-pack with the same version is never served stale from ~/.nuget/packages), and its
/// own dotnet home (so installed templates do not touch the machine's list).
/// </summary>
internal sealed class UserFolder : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly string _root;

    public UserFolder(bool withLocalFeed = true)
    {
        _root = Directory.CreateTempSubdirectory("talkdsl-user-").FullName;
        Work = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;
        Tools = Path.Combine(_root, "tools");
        Directory.CreateDirectory(Path.Combine(_root, "home"));
        var sources = new XElement("packageSources", new XElement("clear"));
        if (withLocalFeed)
        {
            sources.Add(new XElement("add", new XAttribute("key", "talkdsl-local"), new XAttribute("value", PackedFeed.Folder)));
        }

        sources.Add(new XElement("add", new XAttribute("key", "nuget.org"), new XAttribute("value", "https://api.nuget.org/v3/index.json"), new XAttribute("protocolVersion", "3")));
        new XDocument(new XElement("configuration", sources)).Save(Path.Combine(Work, "NuGet.config"));
        AssertOutsideTheRepository(Work);
    }

    /// <summary>Where the user works: projects are created here.</summary>
    public string Work { get; }

    /// <summary>Where <c>dotnet tool install --tool-path</c> puts the <c>talk</c> command.</summary>
    public string Tools { get; }

    public string Talk => Path.Combine(Tools, "talk");

    /// <summary>Runs <paramref name="fileName"/> in <paramref name="workingDirectory"/> (default: <see cref="Work"/>), with stdout and stderr together.</summary>
    public (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? Work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "packages");
        start.Environment["DOTNET_CLI_HOME"] = Path.Combine(_root, "home");
        start.Environment["DOTNET_ROOT"] = DotnetRoot;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // The test host's own MSBuild/SDK variables would point a child dotnet at this build's SDK state.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && k != "MSBUILDDISABLENODEREUSE" && k != "MSBUILDTERMINALLOGGER").ToList())
        {
            start.Environment.Remove(inherited);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in {Timeout.TotalMinutes} minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public (int ExitCode, string Output) Dotnet(params string[] arguments) => Run("dotnet", arguments);

    /// <summary>Runs a command and fails the test, with its output, unless it exits with 0.</summary>
    public string Succeed(string fileName, params string[] arguments)
    {
        var (exit, output) = Run(fileName, arguments);
        Assert.True(exit == 0, $"{fileName} {string.Join(' ', arguments)} exited with {exit}:\n{output}");
        return output;
    }

    public void Dispose() => PackedFeed.TryDelete(_root);

    /// <summary>The folder of the dotnet on the PATH (the tool's apphost needs it when dotnet is not in a default place).</summary>
    private static string DotnetRoot { get; } = FindDotnetRoot();

    private static string FindDotnetRoot()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        host ??= (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "dotnet"))
            .First(File.Exists);
        return Path.GetDirectoryName(new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host)!;
    }

    private static void AssertOutsideTheRepository(string folder)
    {
        Assert.False(
            Path.GetFullPath(folder).StartsWith(Path.GetFullPath(PackedFeed.RepositoryRoot), StringComparison.Ordinal),
            $"{folder} is inside the repository");
        for (var parent = new DirectoryInfo(folder); parent is not null; parent = parent.Parent)
        {
            Assert.False(File.Exists(Path.Combine(parent.FullName, "Directory.Build.props")), $"{parent.FullName} has a Directory.Build.props");
        }
    }
}
