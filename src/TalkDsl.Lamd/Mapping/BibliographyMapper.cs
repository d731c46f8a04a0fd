using TalkDsl.Lamd.Reading;
using YamlDotNet.RepresentationModel;

namespace TalkDsl.Lamd.Mapping;

/// <summary>A <c>.bib</c> the imported project needs: copied beside the talk's C# file, or referred to where it is.</summary>
/// <param name="FullPath">Where the file is.</param>
/// <param name="FileName">The copy's name beside the talks; null when referred to by <paramref name="FullPath"/>.</param>
internal sealed record BibliographyFile(string FullPath, string? FileName);

/// <summary>
/// lamd's bibliographies → <c>.Bibliography(...)</c> header calls. <c>bibliography:</c> in the front matter
/// names files relative to the talk: each is copied into the project beside the talk's C# file (so the path
/// in the call is its name). <c>bibdir:</c> in <c>_lamd.yml</c> names a folder of <c>.bib</c> files lamd gives
/// pandoc: each is referred to where it is (it is the user's shared bibliography, not the talk's), and the
/// project gives the folder to the compiler. Citations themselves carry over as written: pandoc's syntax is
/// TalkDsl's.
/// </summary>
internal static class BibliographyMapper
{
    public static (List<ChainStep> Steps, List<BibliographyFile> Files) Map(LamdFrontMatter frontMatter, string talkPath, ICollection<LamdDiagnostic> diagnostics)
    {
        var steps = new List<ChainStep>();
        var files = new List<BibliographyFile>();
        var talkFolder = Path.GetDirectoryName(Path.GetFullPath(talkPath)) ?? ".";
        if (frontMatter["bibliography"] is { } named)
        {
            foreach (var name in Names(named.Value))
            {
                var full = Path.GetFullPath(Path.Combine(talkFolder, name));
                if (File.Exists(full))
                {
                    var copy = Path.GetFileName(full);
                    files.Add(new BibliographyFile(full, copy));
                    steps.Add(Step($".Bibliography({CSharpLiteral.String(copy)})", named, $"copied into the project as {copy}"));
                }
                else
                {
                    steps.Add(Missing(named, $"the bibliography '{name}' is not at {full}", diagnostics));
                }
            }
        }

        if (frontMatter["bibdir"] is { } bibdir && (bibdir.Value as YamlScalarNode)?.Value is { Length: > 0 } folder)
        {
            var expanded = Expand(folder);
            if (Directory.Exists(expanded))
            {
                foreach (var bib in Directory.EnumerateFiles(expanded, "*.bib").Order(StringComparer.Ordinal))
                {
                    var full = Path.GetFullPath(bib).Replace('\\', '/');
                    files.Add(new BibliographyFile(full, null));
                    steps.Add(Step($".Bibliography({CSharpLiteral.String(full)})", bibdir, "referred to in bibdir"));
                }
            }
            else
            {
                steps.Add(Missing(bibdir, $"the bibdir '{folder}' is not a folder on this machine ({expanded})", diagnostics));
            }
        }

        return (steps, files);
    }

    private static IEnumerable<string> Names(YamlNode value) => value switch
    {
        YamlScalarNode { Value: { Length: > 0 } one } => [one.Trim()],
        YamlSequenceNode many => many.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? string.Empty).Where(s => s.Length > 0),
        _ => [],
    };

    /// <summary>lamd's folders may start with $HOME or ~.</summary>
    private static string Expand(string folder)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var expanded = folder.Trim().Replace("$HOME", home, StringComparison.Ordinal).Replace("${HOME}", home, StringComparison.Ordinal);
        return expanded.StartsWith('~') ? home + expanded[1..] : expanded;
    }

    private static ChainStep Step(string call, LamdFrontMatterEntry entry, string how) =>
        new([], call, StepRole.Header, [new ConstructUse($"front matter '{entry.Key}'", entry.Position, ConstructOutcome.Mapped, call + " (" + how + ")")]);

    private static ChainStep Missing(LamdFrontMatterEntry entry, string problem, ICollection<LamdDiagnostic> diagnostics)
    {
        var consequence = "its citations are TALK015 until a .bib with their keys is named: copy it into the project and add .Bibliography(\"file.bib\")";
        diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.FrontMatterValue, entry.Position, $"{problem}: {consequence}"));
        return ChainStep.Comment([$"lamd front matter {entry.Key} at {entry.Position} — {problem}: {consequence}."],
            new ConstructUse($"front matter '{entry.Key}'", entry.Position, ConstructOutcome.NotMapped, problem));
    }
}
