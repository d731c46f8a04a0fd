using Spectre.Console;

namespace TalkDsl.Hosting;

/// <summary>
/// Shows how far a rendering of many talks has got: a Spectre.Console progress bar on a terminal, one
/// plain line per talk otherwise (a log or a pipe gets whole lines, never wrapped at 80 columns).
/// </summary>
internal static class TalkProgress
{
    /// <summary>Above this many talks, progress is shown; a few talks render faster than a bar draws.</summary>
    public const int ShownAbove = 5;

    /// <summary>Runs <paramref name="render"/>, giving it the callback to call with each talk's name as it is done.</summary>
    public static T Show<T>(int count, TextWriter stdout, bool terminal, Func<Action<string>?, T> render)
    {
        if (count <= ShownAbove)
        {
            return render(null);
        }

        if (!terminal)
        {
            var done = 0;
            var width = count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            return render(name =>
            {
                done++;
                stdout.WriteLine($"[{done.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)}/{count}] {name}");
            });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Rendering", maxValue: count);
                return render(name =>
                {
                    task.Description = Markup.Escape(name);
                    task.Increment(1);
                });
            });
    }
}
