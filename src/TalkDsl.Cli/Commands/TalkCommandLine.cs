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
        var lamd = new Option<string?>("--lamd") { Description = "The folder holding lamd's talk-macros.gpp (or macros/talk-macros.gpp) and talk-notation.tex (default: found beside the talks)." };
        var talkDsl = new Option<string?>("--talkdsl") { Description = "The TalkDsl repository the project references (default: the one this command was built from)." };
        var import = new Command("import", "Import lamd talks and the snippets they include as a C# TalkDsl project.")
        {
            input, snippets, output, talkDsl, lamd,
        };
        import.SetAction(result => new ImportCommand(console ?? AnsiConsole.Console).Run(
            result.GetRequiredValue(input),
            result.GetValue(snippets) ?? [],
            result.GetValue(output),
            result.GetValue(talkDsl),
            result.GetValue(lamd)));
        return new RootCommand("talk: write, check and render talks as fluent C#.") { import };
    }
}
