using System.CommandLine;
using System.Diagnostics;
using System.Net;
using TalkDsl.Hosting;
using TalkDsl.Preview.Building;
using TalkDsl.Preview.Serving;

[assembly: TalkAppCommand(typeof(ServeCommand))]

namespace TalkDsl.Preview.Serving;

/// <summary>
/// <c>serve [PROJECT]</c>: builds the talk project once, serves its talks on loopback, and follows each
/// save. A talk project gets it as <c>dotnet run -- serve</c> (<see cref="TalkApp"/> finds this class through
/// <see cref="TalkAppCommandAttribute"/>); the <c>talk</c> tool adds the same command.
/// </summary>
public sealed class ServeCommand : ITalkAppCommandFactory
{
    public Command Create(TalkAppContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var project = new Argument<string?>("PROJECT")
        {
            Description = "The talk project: its .csproj or its folder. Default: " + (context.ProjectFile is null ? "the .csproj in the current folder." : "this project."),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var port = new Option<int>("--port")
        {
            Description = $"The port to listen on; 0 picks a free one. Default: {PreviewOptions.DefaultPort}.",
            HelpName = "N",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        var host = new Option<string?>("--host")
        {
            Description = "Listen on this address instead of loopback (127.0.0.1), e.g. 0.0.0.0 for every network: other machines can then see the talks.",
            HelpName = "ADDRESS",
        };
        var noOpen = new Option<bool>("--no-open") { Description = "Do not open the browser." };
        var media = new Option<string?>("--media") { Description = "The folder holding the talks' images: served beside the pages.", HelpName = "DIR" };
        var theme = new Option<string>("--theme")
        {
            Description = "The reveal.js theme of the slides.",
            HelpName = "NAME",
            DefaultValueFactory = _ => Rendering.SlidesOptions.DefaultTheme,
        };
        var assets = new Option<string?>("--assets")
        {
            Description = "A folder holding reveal.js/ and mathjax/ (npm packages) to serve at /_talkdsl/ instead of the copies TalkDsl bundles.",
            HelpName = "DIR",
        };

        var layout = new Option<bool>("--layout")
        {
            Description = "Measure each talk's slides in headless chromium after each change (Debian's; TALKDSL_CHROMIUM points at another): the index lists each slide taller or wider than the slide (TALK018).",
        };

        var command = new Command("serve", "Previews the talks in the browser and follows each save: a page reloads in place when its talk changes, and shows its errors over it.")
        {
            project, port, host, noOpen, media, theme, assets, layout,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var projectFile = FindProject(parsed.GetValue(project), context.ProjectFile);
            if (projectFile is null)
            {
                context.Stderr.WriteLine($"serve: no talk project found: give its .csproj (or its folder), or run from the folder that holds it ({Directory.GetCurrentDirectory()}).");
                return TalkApp.Usage;
            }

            var address = IPAddress.Loopback;
            var hostText = parsed.GetValue(host);
            if (hostText is not null && !TryAddress(hostText, out address))
            {
                context.Stderr.WriteLine($"--host '{hostText}' is not an IP address: give one such as 127.0.0.1, ::1 or 0.0.0.0.");
                return TalkApp.Usage;
            }

            var options = new PreviewOptions(projectFile)
            {
                Host = address,
                HostGiven = hostText is not null,
                Port = parsed.GetValue(port),
                OpenBrowser = !parsed.GetValue(noOpen),
                MediaFolder = parsed.GetValue(media) is { } m ? Path.GetFullPath(m) : null,
                AssetsFolder = parsed.GetValue(assets) is { } a ? Path.GetFullPath(a) : null,
                Theme = parsed.GetValue(theme)!,
                Layout = parsed.GetValue(layout),
            };
            return await RunAsync(options, context.Stdout, context.Stderr, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Serves until <paramref name="cancellation"/> (Ctrl+C); the exit code: 0, or 1 when the first build or the bind failed.</summary>
    internal static async Task<int> RunAsync(PreviewOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (!IPAddress.IsLoopback(options.Host) && options.HostGiven)
        {
            stderr.WriteLine($"warning: serving on {options.Host}: other machines on the network can see these talks and their notes.");
        }

        await using var session = new PreviewSession(options, stdout);
        try
        {
            await session.StartAsync(cancellation).ConfigureAwait(false);
            await using var server = await PreviewServer.StartAsync(session, cancellation).ConfigureAwait(false);
            stdout.WriteLine($"Serving {Path.GetFileName(options.ProjectFile)} at {server.Address} (Ctrl+C to stop).");
            if (options.OpenBrowser)
            {
                Open(server.Address, stderr);
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation, server.Stopping);
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            stdout.WriteLine("Stopped.");
        }
        catch (Exception ex) when (ex is PreviewBuildException or PreviewHostException)
        {
            stderr.WriteLine(ex.Message);
            return TalkApp.Failed;
        }

        return TalkApp.Success;
    }

    private static string? FindProject(string? given, string? own)
    {
        if (given is null)
        {
            return own is not null && File.Exists(own) ? own : Single(Directory.GetCurrentDirectory());
        }

        var full = Path.GetFullPath(given);
        return File.Exists(full) ? full : Directory.Exists(full) ? Single(full) : null;

        static string? Single(string folder) => Directory.GetFiles(folder, "*.csproj") is [var only] ? only : null;
    }

    private static bool TryAddress(string text, out IPAddress address)
    {
        if (text.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }

        return IPAddress.TryParse(text, out address!);
    }

    private static void Open(Uri address, TextWriter stderr)
    {
        try
        {
            using var browser = Process.Start(new ProcessStartInfo(address.ToString()) { UseShellExecute = true });
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            stderr.WriteLine($"The browser could not be opened ({ex.Message}): open {address} yourself.");
        }
    }
}
