using TalkDsl.Rules;

namespace TalkDsl.Tests.Rules;

// The shared rule code is also compiled into the generator; these tests pin what both sides rely on.
public class SharedRuleTests
{
    [Fact]
    public void Expander_marks_a_cycle_and_stops()
    {
        var parts = new Dictionary<string, IReadOnlyList<RuleItem>>
        {
            ["a"] = [RuleItem.Heading(HeadingLevel.Subsection, "A", null), RuleItem.Include("b", "B", "a->b")],
            ["b"] = [RuleItem.Include("a", "A", "b->a")],
        };

        var items = PartExpander.Expand([RuleItem.Include("a", "A", "talk->a")], key => parts.GetValueOrDefault(key));

        var cycle = Assert.Single(items, i => i.IncludeState == IncludeState.Cycle);
        Assert.Equal("b->a", cycle.Tag);
        Assert.Equal("a -> b -> a", cycle.CyclePath);

        var talk = new RuleTalk(items) { Title = "t" };
        talk.Authors.Add(new RuleAuthor(null, null, null));
        var violation = Assert.Single(TalkRules.Check(talk, RuleSettings.Default), v => v.Descriptor.Id == "TALK006");
        Assert.Contains("a -> b -> a", violation.Message);
    }

    [Fact]
    public void Expander_marks_unknown_parts_unresolved()
    {
        var items = PartExpander.Expand([RuleItem.Include("missing", "Missing", null)], _ => null);

        Assert.Equal(IncludeState.Unresolved, Assert.Single(items).IncludeState);
    }

    [Fact]
    public void Dynamic_content_is_reported_once_as_TALK012()
    {
        var talk = new RuleTalk([RuleItem.Heading(HeadingLevel.Subsection, "s", null), RuleItem.Content(ContentTarget.Both, null, "first"), RuleItem.Content(ContentTarget.Notes, null, "second")])
        {
            Title = "t",
        };
        talk.Authors.Add(new RuleAuthor(null, null, null));

        var violation = Assert.Single(TalkRules.Check(talk, RuleSettings.Default));

        Assert.Equal("TALK012", violation.Descriptor.Id);
        Assert.Equal("first", violation.Tag);
        Assert.Equal(RuleSeverity.Info, violation.Descriptor.Severity);
    }

    [Fact]
    public void A_dynamic_title_is_not_a_missing_title()
    {
        var talk = new RuleTalk([]) { TitleIsDynamic = true };
        talk.Authors.Add(new RuleAuthor(null, null, null));

        Assert.Empty(TalkRules.Check(talk, RuleSettings.Default));
    }

    [Fact]
    public void Settings_change_the_limits()
    {
        var talk = new RuleTalk([RuleItem.Heading(HeadingLevel.Subsection, "s", null), RuleItem.Content(ContentTarget.Both, "* a\n* b\n* c", null)]) { Title = "t" };
        talk.Authors.Add(new RuleAuthor(null, null, null));

        Assert.Empty(TalkRules.Check(talk, RuleSettings.Default));
        Assert.Equal("TALK008", Assert.Single(TalkRules.Check(talk, new RuleSettings { MaxSlideBullets = 2 })).Descriptor.Id);
        Assert.Equal("TALK008", Assert.Single(TalkRules.Check(talk, new RuleSettings { MaxSlideLines = 2 })).Descriptor.Id);
    }

    [Fact]
    public void Every_rule_id_is_unique_and_documented_in_order()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();

        Assert.Equal(Enumerable.Range(1, 22).Select(i => $"TALK{i:000}"), ids);
        Assert.All(RuleCatalog.All, r => Assert.EndsWith($"docs/diagnostics/{r.Id}.md", r.HelpLink));
    }

    [Theory]
    [InlineData("  * a\n    * b\n", "* a\n  * b")]
    [InlineData("\tx\n\ty", "x\ny")]
    [InlineData("a\r\nb\r\n", "a\nb")]
    [InlineData("   \n\n", "")]
    [InlineData("no indent\n  indented", "no indent\n  indented")]
    [InlineData("  trailing \t\n  gone  ", "trailing\ngone")]
    // Two or more trailing spaces are a Markdown hard break: kept, as exactly two.
    [InlineData("    Roses are red,  \n    violets blue", "Roses are red,  \nviolets blue")]
    [InlineData("a     \nb", "a  \nb")]
    [InlineData("a \t  \nb", "a  \nb")]
    [InlineData("a  \t\nb", "a\nb")]
    [InlineData("a  \n\nb", "a  \n\nb")]
    public void Normalize_removes_common_indentation_and_trailing_space_but_keeps_hard_breaks(string input, string expected)
    {
        Assert.Equal(expected, MarkdownText.Normalize(input));
        Assert.Equal(expected, MarkdownText.Normalize(MarkdownText.Normalize(input)));
    }

    [Theory]
    [InlineData("one two  three", 3)]
    [InlineData("* a bullet -- and a dash", 5)]
    [InlineData("", 0)]
    [InlineData("Thanks, everyone, for coming to today’s session.", 7)]
    public void Words_are_counted(string text, int words)
    {
        Assert.Equal(words, MarkdownText.CountWords(text));
    }

    [Theory]
    [InlineData("* a\n* b\n  - c\n1. d\n10) e\n*not a bullet*\n-1 neither", 5)]
    public void Bullets_are_counted_at_any_depth(string markdown, int bullets)
    {
        Assert.Equal(bullets, MarkdownText.CountBullets(markdown));
    }
}
