using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TalkDsl.Generators.Analyzers;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Diagnostics;

/// <summary>
/// The descriptors the analyzer reports with are the shared catalog's (the ids, titles, messages and
/// severities <c>Validate()</c> uses), each documented and tracked for release.
/// </summary>
public partial class DescriptorTests
{
    public static TheoryData<string> Ids => new(new TalkAnalyzer().SupportedDiagnostics.Select(d => d.Id));

    [Fact]
    public void The_analyzer_supports_TALK001_to_TALK017_and_019_to_022_in_order()
    {
        // TALK018 is measured in a browser (talk check --layout), never at compile time.
        Assert.Equal(
            Enumerable.Range(1, 17).Select(n => $"TALK{n:000}").Concat(["TALK019", "TALK020", "TALK021", "TALK022"]),
            new TalkAnalyzer().SupportedDiagnostics.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_descriptor_matches_the_run_time_catalog(string id)
    {
        var descriptor = new TalkAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
        var rule = RuntimeCatalog().Single(r => (string)r.GetType().GetProperty("Id")!.GetValue(r)! == id);
        string Read(string property) => rule.GetType().GetProperty(property)!.GetValue(rule)!.ToString()!;

        Assert.Equal(Read("Title"), descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Read("MessageFormat"), descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Read("Severity"), descriptor.DefaultSeverity.ToString());
        Assert.Equal(Read("HelpLink"), descriptor.HelpLinkUri);
        Assert.EndsWith($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Equal("TalkDsl", descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_diagnostic_has_a_page_with_a_wrong_and_a_fixed_example(string id)
    {
        var page = File.ReadAllText(Repository.PathTo("docs", "diagnostics", id + ".md"));
        var descriptor = new TalkAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);

        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        var wrong = page.IndexOf("\n## Wrong", StringComparison.Ordinal);
        var @fixed = page.IndexOf("\n## Fixed", StringComparison.Ordinal);
        Assert.True(wrong > 0 && @fixed > wrong, $"{id}.md needs a '## Wrong' section followed by a '## Fixed' section");
        Assert.Contains("```csharp", page[wrong..@fixed], StringComparison.Ordinal);
        Assert.Contains("```csharp", page[@fixed..], StringComparison.Ordinal);
    }

    [Fact]
    public void Release_tracking_lists_every_rule_with_its_category_and_severity()
    {
        var unshipped = File.ReadAllText(Repository.PathTo("generators", "TalkDsl.Generators", "AnalyzerReleases.Unshipped.md"));
        var rows = RuleRow().Matches(unshipped).ToDictionary(m => m.Groups["id"].Value, m => (m.Groups["category"].Value, m.Groups["severity"].Value));

        Assert.Equal(
            new TalkAnalyzer().SupportedDiagnostics.Select(d => (d.Id, (d.Category, d.DefaultSeverity.ToString()))),
            rows.Select(r => (r.Key, r.Value)));
    }

    [Fact]
    public void The_diagnostics_index_links_every_page()
    {
        var index = File.ReadAllText(Repository.PathTo("docs", "diagnostics", "README.md"));

        Assert.All(new TalkAnalyzer().SupportedDiagnostics, d =>
            Assert.Contains($"| [{d.Id}]({d.Id}.md) | {d.DefaultSeverity} | {d.Title} |", index, StringComparison.Ordinal));
    }

    /// <summary>The run-time copy of the shared catalog (internal in TalkDsl), read by reflection so the comparison spans both compilations.</summary>
    private static IEnumerable<object> RuntimeCatalog()
    {
        var catalog = typeof(Talk).Assembly.GetType("TalkDsl.Rules.RuleCatalog", throwOnError: true)!;
        return (IEnumerable<object>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    [GeneratedRegex(@"^(?<id>TALK\d{3}) \| (?<category>\w+) \| (?<severity>\w+) \|", RegexOptions.Multiline)]
    private static partial Regex RuleRow();
}
