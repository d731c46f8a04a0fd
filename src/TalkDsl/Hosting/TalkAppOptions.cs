using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using TalkDsl.Formats;
using TalkDsl.Rendering;
using TalkDsl.Output;
using TalkDsl.Rules;

namespace TalkDsl.Hosting;

/// <summary>
/// The options of a talk project's command line, in one place: <see cref="TalkApp"/> puts them on its root
/// command, and a command that renders a talk project the same way (<c>talk build</c>) adds them to its own
/// with <see cref="AddTo"/> and reads them back with <see cref="Read"/>.
/// </summary>
public sealed class TalkAppOptions
{
    /// <summary>The <see cref="AssemblyMetadataAttribute"/> key of the folder a talk project renders into by default; TalkDsl.props sets it from <c>$(TalkOutputDirectory)</c>.</summary>
    public const string OutputDirectoryKey = "TalkDsl.OutputDirectory";

    /// <param name="defaultOutputDirectory">The folder <c>--out</c> stands for when not given, e.g. <see cref="DefaultOutputDirectory"/>.</param>
    /// <param name="projectDefaults">The talk project's defaults for <c>--media</c>, <c>--format</c> and <c>--css</c> (<see cref="TalkProjectDefaults.Of"/>); none when null.</param>
    public TalkAppOptions(string defaultOutputDirectory, TalkProjectDefaults? projectDefaults = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultOutputDirectory);
        var defaults = projectDefaults ?? TalkProjectDefaults.None;
        Out = new Option<string>("--out")
        {
            Description = "The folder to render into; created when missing.",
            HelpName = "DIR",
            DefaultValueFactory = _ => defaultOutputDirectory,
        };
        Talk = new Option<string[]>("--talk")
        {
            Description = "Render only this talk, by name or file slug, any case; repeat for several. Default: every talk.",
            HelpName = "NAME",
            Arity = ArgumentArity.OneOrMore,
        };
        Media = new Option<string?>("--media")
        {
            Description = "The folder holding the talks' images (e.g. the one with diagrams/): each image a talk shows must be there, and is copied beside the pages. Default: the project's media folder (TalkDslMediaFolder, media/) when it exists.",
            HelpName = "DIR",
            DefaultValueFactory = _ => defaults.MediaFolder,
        };
        Cdn = new Option<bool>("--cdn")
        {
            Description = "Load reveal.js and MathJax from the jsDelivr CDN (the pages then need a network) instead of the copies written into _talkdsl/ beside them.",
            Arity = ArgumentArity.Zero,
        };
        Theme = new Option<string?>("--theme")
        {
            Description = "The reveal.js theme of the slides, e.g. black, moon, simple; over the talk's own .Theme(...). Default: the talk's, else white.",
            HelpName = "NAME",
        };
        Theme.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } theme && ValueChecks.Theme(theme) is { } problem)
            {
                result.AddError($"--theme {problem}");
            }
        });
        Format = new Option<IReadOnlyList<TalkFormat>>("--format")
        {
            Description = $"The formats to write, comma-separated: {TalkFormats.Names} (every format). PDFs print through Debian's chromium.",
            HelpName = "LIST",
            DefaultValueFactory = _ => defaults.Formats ?? TalkFormats.Default,
            CustomParser = result =>
            {
                try
                {
                    return TalkFormats.Parse(string.Join(",", result.Tokens.Select(t => t.Value)));
                }
                catch (FormatException ex)
                {
                    result.AddError("--format: " + ex.Message);
                    return defaults.Formats ?? TalkFormats.Default;
                }
            },
        };
        PdfNotes = new Option<bool>("--pdf-notes")
        {
            Description = "Give the slides PDF each slide's speaker notes on a page of their own, after the slide.",
            Arity = ArgumentArity.Zero,
        };
        Css = new Option<string?>("--css")
        {
            Description = "A stylesheet (CSS file) to style the slides and notes pages with: copied beside them and linked after the theme. Default: the project's TalkDslStylesheet, if set.",
            HelpName = "FILE",
            DefaultValueFactory = _ => defaults.Stylesheet,
        };
    }

    public Option<string> Out { get; }

    public Option<string[]> Talk { get; }

    public Option<string?> Media { get; }

    public Option<bool> Cdn { get; }

    public Option<string?> Theme { get; }

    public Option<string?> Css { get; }

    public Option<IReadOnlyList<TalkFormat>> Format { get; }

    public Option<bool> PdfNotes { get; }

    /// <summary>Every option, in the order the help lists them.</summary>
    public IReadOnlyList<Option> All => [Out, Talk, Format, Media, Cdn, Theme, Css, PdfNotes];

    /// <summary>The folder a talk project renders into when <c>--out</c> is not given: the <see cref="OutputDirectoryKey"/>
    /// metadata of <paramref name="assembly"/> (the talk project's <c>out/</c>) while that folder's parent exists,
    /// otherwise <c>out/</c> in the current directory.</summary>
    public static string DefaultOutputDirectory(Assembly? assembly)
    {
        var configured = assembly?.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == OutputDirectoryKey)?.Value;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(configured));
            if (Directory.Exists(Path.GetDirectoryName(full)))
            {
                return full;
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "out");
    }

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in All)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The settings a parsed command line asks for.</summary>
    public TalkAppSettings Read(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new TalkAppSettings(parsed.GetValue(Out)!)
        {
            Talks = parsed.GetValue(Talk) ?? [],
            MediaFolder = parsed.GetValue(Media),
            Assets = parsed.GetValue(Cdn) ? AssetMode.Cdn : AssetMode.Bundled,
            Theme = parsed.GetValue(Theme),
            Stylesheet = parsed.GetValue(Css),
            Formats = parsed.GetValue(Format) ?? TalkFormats.Default,
            PdfSpeakerNotes = parsed.GetValue(PdfNotes),
        };
    }
}
