using System.Diagnostics;
using System.Reflection;
using Spectre.Console;
using TalkDsl.Cli.Commands;

namespace TalkDsl.Cli.Tests;

/// <summary>Runs the `talk` command in-process with a captured console, and other programs as processes.</summary>
internal static class CliRun
{
    public static string RepositoryRoot { get; } =
        typeof(CliRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "TalkDsl.Lamd.Tests", "Fixtures");

    /// <summary>The seed lamd talk and its snippets, copied into the repository so the tests need nothing beside it.</summary>
    public static string Seed => Path.Combine(RepositoryRoot, "tests", "TalkDsl.Tests", "Example", "Seed");

    public static (int ExitCode, string Output) Talk(params string[] args) => TalkAtWidth(400, args);

    /// <summary>Runs `talk` on a console <paramref name="width"/> columns wide (Spectre assumes 80 when output is redirected).</summary>
    public static (int ExitCode, string Output) TalkAtWidth(int width, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        var exit = TalkCommandLine.Build(console).Parse(args).Invoke();
        return (exit, writer.ToString());
    }

    public static (int ExitCode, string Output) Process(string workingDirectory, string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
