using System.CommandLine;
using Spectre.Console;

namespace TalkDsl.Cli.Commands;

/// <summary>The <c>talk</c> command and its subcommands.</summary>
internal static class TalkCommandLine
{
    public static RootCommand Build(IAnsiConsole? console = null)
    {
        var input = new Argument<string>("input") { Description = "A lamd talk (talk.md) or a folder of talks." };
        var snippets = new Option<string[]>("--snippets", "-s")
        {
            Description = "A folder of lamd snippets searched by \\include (repeat for several).",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--out", "-o") { Description = "The folder to write the C# project into (default: ./<input>-talkdsl)." };
        var talkDsl = new Option<string?>("--talkdsl") { Description = "The TalkDsl repository the project references (default: the one this command was built from)." };
        var force = new Option<bool>("--force")
        {
            Description = "Also overwrite generated files you edited since the last import (files you added are never touched).",
        };
        var import = new Command(
            "import",
            "Import lamd talks and the snippets they include as a C# TalkDsl project. Re-importing into the same folder "
            + "rewrites only the files you have not edited (each left alone is listed) and never removes a file you added. "
            + "Exit codes: 0 everything imported; 1 some file had errors (listed; nothing is written when no talk imported); "
            + "2 nothing could be done (bad input, snippets or output folder); 3 internal error (a bug: the message says how to report it).")
        {
            input, snippets, output, talkDsl, force,
        };
        import.SetAction(result => new ImportCommand(console ?? AnsiConsole.Console).Run(
            result.GetRequiredValue(input),
            result.GetValue(snippets) ?? [],
            result.GetValue(output),
            result.GetValue(talkDsl),
            result.GetValue(force)));
        return new RootCommand("talk: write, check and render talks as fluent C#.") { import };
    }
}
