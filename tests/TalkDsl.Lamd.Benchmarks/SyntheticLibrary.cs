using System.Globalization;
using System.Text;

namespace TalkDsl.Lamd.Benchmarks;

/// <summary>
/// Writes a lamd library shaped like a real one: talks with front matter that include guarded snippets
/// from <c>_subject/includes/</c> folders; snippets with headings, notes, slides, speaker notes, math,
/// notation, figures, columns, fragments, code, videos and nested includes: every construct with a typed
/// call. Deterministic for a given seed.
/// </summary>
internal static class SyntheticLibrary
{
    public static (string TalksFolder, string SnippetsFolder) Write(string root, int talks, int snippets, int subjects, int includesPerTalk, int seed = 42)
    {
        var random = new Random(seed);
        var talksFolder = Directory.CreateDirectory(Path.Combine(root, "talks")).FullName;
        var snippetsFolder = Directory.CreateDirectory(Path.Combine(root, "snippets")).FullName;
        var paths = new List<string>();
        for (var i = 0; i < snippets; i++)
        {
            var subject = $"_subject{i % subjects}";
            var relative = $"{subject}/includes/snippet-{i}.md";
            paths.Add(relative);
            var file = Path.Combine(snippetsFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var nested = i > 0 && random.Next(4) == 0 ? paths[random.Next(i)] : null;
            File.WriteAllText(file, Snippet(i, nested));
        }

        for (var t = 0; t < talks; t++)
        {
            var includes = Enumerable.Range(0, includesPerTalk).Select(_ => paths[random.Next(paths.Count)]).ToList();
            File.WriteAllText(Path.Combine(talksFolder, $"talk-{t}.md"), Talk(t, includes));
        }

        return (talksFolder, snippetsFolder);
    }

    private static string Snippet(int i, string? nested)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"\\ifndef{{snippet{i}}}\n\\define{{snippet{i}}}\n\n\\editme\n\n\\subsection{{Snippet {i}: a heading}}\n\n");
        text.Append("\\slides{* A bullet with $\\mathbf{y} = \\mathbf{W}\\mathbf{x}$\n* Another bullet}\n\n");
        text.Append("\\notes{");
        for (var p = 0; p < 6; p++)
        {
            text.Append("A paragraph of lecture notes that explains the idea in some detail, with a citation [@key] and inline math $\\alpha$.\n");
        }

        text.Append("}\n\n\\speakernotes{Remember to pause here.}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"\\figure{{\\includediagram{{\\diagramsDir/subject/figure-{i}}}{{60%}}}}{{The caption of figure {i}.}}{{figure-{i}}}\n\n");
        text.Append("\\newcommand{\\dataMatrix}{\\mathbf{Y}}\n\\newcommand{\\inner}[2]{\\langle #1, #2 \\rangle}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"\\columns{{* The left column of snippet {i}\n* with $\\dataMatrix$}}{{\\includepng{{\\diagramsDir/subject/column-{i}}}{{80%}}}}{{50%}}{{50%}}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"\\fragment{{And one more thing about snippet {i}.}}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"\\setupcode{{import numpy as np}}\n\n\\code{{x = np.linspace(0, 1, {i + 2})\ny = {{'snippet': {i}}}}}\n\n\\plotcode{{plot.snippet(x, directory=\"\\writeDiagramsDir/subject\")}}\n\n");
        if (i % 10 == 0)
        {
            text.Append("\\includeyoutube{dQw4w9WgXcQ}{800}{450}\n\n");
        }

        if (nested is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\\include{{{nested}}}\n\n");
        }

        text.Append("\\endif\n");
        return text.ToString();
    }

    private static string Talk(int t, IEnumerable<string> includes)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Synthetic Talk {t}\nauthor:\n- given: Ada\n  family: Lovelace\n  institute: Somewhere\ndate: 2021-01-{t % 28 + 1:00}\nvenue: Online\n---\n\n");
        text.Append("\\section{Introduction}\n\nOpening words.\n\n");
        foreach (var include in includes)
        {
            text.Append(CultureInfo.InvariantCulture, $"\\include{{{include}}}\n");
        }

        text.Append("\n\\thanks\n\n\\references\n");
        return text.ToString();
    }
}
