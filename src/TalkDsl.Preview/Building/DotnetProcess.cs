using System.Diagnostics;
using System.Text;

namespace TalkDsl.Preview.Building;

/// <summary>Runs the <c>dotnet</c> command line (the SDK the user builds with) and collects what it printed.</summary>
internal static class DotnetProcess
{
    /// <summary>The exit code and everything printed, stdout then stderr.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IEnumerable<string> arguments, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A build started from inside `dotnet run` must not inherit the running app's MSBuild settings.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"'{start.FileName}' could not be started.");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var readOut = CopyAsync(process.StandardOutput, stdout);
        var readErr = CopyAsync(process.StandardError, stderr);
        try
        {
            await process.WaitForExitAsync(cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await Task.WhenAll(readOut, readErr).ConfigureAwait(false);
        return (process.ExitCode, stdout.ToString() + stderr);
    }

    /// <summary>The dotnet host running this process when that is dotnet itself (e.g. under <c>dotnet run</c>), else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetExecutable()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private static async Task CopyAsync(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            into.AppendLine(line);
        }
    }
}
