using System.Globalization;
using TalkDsl.Lamd.Reading;
using TalkDsl.Rules;
using YamlDotNet.RepresentationModel;

namespace TalkDsl.Lamd.Mapping;

/// <summary>
/// lamd's front matter → the header of the chain: <c>Titled</c>, <c>Subtitle</c>, <c>Author</c>, <c>Date</c>,
/// <c>Venue</c>, <c>Abstract</c>, <c>Transition</c>, <c>Stylesheet</c> (<c>talkcss</c>), <c>Paper</c>. Keys TalkDsl has no call for are listed
/// in a comment and counted; values that would throw at run time (an unknown transition, a margin that is
/// not a length) are left out with a warning.
/// </summary>
internal static class FrontMatterMapper
{
    private static readonly string[] AuthorFields = ["given", "family", "institute", "url", "twitter", "gscholar", "orcid"];
    /// <summary>The keys a talk's header takes; any other key of a folder's <c>_lamd.yml</c> is a setting of the folder (see <see cref="FolderSettings"/>).</summary>
    public static readonly HashSet<string> Mapped = new(StringComparer.Ordinal)
    {
        "title", "subtitle", "author", "date", "venue", "abstract", "transition", "geometry", "papersize", "talkcss",
        "bibliography", "bibdir", // BibliographyMapper
    };

