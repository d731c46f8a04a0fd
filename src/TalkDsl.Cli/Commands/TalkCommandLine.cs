using System.CommandLine;
using Spectre.Console;
using TalkDsl.Hosting;

namespace TalkDsl.Cli.Commands;

/// <summary>The <c>talk</c> command and its subcommands: new, build, check, import, serve.</summary>
internal static class TalkCommandLine
{
    /// <summary>Runs <c>talk</c> with <paramref name="args"/>; a wrong command line (unknown option, missing argument, bad value) exits with 2, as the host's does.</summary>
    public static int Run(string[] args, IAnsiConsole? console = null, InvocationConfiguration? configuration = null)
    {
        var parsed = Build(console).Parse(args);
        var exit = parsed.Invoke(configuration ?? new InvocationConfiguration());
        return parsed.Errors.Count > 0 ? 2 : exit;
    }

    public static RootCommand Build(IAnsiConsole? console = null)
    {
        var output = console ?? AnsiConsole.Console;
        return new RootCommand("talk: write, check and render talks as fluent C#. `talk COMMAND --help` tells more about each command.")
        {
            New(output), BuildCommand(output), Check(output), Import(output), Serve(),
        };
    }

    /// <summary><c>talk serve</c>: the live preview, the same command a talk project has as <c>dotnet run -- serve</c> (TalkDsl.Preview).</summary>
    private static Command Serve()
    {
        var command = new TalkDsl.Preview.Serving.ServeCommand().Create(new TalkAppContext(null, Console.Out, Console.Error));
        command.Description += " Example: talk serve MyTalk --port 5000";
        return command;
    }

    private static Command New(IAnsiConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The project's name: its folder, .csproj and namespace (letters, digits, '_', dots)." };
        var tests = new Option<bool>("--tests") { Description = "Also an xunit project (tests/NAME.Tests) that tests the talk." };
        var folder = new Option<string?>("--output", "-o") { Description = "The folder to create (default: ./NAME); it must not exist or be empty.", HelpName = "DIR" };
        var command = new Command("new", "Create a talk project: one talk, one part, a three-line README and the one-line host, the same files as `dotnet new talk`. Example: talk new MyTalk --tests")
        {
            name, tests, folder,
        };
        command.SetAction(r => new NewCommand(console).Run(r.GetRequiredValue(name), r.GetValue(tests), r.GetValue(folder)));
        return command;
    }

    private static Command BuildCommand(IAnsiConsole console)
    {
        var project = ProjectArgument();
        // The host's own options (one definition, TalkDsl.Hosting): checked here, then handed to the project's host as given.
        var host = new TalkAppOptions("out");
        var command = new Command("build", "Build a talk project and render its talks (slides, notes, posts) as `dotnet run -- OPTIONS` would; exit code 1 when the build fails or a talk cannot be rendered. Example: talk build MyTalk --out site")
        {
            project,
        };
        host.AddTo(command);
        command.SetAction(r => new BuildCommand(console).Run(r.GetValue(project), HostArguments(r, host)));
        return command;
    }

    /// <summary>The host options given on the command line, as arguments for the project's host (defaults left to it).</summary>
    internal static List<string> HostArguments(ParseResult parsed, TalkAppOptions host)
    {
        var arguments = new List<string>();
        foreach (var option in host.All)
        {
            if (parsed.GetResult(option) is not { Implicit: false } given)
            {
                continue;
            }

            var name = given.IdentifierToken?.Value ?? option.Name;
            if (given.Tokens.Count == 0)
            {
                arguments.Add(name);
            }

            foreach (var token in given.Tokens)
            {
                arguments.AddRange([name, token.Value]);
            }
        }

        return arguments;
    }

    private static Command Check(IAnsiConsole console)
    {
        var project = ProjectArgument();
        var layout = new Option<bool>("--layout")
        {
            Description = "Also measure each slide in headless chromium (Debian's: apt-get install chromium; TALKDSL_CHROMIUM points at another) and report each slide taller or wider than the slide (TALK018).",
            Arity = ArgumentArity.Zero,
        };
        // How the measured slides are rendered: the host's own options, handed to its layout command as given.
        var host = new TalkAppOptions("out");
        var command = new Command("check", "Build a talk project and print its TALK diagnostics and build errors as File.cs(line,col): error TALK003: ...; renders nothing; exit code 1 on an error (or a talk --layout could not measure), 0 otherwise. Example: talk check MyTalk --layout --media media")
        {
            project, layout, host.Media, host.Theme, host.Css,
        };
        command.SetAction(r => new CheckCommand(console).Run(r.GetValue(project), r.GetValue(layout), HostArguments(r, host)));
        return command;
    }

    private static Command Import(IAnsiConsole console)
    {
        var input = new Argument<string>("input") { Description = "A lamd talk (talk.md) or a folder of talks." };
        var snippets = new Option<string[]>("--snippets", "-s")
        {
            Description = "A folder of lamd snippets searched by \\include (repeat for several).",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--out", "-o") { Description = "The folder to write the C# project into (default: ./<input>-talkdsl)." };
        var feed = new Option<string?>("--feed") { Description = "A local folder of packages to restore TalkDsl from (written into a NuGet.config beside the project).", HelpName = "DIR" };
        var lamd = new Option<string?>("--lamd") { Description = "The folder holding lamd's talk-macros.gpp (or macros/talk-macros.gpp) and talk-notation.tex (default: found beside the talks).", HelpName = "DIR" };
        var force = new Option<bool>("--force")
        {
            Description = "Also overwrite generated files you edited since the last import (files you added are never touched).",
        };
        var command = new Command(
            "import",
            "Import lamd talks and the snippets they include as a C# talk project that references the TalkDsl package. Example: talk import talks --snippets _includes --out my-talks. "
            + "Re-importing into the same folder rewrites only the files you have not edited (each left alone is listed) and never removes a file you added. "
            + "Exit codes: 0 everything imported; 1 some file had errors (listed; nothing is written when no talk imported); "
            + "2 nothing could be done (bad input, snippets or output folder); 3 internal error (a bug: the message says how to report it).")
        {
            input, snippets, output, feed, force, lamd,
        };
        command.SetAction(result => new ImportCommand(console).Run(
            result.GetRequiredValue(input),
            result.GetValue(snippets) ?? [],
            result.GetValue(output),
            result.GetValue(feed),
            result.GetValue(force),
            result.GetValue(lamd)));
        return command;
    }

    private static Argument<string?> ProjectArgument() => new("PROJECT")
    {
        Description = "A talk project (.csproj) or its folder (default: the current folder).",
        Arity = ArgumentArity.ZeroOrOne,
    };
}
