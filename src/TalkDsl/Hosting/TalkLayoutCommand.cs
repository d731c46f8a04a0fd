using System.CommandLine;
using TalkDsl.Layout;
using TalkDsl.Rendering;
using TalkDsl.Rules;

namespace TalkDsl.Hosting;

/// <summary>
/// <c>dotnet run -- layout</c> (and <c>talk check --layout</c>, which runs it): measures each talk's slides in
/// headless chromium with <see cref="SlideLayoutCheck"/> and prints every slide that does not fit as
/// <c>File.cs(14,10): warning TALK018: …</c>. Exit codes as <c>talk check</c>'s: 0 when every talk was measured
/// (warnings allowed), 1 when a talk could not be (it has errors, or chromium is missing), 2 a wrong command line.
/// </summary>
internal static class TalkLayoutCommand
{
    public const string Name = "layout";

    public static Command Create(IEnumerable<IRenderableTalk> talks, TextWriter stdout, TextWriter stderr)
    {
        var options = new TalkAppOptions("out");
        var command = new Command(Name,
            "Measure each talk's slides in headless chromium (Debian's; TALKDSL_CHROMIUM points at another) at the slide size, and print each slide taller or wider than the slide as a TALK018 warning at its heading call."
            + " Exit codes: 0 every talk measured (warnings allowed); 1 a talk could not be measured (its errors are listed) or chromium is missing; 2 a wrong command line.")
        {
            options.Talk, options.Media, options.Theme, options.Css,
        };
        command.SetAction(parsed => Run(
            talks,
            parsed.GetValue(options.Talk) ?? [],
            new SlideLayoutOptions
            {
                Slides = SlidesOptions.Default with { Theme = parsed.GetValue(options.Theme) },
                MediaFolder = parsed.GetValue(options.Media),
                Stylesheet = parsed.GetValue(options.Css),
            },
            stdout,
            stderr));
        return command;
    }

    private static int Run(IEnumerable<IRenderableTalk> talks, IReadOnlyList<string> names, SlideLayoutOptions options, TextWriter stdout, TextWriter stderr)
    {
        var all = talks.ToList();
        var (selected, unknown) = TalkSelection.Select(all, names);
        if (unknown.Count > 0)
        {
            foreach (var name in unknown)
            {
                stderr.WriteLine($"--talk {name}: no talk of this project has that name or file slug.");
            }

            stderr.WriteLine($"The talks, by name (file slug): {string.Join(", ", all.Select(TalkSelection.Describe))}.");
            return TalkApp.Usage;
        }

        SlideLayoutCheck check;
        try
        {
            check = new SlideLayoutCheck(options);
        }
        catch (SlideLayoutException ex)
        {
            stderr.WriteLine("error: " + ex.Message);
            return TalkApp.Failed;
        }

        using (check)
        {
            var warnings = 0;
            var failed = 0;
            foreach (var talk in selected)
            {
                try
                {
                    foreach (var diagnostic in check.Check(talk))
                    {
                        stdout.WriteLine(diagnostic.ToString());
                        warnings++;
                    }
                }
                catch (Exception ex) when (ex is TalkValidationException or SlideLayoutException)
                {
                    stderr.WriteLine($"{talk.Name}: its slides were not measured: {ex.Message}");
                    failed++;
                }
            }

            stdout.WriteLine($"Measured the slides of {selected.Count - failed} of {selected.Count} talk(s): {warnings} slide(s) do not fit.");
            return failed == 0 ? TalkApp.Success : TalkApp.Failed;
        }
    }
}
