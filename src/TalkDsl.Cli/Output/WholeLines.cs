using Spectre.Console;

namespace TalkDsl.Cli.Output;

/// <summary>
/// Lines written as they are, never wrapped at the console's width (Spectre assumes 80 columns when the
/// output is redirected): editors and CI logs turn a whole "file:line:column: …" line into a link, and a
/// script can grep it.
/// </summary>
internal static class WholeLines
{
    public static void WriteWholeLine(this IAnsiConsole console, string text)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(text);
        writer.Flush();
    }
}
