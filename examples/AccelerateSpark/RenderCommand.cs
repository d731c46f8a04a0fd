using System.CommandLine;
using System.Reflection;
using TalkDsl.Output;
using TalkDsl.Rendering;
using TalkDsl.Rules;

namespace AccelerateSpark;

/// <summary>
/// The example's command line: renders every talk into a folder (default: <c>out/</c> at the repository
/// root) and prints the absolute path of each file written. A talk with errors is reported on stderr
/// with every error, and the exit code is 1.
/// </summary>
public static class RenderCommand
{
    /// <summary>The folder written when <c>--out</c> is not given: <c>out/</c> at the repository root this was built from.</summary>
    public static string DefaultOutputDirectory { get; } = Path.Combine(
        typeof(RenderCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value ?? Directory.GetCurrentDirectory(),
        "out");

    /// <summary>Parses <paramref name="args"/>, renders <paramref name="talks"/>, and returns the exit code.</summary>
    /// <param name="args">The command line: <c>[--out DIR] [--reveal-url URL] [--mathjax-url URL] [--media DIR]</c>.</param>
    /// <param name="talks">Builds the talks; called once, so that validation errors are reported like any other.</param>
    /// <param name="stdout">Where the written paths go.</param>
    /// <param name="stderr">Where errors go.</param>
    public static int Run(string[] args, Func<IReadOnlyList<IRenderableTalk>> talks, TextWriter stdout, TextWriter stderr)
    {
        var outOption = new Option<string>("--out")
        {
            Description = "The folder to render into; created when missing.",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultOutputDirectory,
        };
        var revealOption = new Option<string>("--reveal-url")
        {
            Description = "Where the slides load reveal.js from: a folder holding dist/ and plugin/, absolute or relative to the slides page.",
            HelpName = "URL",
            DefaultValueFactory = _ => SlidesOptions.DefaultRevealUrl,
        };
        var mathJaxOption = new Option<string>("--mathjax-url")
        {
            Description = "The MathJax 3 script the slides and notes load to typeset math.",
            HelpName = "URL",
            DefaultValueFactory = _ => SlidesOptions.DefaultMathJaxUrl,
        };
        var mediaOption = new Option<string?>("--media")
        {
            Description = "The folder holding the talks' images (e.g. the one with diagrams/): each image a talk shows must be there, and is copied beside the pages.",
            HelpName = "DIR",
        };
        var command = new RootCommand("Renders the example talks to reveal.js slides, notes pages and Jekyll posts.")
        {
            outOption,
            revealOption,
            mathJaxOption,
            mediaOption,
        };
        command.SetAction(parsed =>
        {
            var mathJax = parsed.GetValue(mathJaxOption)!;
            var options = new TalkOutputOptions(parsed.GetValue(outOption)!)
            {
                Slides = SlidesOptions.Default with { RevealUrl = parsed.GetValue(revealOption)!, MathJaxUrl = mathJax },
                Notes = NotesOptions.Default with { MathJaxUrl = mathJax },
                MediaFolder = parsed.GetValue(mediaOption),
            };
            return Render(talks, options, stdout, stderr);
        });

        return command.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static int Render(Func<IReadOnlyList<IRenderableTalk>> talks, TalkOutputOptions options, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var written = TalkOutput.Write(talks(), options);
            stdout.WriteLine(written.Count == 0
                ? $"No talks to render: nothing was written to {Path.GetFullPath(options.OutputDirectory)}."
                : $"Wrote {written.Count} files into {Path.GetFullPath(options.OutputDirectory)}:");
            foreach (var path in written)
            {
                stdout.WriteLine("  " + path);
            }

            return 0;
        }
        catch (Exception ex) when (ex is TalkValidationException or TalkOutputException)
        {
            stderr.WriteLine(ex.Message);
            if (ex is TalkValidationException)
            {
                stderr.WriteLine($"Fix the errors above, then run again. Nothing in {Path.GetFullPath(options.OutputDirectory)} was changed.");
            }

            return 1;
        }
    }
}