    /// <summary>The chain's first expression (<c>global::TalkDsl.Talk.Titled(…)</c>) and the header steps after it.</summary>
    public static (string Start, List<ChainStep> Steps) Map(LamdFrontMatter frontMatter, string fallbackTitle, SourcePosition talkPosition, ICollection<LamdDiagnostic> diagnostics)
    {
        var steps = new List<ChainStep>();

        // lamd names a talk's pages after its file (the published URL), not its title: two talks with one
        // title then keep apart, and links to the pages keep working.
        var fileName = Path.GetFileNameWithoutExtension(talkPosition.File);
        if (ValueChecks.FileName(fileName) is null)
        {
            steps.Add(new ChainStep([], $".FileName({CSharpLiteral.String(fileName)})", StepRole.Header, []));
        }
        else
        {
            steps.Add(ChainStep.Comment([$"lamd names this talk's pages '{fileName}', which is not a file name TalkDsl takes (letters, digits, '-', '_', '.'): they are named after the title."]));
        }

        string start;
        if (Scalar(frontMatter["title"]) is { Length: > 0 } title)
        {
            start = $"global::TalkDsl.Talk.Titled({CSharpLiteral.String(title)})";
        }
        else
        {
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.FrontMatterValue, talkPosition,
                $"the talk has no 'title:' in its front matter: it is imported with the title \"{fallbackTitle}\"; add a title"));
            start = $"global::TalkDsl.Talk.Titled({CSharpLiteral.String(fallbackTitle)})";
            steps.Add(ChainStep.Comment([$"lamd front matter has no title: \"{fallbackTitle}\" comes from the file name."]));
        }

        if (Scalar(frontMatter["subtitle"]) is { Length: > 0 } subtitle)
        {
            steps.Add(Header($".Subtitle({CSharpLiteral.String(subtitle)})", frontMatter["subtitle"]!));
        }

        if (frontMatter["author"] is { } authors)
        {
            steps.AddRange(MapAuthors(authors, diagnostics));
        }

        if (frontMatter["date"] is { } date)
        {
            if (ParseDate(Scalar(date)) is { } d)
            {
                steps.Add(Header($".Date({d.Year}, {d.Month}, {d.Day})", date));
            }
            else
            {
                steps.Add(Problem(date, $"the date '{Scalar(date)}' is not a date (write e.g. 2020-12-04)", diagnostics));
            }
        }

        else
        {
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.FrontMatterValue, talkPosition,
                "the talk has no 'date:' in its front matter: its slides and notes render, and its Jekyll post (named after the date) is skipped; add .Date(year, month, day) to the C# (or date: to the lamd file and import again) for a post"));
        }

        if (Scalar(frontMatter["venue"]) is { Length: > 0 } venue)
        {
            steps.Add(Header($".Venue({CSharpLiteral.String(venue)})", frontMatter["venue"]!));
        }

        if (Scalar(frontMatter["abstract"]) is { Length: > 0 } summary)
        {
            steps.Add(Header($".Abstract({CSharpLiteral.Raw(CSharpLiteral.Block(summary), BodyMapper.ContentIndent)})", frontMatter["abstract"]!));
        }

        if (frontMatter["transition"] is { } transition)
        {
            var name = Scalar(transition) ?? string.Empty;
            var value = Enum.GetNames<Transition>().FirstOrDefault(n => n.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
            steps.Add(value is null
                ? Problem(transition, $"the transition '{name}' is not one of {string.Join(", ", Enum.GetNames<Transition>())}", diagnostics)
                : Header($".Transition(Transition.{value})", transition));
        }

        if (Scalar(frontMatter["talkcss"]) is { } css && !string.IsNullOrWhiteSpace(css))
        {
            steps.Add(Header($".Stylesheet({CSharpLiteral.String(css.Trim())})", frontMatter["talkcss"]!));
        }

        if (MapPaper(frontMatter, diagnostics) is { } paper)
        {
            steps.Add(paper);
        }

        // A folder's _lamd.yml is one set of settings for all its talks: reported once (FolderSettings), not per talk.
        var unmapped = frontMatter.Entries.Where(e => !Mapped.Contains(e.Key) && !FolderSettings.IsFolderFile(e.Position.File)).ToList();
        if (unmapped.Count > 0)
        {
            steps.Add(ChainStep.Comment(
                new[] { "lamd front matter TalkDsl has no call for:" }
                    .Concat(unmapped.Select(e => $"  {e.Key}: {CSharpLiteral.OneLine(Describe(e.Value))} ({e.Position})")),
                [.. unmapped.Select(e => new ConstructUse($"front matter '{e.Key}'", e.Position, ConstructOutcome.NotMapped, "no TalkDsl call for this key"))]));
        }

        return (start, steps);
    }

    private static IEnumerable<ChainStep> MapAuthors(LamdFrontMatterEntry entry, ICollection<LamdDiagnostic> diagnostics)
    {
        IReadOnlyList<YamlNode> authors = entry.Value is YamlSequenceNode sequence ? sequence.Children.ToList() : [entry.Value];
        foreach (var author in authors)
        {
            var position = entry.Position with { Line = entry.Position.Line + (int)(author.Start.Line - entry.Value.Start.Line), Column = (int)author.Start.Column };
            var fields = author switch
            {
                YamlMappingNode mapping => mapping.Children
                    .Where(kv => kv.Key is YamlScalarNode)
                    .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? string.Empty, kv => Text(kv.Value), StringComparer.Ordinal),
                YamlScalarNode { Value: { } name } => new Dictionary<string, string?>(StringComparer.Ordinal) { ["given"] = name },
                _ => [],
            };
            var given = fields.GetValueOrDefault("given")?.Trim();
            var family = fields.GetValueOrDefault("family")?.Trim();
            if (string.IsNullOrWhiteSpace(given) && string.IsNullOrWhiteSpace(family))
            {
                diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.FrontMatterValue, position,
                    "an author without 'given' or 'family' name is left out: add the name"));
                yield return ChainStep.Comment([$"lamd author at {position} has no name: left out."],
                    new ConstructUse("front matter 'author'", position, ConstructOutcome.NotMapped, "an author without a name"));
                continue;
            }

            var arguments = AuthorFields
                .Select(f => (Field: f, Value: fields.GetValueOrDefault(f)?.Trim()))
                .Where(x => !string.IsNullOrEmpty(x.Value))
                .Select(x => $"{x.Field}: {CSharpLiteral.String(x.Value!)}");
            var extra = fields.Keys.Where(k => !AuthorFields.Contains(k)).ToList();
            yield return new ChainStep(
                extra.Count == 0 ? [] : [$"lamd author fields TalkDsl has no parameter for: {string.Join(", ", extra.Select(k => $"{k}: {fields[k]}"))}"],
                $".Author({string.Join(", ", arguments)})",
                StepRole.Header,
                [new ConstructUse("front matter 'author'", position, ConstructOutcome.Mapped, "Author(…)")]);
        }
    }

    private static ChainStep? MapPaper(LamdFrontMatter frontMatter, ICollection<LamdDiagnostic> diagnostics)
    {
        var geometry = frontMatter["geometry"];
        var papersize = frontMatter["papersize"];
        if (geometry is null && papersize is null)
        {
            return null;
        }

        var items = geometry?.Value switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(Text).OfType<string>().SelectMany(s => s.Split(',')).ToList(),
            YamlScalarNode scalar => (scalar.Value ?? string.Empty).Split(',').ToList(),
            _ => [],
        };
        items = [.. items.Select(i => i.Trim()).Where(i => i.Length > 0)];
        var margin = items.FirstOrDefault(i => i.StartsWith("margin=", StringComparison.Ordinal))?["margin=".Length..].Trim();
        var sizeName = Scalar(papersize) ?? items.FirstOrDefault(i => i.EndsWith("paper", StringComparison.OrdinalIgnoreCase));
        var position = (papersize ?? geometry)!;
        var size = sizeName is null ? null : PaperSizeOf(sizeName);
        if (size is null)
        {
            return Problem(position, $"the paper size '{sizeName ?? "(none)"}' is not one of {string.Join(", ", Enum.GetNames<PaperSize>().Select(n => n.ToLowerInvariant() + "paper"))}", diagnostics);
        }

        if (margin is not null && !Lengths.IsValid(margin))
        {
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.FrontMatterValue, geometry!.Position,
                $"the margin '{margin}' is not a length TalkDsl knows (a number and cm, mm, in or pt): the default of 2cm is used; change it in the C#"));
            margin = null;
        }

        return Header(margin is null ? $".Paper(PaperSize.{size})" : $".Paper(PaperSize.{size}, margin: {CSharpLiteral.String(margin)})", position);
    }

    private static string? PaperSizeOf(string name)
    {
        var bare = name.Trim();
        if (bare.EndsWith("paper", StringComparison.OrdinalIgnoreCase))
        {
            bare = bare[..^"paper".Length];
        }

        return Enum.GetNames<PaperSize>().FirstOrDefault(n => n.Equals(bare, StringComparison.OrdinalIgnoreCase));
    }

    private static DateOnly? ParseDate(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        var datePart = value.Length >= 10 ? value[..10] : value;
        return DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static ChainStep Header(string call, LamdFrontMatterEntry entry) =>
        new([], call, StepRole.Header, [new ConstructUse($"front matter '{entry.Key}'", entry.Position, ConstructOutcome.Mapped, call)]);

    private static ChainStep Problem(LamdFrontMatterEntry entry, string problem, ICollection<LamdDiagnostic> diagnostics)
    {
        diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.FrontMatterValue, entry.Position, $"{problem}: it is left out; set it in the C#"));
        return ChainStep.Comment([$"lamd front matter {entry.Key} at {entry.Position} — {problem}: left out."],
            new ConstructUse($"front matter '{entry.Key}'", entry.Position, ConstructOutcome.NotMapped, problem));
    }

    private static string? Scalar(LamdFrontMatterEntry? entry) => entry is null ? null : Text(entry.Value);

    private static string? Text(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : null;

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(Describe)) + "]",
        YamlMappingNode mapping => "{" + string.Join(", ", mapping.Children.Select(kv => Describe(kv.Key) + ": " + Describe(kv.Value))) + "}",
        _ => node.ToString(),
    };
}
