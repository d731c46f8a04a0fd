using TalkDsl.Generators.Tests.Infrastructure;
using TalkDsl.Output;

namespace TalkDsl.Generators.Tests.Generation;

/// <summary>
/// A precompiled talk renders from constants, but <see cref="TalkOutputOptions.MediaFolder"/> still finds its
/// images, and names the line of the call in the talk's own source when one is missing.
/// </summary>
public sealed class GeneratedTalkMediaTests : IDisposable
{
    private const string Source = """
        using TalkDsl;
        public static partial class Pictures
        {
            [Talk]
            public static Talk Define() => Talk
                .Titled("Pictures")
                .Author(given: "Ada")
                .Date(2024, 1, 9)
                .Subsection("One")
                    .Image("diagrams/one.png")
                    .Markdown("![two](diagrams/two.png)");
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("talkdsl-media-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_images_of_a_precompiled_talk_are_copied_and_a_missing_one_is_named_by_its_line()
    {
        var (_, output, _) = GeneratorHarness.Run(TestCompilation.Create(Source));
        var talk = Assert.Single(LoadedAssembly.Emit(output).Catalog("TalkTests"));
        Assert.True(talk.IsPrecompiled);
        var media = Path.Combine(_root, "media");
        Directory.CreateDirectory(Path.Combine(media, "diagrams"));
        File.WriteAllText(Path.Combine(media, "diagrams", "one.png"), "one");
        var options = new TalkOutputOptions(Path.Combine(_root, "out")) { MediaFolder = media };

        var error = Assert.Throws<TalkOutputException>(() => TalkOutput.Write([talk], options));
        Assert.Contains("  /src/File0.cs(11): the image 'diagrams/two.png' is not in the media folder", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("one.png", error.Message, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(media, "diagrams", "two.png"), "two");
        var written = TalkOutput.Write([talk], options);

        Assert.Equal(["diagrams/one.png", "diagrams/two.png"], written.Skip(3).Take(2).Select(p => Path.GetRelativePath(options.OutputDirectory, p)));
        Assert.Equal("two", File.ReadAllText(written[4]));
    }
}
