using TalkDsl.Generators.Tests.Infrastructure;

namespace TalkDsl.Generators.Tests.Smoke;

public class SmokeTests
{
    [Fact]
    public async Task Prints()
    {
        var c = TestCompilation.Create(""""
            using TalkDsl;
            namespace Demo;
            public static partial class Intro
            {
                [Talk]
                public static Talk Define() => Talk
                    .Titled("Hello")
                    .Author(given: "Ada", family: "Lovelace", url: "https://ada.org")
                    .Date(2020, 12, 4)
                    .Duration(System.TimeSpan.FromMinutes(10))
                    .Subsection("Welcome")
                        .Markdown("""
                            * one
                            * two
                            """)
                    .Section("")
                    .Include(Parts.Shared)
                    .Thanks();
            }
            public static partial class Parts
            {
                [TalkPart]
                public static TalkPart Shared => TalkPart.Create().Subsection("Shared bit").Notes("$x");
            }
            """");
        var (driver, output, diags) = GeneratorHarness.Run(c);
        foreach (var (name, text) in GeneratorHarness.Sources(driver)) Console.WriteLine("==== " + name + "\n" + text);
        Console.WriteLine(TestCompilation.Errors(output));
        foreach (var d in await AnalyzerHarness.RunAsync(c)) Console.WriteLine(d);
    }
}
