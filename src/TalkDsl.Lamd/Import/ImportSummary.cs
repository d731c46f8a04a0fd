using System.Collections.Immutable;
using System.Text;
using TalkDsl.Lamd.Mapping;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Import;

/// <summary>A talk that was imported: its lamd file, its C# class and its title.</summary>
public sealed record ImportedTalk(string Source, string ClassName, string Title);

/// <summary>A snippet that became a <c>[TalkPart]</c>: its lamd file and the C# expression naming it.</summary>
public sealed record ImportedPart(string Source, string Reference);

/// <summary>What an import did: what came across, what did not, and every finding.</summary>
public sealed record ImportSummary(
    ImmutableArray<ImportedTalk> Talks,
    ImmutableArray<ImportedPart> Parts,
    ImmutableArray<string> FailedFiles,
    ImmutableArray<ConstructUse> Uses,
    ImmutableArray<LamdDiagnostic> Diagnostics)
{
    /// <summary>Constructs that became typed calls (or comments, for text no output shows).</summary>
    public int MappedCount => Uses.Count(u => u.Outcome == ConstructOutcome.Mapped);

    /// <summary>Constructs kept as raw blocks or comments, each with its position.</summary>
    public IEnumerable<ConstructUse> NotMapped => Uses.Where(u => u.Outcome == ConstructOutcome.NotMapped);

    /// <summary>Includes whose snippet was not found or had an error.</summary>
    public IEnumerable<ConstructUse> MissingIncludes => Uses.Where(u => u.Outcome == ConstructOutcome.MissingInclude);

    public IEnumerable<LamdDiagnostic> Errors => Diagnostics.Where(d => d.Severity == LamdSeverity.Error);

    /// <summary>A file was not imported, or an error left something out (a call the build would refuse, LAMD022).</summary>
    public bool LeftOutAnything => !FailedFiles.IsEmpty || Errors.Any();

    /// <summary>The summary as Markdown: written beside the generated project as <c>import-report.md</c>.</summary>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.Append("# lamd import report\n\n");
        builder.Append($"- talks: {Talks.Length}\n- parts: {Parts.Length}\n- macros mapped: {MappedCount}\n");
        builder.Append($"- constructs not mapped: {NotMapped.Count()}\n- missing includes: {MissingIncludes.Count()}\n- files not imported: {FailedFiles.Length}\n");
        Section(builder, "Talks", Talks.Select(t => $"{t.Source} → `Talks.{t.ClassName}` ({t.Title})"));
        Section(builder, "Parts", Parts.Select(p => $"{p.Source} → `{p.Reference}`"));
        Section(builder, "Not imported", FailedFiles);
        Section(builder, "Constructs not mapped", NotMapped.Select(u => u.ToString()));
        Section(builder, "Missing includes", MissingIncludes.Select(u => u.ToString()));
        Section(builder, "Findings", Diagnostics.Select(d => d.ToString()));
        var counts = Uses.GroupBy(u => (u.Construct.StartsWith("front matter", StringComparison.Ordinal) ? "front matter" : u.Construct, u.Outcome))
            .OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Outcome)
            .Select(g => $"{g.Key.Item1}: {g.Count()} {Describe(g.Key.Outcome)}");
        Section(builder, "By construct", counts);
        return builder.ToString();
    }

    private static string Describe(ConstructOutcome outcome) => outcome switch
    {
        ConstructOutcome.Mapped => "mapped",
        ConstructOutcome.NotMapped => "not mapped",
        _ => "missing",
    };

    private static void Section(StringBuilder builder, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        builder.Append("\n## ").Append(title).Append("\n\n");
        foreach (var line in list)
        {
            builder.Append("- ").Append(line.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
        }
    }
}
