using System.Globalization;
using System.Net;
using System.Text;

namespace TalkDsl.Preview.Site;

/// <summary>The preview's front page: each talk with its title, date, slide count, speaking time, diagnostics and links.</summary>
internal static class IndexPage
{
    public static string Render(PreviewSite site, string projectFile)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Talks of {{E(Path.GetFileNameWithoutExtension(projectFile))}}</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: .4em .6em; border-bottom: 1px solid #ddd; vertical-align: top; }
            .error { color: #b00; } .warning { color: #a60; } .diagnostics { font: 13px/1.4 monospace; margin: .3em 0 0; padding-left: 1.2em; }
            </style>
            </head>
            <body>
            <h1>Talks of {{E(Path.GetFileName(projectFile))}}</h1>

            """);
        foreach (var problem in site.ProjectDiagnostics)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"{(problem.IsError ? "error" : "warning")} project-diagnostic\">{Diagnostic(problem)}</p>\n");
        }

        html.Append("<table>\n<thead><tr><th>Talk</th><th>Date</th><th>Slides</th><th>Speaking time</th><th>Pages</th></tr></thead>\n<tbody>\n");
        foreach (var talk in site.Talks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"talk\" data-talk=\"{E(talk.Name)}\"><td><strong>{E(talk.Title ?? talk.Name)}</strong>");
            if (talk.Diagnostics.Length > 0)
            {
                html.Append("<ul class=\"diagnostics\">");
                foreach (var diagnostic in talk.Diagnostics)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li class=\"{(diagnostic.IsError ? "error" : "warning")}\">{Diagnostic(diagnostic)}</li>");
                }

                html.Append("</ul>");
            }

            var date = talk.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
            var slides = talk.SlideCount?.ToString(CultureInfo.InvariantCulture) ?? "";
            var time = talk.Duration is { } d ? $"{(int)d.TotalMinutes} min {d.Seconds} s" : "";
            var links = talk.Files is { } files
                ? $"<a href=\"/{Uri.EscapeDataString(files.Slides)}\">slides</a> · <a href=\"/{Uri.EscapeDataString(files.Notes)}\">notes</a>"
                : "";
            html.Append(CultureInfo.InvariantCulture, $"</td><td>{date}</td><td>{slides}</td><td>{time}</td><td>{links}</td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $$"""
            </tbody>
            </table>
            <script src="{{TalkPages.ScriptPath}}" data-talk="{{PreviewSite.Everything}}" data-page="index" data-version="{{site.Version.ToString(CultureInfo.InvariantCulture)}}"></script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static string Diagnostic(PreviewDiagnostic diagnostic)
    {
        var text = E(diagnostic.ToString());
        return diagnostic.HelpLink is { } help ? $"{text} <a href=\"{E(help)}\">{E(diagnostic.Id)}</a>" : text;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
