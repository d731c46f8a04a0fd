using Microsoft.CodeAnalysis.Testing;
using TalkDsl.Generators.CodeFixes;
using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.CodeFixes;

/// <summary>Each code fix turns the marked mistake into code the analyzer accepts.</summary>
public class CodeFixTests
{
    [Fact]
    public Task TALK013_make_partial_fixes_the_type_and_every_type_around_it() => Verify.CodeFixAsync<MakePartialCodeFixProvider>(
        [
            """
            using TalkDsl;
            public class Outer
            {
                public static class Intro
                {
                    [Talk]
                    public static Talk {|TALK013:Define|}() => Talk.Titled("A").Author(given: "Ada").Subsection("x").Markdown("y");
                }
            }
            """,
        ],
        [
            """
            using TalkDsl;
            public partial class Outer
            {
                public static partial class Intro
                {
                    [Talk]
                    public static Talk Define() => Talk.Titled("A").Author(given: "Ada").Subsection("x").Markdown("y");
                }
            }
            """,
        ]);

    [Fact]
    public Task TALK013_make_partial_keeps_a_type_without_modifiers_tidy() => Verify.CodeFixAsync<MakePartialCodeFixProvider>(
        """
        using TalkDsl;
        // The parts of the talk.
        static class Parts
        {
            [TalkPart]
            public static TalkPart {|TALK013:Lab|} => TalkPart.Create().Subsection("Lab").Markdown("x");
        }
        """,
        """
        using TalkDsl;
        // The parts of the talk.
        static partial class Parts
        {
            [TalkPart]
            public static TalkPart Lab => TalkPart.Create().Subsection("Lab").Markdown("x");
        }
        """);

    [Fact]
    public Task TALK013_other_problems_get_no_partial_fix() => Verify.CodeFixAsync<MakePartialCodeFixProvider>(
        """
        using TalkDsl;
        public partial class Intro
        {
            [Talk]
            public Talk {|TALK013:Define|}() => Talk.Titled("A").Author(given: "Ada").Subsection("x").Markdown("y");
        }
        """,
        """
        using TalkDsl;
        public partial class Intro
        {
            [Talk]
            public Talk {|TALK013:Define|}() => Talk.Titled("A").Author(given: "Ada").Subsection("x").Markdown("y");
        }
        """);

    [Fact]
    public Task TALK003_inserts_a_title_placeholder() => Verify.CodeFixAsync<InsertTitleCodeFixProvider>(
        """
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada")
                .{|TALK003:Section("")|}
                    .Markdown("Hello.")
                .{|TALK003:NewSlide(title: "  ")|}
                    .Markdown("Again.");
        }
        """,
        """
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada")
                .Section("Title")
                    .Markdown("Hello.")
                .NewSlide(title: "Title")
                    .Markdown("Again.");
        }
        """);

    [Fact]
    public Task TALK007_removes_the_duplicate_include_in_the_middle_and_at_the_end() => Verify.CodeFixAsync<RemoveDuplicateIncludeCodeFixProvider>(
        """
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada")
                .Include(P.Part)
                .{|TALK007:Include(P.Part)|}
                .Subsection("Between")
                    .Markdown("b")
                .{|TALK007:Include(P.Part)|};
        }
        public static partial class P
        {
            [TalkPart]
            public static TalkPart Part => TalkPart.Create().Subsection("Part").Markdown("a");
        }
        """,
        """
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada")
                .Include(P.Part)
                .Subsection("Between")
                    .Markdown("b");
        }
        public static partial class P
        {
            [TalkPart]
            public static TalkPart Part => TalkPart.Create().Subsection("Part").Markdown("a");
        }
        """);

    [Fact]
    public Task TALK007_reported_through_a_part_gets_no_fix_that_would_remove_the_wrong_include() => Verify.CodeFixAsync<RemoveDuplicateIncludeCodeFixProvider>(
        [Nested],
        [Nested]);

    private const string Nested = """
        using TalkDsl;
        public static partial class T
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Title")
                .Author(given: "Ada")
                .Include(P.Part)
                .{|TALK007:Include(P.Wrapper)|};
        }
        public static partial class P
        {
            [TalkPart]
            public static TalkPart Part => TalkPart.Create().Subsection("Part").Markdown("a");

            [TalkPart]
            public static TalkPart Wrapper => TalkPart.Create().Subsection("Wrapper").Markdown("w").Include(P.Part);
        }
        """;
}
