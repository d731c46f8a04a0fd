using System.CommandLine;
using System.Reflection;
using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Hosting;

/// <summary>
/// The command line of a talk project: its <c>Program.cs</c> is one line,
/// <c>return TalkDsl.Hosting.TalkApp.Run(args, TalkCatalog.All);</c>. It renders each talk into the formats
/// asked for (<c>--format</c>; by default slides, a notes page and a Jekyll post; options: <see cref="TalkAppOptions"/>), prints the absolute path of each file
/// written and a summary, and lists on stderr every talk that failed with each of its errors; the other
/// talks are still written; so are the other formats of a talk whose PDF could not be printed (no chromium).
/// Exit codes: 0 all rendered, 1 a talk, a PDF or the output failed, 2 a wrong command line.
/// </summary>
public static class TalkApp
{
    /// <summary>The exit code when every talk was rendered.</summary>
    public const int Success = 0;

    /// <summary>The exit code when a talk could not be rendered, or the output could not be written.</summary>
    public const int Failed = 1;

    /// <summary>The exit code for a wrong command line: an unknown option, a missing value, a <c>--talk</c> that names no talk.</summary>
    public const int Usage = 2;

    /// <summary>Renders <paramref name="talks"/> as <paramref name="args"/> ask, on the console; returns the exit code.</summary>
    public static int Run(string[] args, IEnumerable<IRenderableTalk> talks) =>
        Run(args, talks, Console.Out, Console.Error, terminal: !Console.IsOutputRedirected);

    /// <summary>Renders <paramref name="talks"/> as <paramref name="args"/> ask, writing to <paramref name="stdout"/> and <paramref name="stderr"/>; returns the exit code.</summary>
    public static int Run(string[] args, IEnumerable<IRenderableTalk> talks, TextWriter stdout, TextWriter stderr) =>
        Run(args, talks, stdout, stderr, terminal: false);

    /// <summary>
    /// Renders the talks <paramref name="settings"/> select into their output folder, each on its own; prints
    /// the files written and a summary on <paramref name="stdout"/>, each failure on <paramref name="stderr"/>.
    /// </summary>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="Failed"/> or <see cref="Usage"/>.</returns>
    public static int Render(IEnumerable<IRenderableTalk> talks, TalkAppSettings settings, TextWriter stdout, TextWriter stderr) =>
        Render(talks, settings, stdout, stderr, terminal: false);

    internal static int Run(string[] args, IEnumerable<IRenderableTalk> talks, TextWriter stdout, TextWriter stderr, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        TalkProjectDefaults defaults;
        try
        {
            defaults = TalkProjectDefaults.Of(Assembly.GetEntryAssembly());
        }
        catch (InvalidOperationException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return 2;
        }

        var options = new TalkAppOptions(TalkAppOptions.DefaultOutputDirectory(Assembly.GetEntryAssembly()), defaults);
        var command = new RootCommand(
            "Renders this project's talks into reveal.js slides, notes pages and Jekyll posts, or the formats --format names (PDF, PowerPoint, Word, notebooks), and prints the path of each file written."
            + " Exit codes: 0 every talk rendered; 1 a talk failed (its errors are listed, the others are still written) or the output could not be written; 2 a wrong command line.");
        options.AddTo(command);
        command.SetAction(parsed => Render(talks, options.Read(parsed), stdout, stderr, terminal));
        var context = new TalkAppContext(TalkAppContext.ProjectFileOf(Assembly.GetEntryAssembly()), stdout, stderr);
        command.Subcommands.Add(TalkLayoutCommand.Create(talks, stdout, stderr));
        foreach (var subcommand in TalkAppCommands.Load(context))
        {
            command.Subcommands.Add(subcommand);
        }

        var parsed = command.Parse(args);
        var exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return parsed.Errors.Count > 0 ? Usage : exit;
    }

    private static int Render(IEnumerable<IRenderableTalk> talks, TalkAppSettings settings, TextWriter stdout, TextWriter stderr, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(settings);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.OutputDirectory));
        var all = talks.ToList();
        var (selected, unknown) = TalkSelection.Select(all, settings.Talks);
        if (unknown.Count > 0)
        {
            var available = all.Count == 0 ? "this project has none." : string.Join(", ", all.Select(TalkSelection.Describe)) + ".";
            foreach (var name in unknown)
            {
                stderr.WriteLine($"--talk {name}: no talk of this project has that name or file slug.");
            }

            stderr.WriteLine($"The talks, by name (file slug): {available}");
            return Usage;
        }

        if (selected.Count == 0)
        {
            stdout.WriteLine($"No talks to render: nothing was written to {target}.");
            return Success;
        }

        TalkOutputResult result;
        try
        {
            result = TalkProgress.Show(selected.Count, stdout, terminal, talkDone => TalkOutput.WriteEach(selected, settings.ToOutputOptions(), talkDone));
        }
        catch (TalkOutputException ex)
        {
            stderr.WriteLine(ex.Message);
            return Failed;
        }

        foreach (var path in result.TalkFiles)
        {
            stdout.WriteLine("  " + path);
        }

        if (result.RuntimeFiles.Count > 0)
        {
            // The runtime is written once and then only when it changes: one line, not one per file.
            stdout.WriteLine($"  {Path.Combine(result.OutputDirectory, BundledAssets.FolderName)}{Path.DirectorySeparatorChar} ({Count(result.RuntimeFiles.Count, "file")} of reveal.js {BundledAssets.RevealVersion} and MathJax {BundledAssets.MathJaxVersion})");
        }

        foreach (var warning in result.Warnings)
        {
            stderr.WriteLine("warning: " + warning);
        }

        foreach (var failure in result.Failures)
        {
            stderr.WriteLine(failure.Message);
            stderr.WriteLine();
        }

        if (result.PdfsNotWritten.Count > 0)
        {
            stderr.WriteLine($"{Count(result.PdfsNotWritten.Count, "PDF")} {(result.PdfsNotWritten.Count == 1 ? "was" : "were")} not written (the other files were):");
            foreach (var pdf in result.PdfsNotWritten)
            {
                stderr.WriteLine("  " + pdf);
            }

            stderr.WriteLine();
        }

        stdout.WriteLine(Summary(result));
        return result.Failures.Count == 0 && result.PdfsNotWritten.Count == 0 ? Success : Failed;
    }

    /// <summary>E.g. <c>Rendered 3 talks (9 files) into /abs/out; 1 talk failed.</c> The files are the talks' own, not the runtime's.</summary>
    private static string Summary(TalkOutputResult result)
    {
        var summary = $"Rendered {Count(result.RenderedTalks.Count, "talk")} ({Count(result.TalkFiles.Count, "file")}) into {result.OutputDirectory}";
        return result.Failures.Count == 0 ? summary + "." : $"{summary}; {Count(result.Failures.Count, "talk")} failed.";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
