using System.Reflection;
using Spectre.Console;
using TalkDsl.Cli.Commands;

namespace TalkDsl.Cli.Tests;

/// <summary>Runs the `talk` command in-process with a captured console.</summary>
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
        var exit = TalkCommandLine.Run(args, console, new System.CommandLine.InvocationConfiguration { Output = writer, Error = writer });
        return (exit, writer.ToString());
    }
}
