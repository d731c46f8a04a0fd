using System.Diagnostics;

namespace TalkDsl.Cli.Projects;

/// <summary>Runs the <c>dotnet</c> command (build, run) and hands each line of its output to the caller as it comes.</summary>
internal static class Dotnet
{
    /// <returns>The exit code of <c>dotnet</c>.</returns>
    public static int Run(IEnumerable<string> arguments, Action<string> onLine, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain lines, whatever the terminal: the lines are parsed (talk check) or passed on as they are.
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = new Process { StartInfo = start };
        var gate = new object();
        void Receive(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is { } line)
            {
                lock (gate)
                {
                    onLine(line);
                }
            }
        }

        process.OutputDataReceived += Receive;
        process.ErrorDataReceived += Receive;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return process.ExitCode;
    }
}
