using TalkDsl.Model;

namespace TalkDsl.Tests.Model;

public class ModelEqualityTests
{
    private static TalkBody Sample() => Talk.Titled("t")
        .Author(given: "Neil D.", family: "Lawrence")
        .Date(2020, 12, 4)
        .Subsection("Welcome")
        .Markdown("* one")
        .SpeakerNotes("hello");

    [Fact]
    public void Two_builds_of_the_same_talk_are_equal_documents()
    {
        Assert.Equal(Sample().Build(), Sample().Build());
        Assert.Equal(Sample().Build().GetHashCode(), Sample().Build().GetHashCode());
    }

    [Fact]
    public void A_different_body_makes_a_different_document()
    {
        Assert.NotEqual(Sample().Build(), Sample().Slides("more").Build());
    }

    [Fact]
    public void A_different_author_makes_different_metadata()
    {
        var other = Talk.Titled("t").Author(given: "Jessica K.", family: "Montgomery").Date(2020, 12, 4).Subsection("Welcome").Markdown("* one").SpeakerNotes("hello");

        Assert.NotEqual(Sample().Build().Metadata, other.Build().Metadata);
    }

    [Fact]
    public void ValueList_compares_by_content()
    {
        ValueList<int> a = [1, 2, 3];
        ValueList<int> b = [1, 2, 3];

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.NotEqual(a, [1, 2]);
        Assert.Equal(default(ValueList<int>), ValueList<int>.Empty);
        Assert.Empty(default(ValueList<int>));
    }

    [Fact]
    public void The_model_exposes_no_builder_types()
    {
        var builderTypes = new[] { typeof(Talk), typeof(TalkHeader), typeof(TalkBody), typeof(TalkClosing), typeof(TalkEnd), typeof(TalkPart) };
        var modelTypes = typeof(TalkDocument).Assembly.GetExportedTypes().Where(t => t.Namespace == "TalkDsl.Model");

        foreach (var type in modelTypes)
        {
            var exposed = type.GetProperties().Select(p => p.PropertyType)
                .Concat(type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType));
            Assert.DoesNotContain(exposed, builderTypes.Contains);
        }
    }
}
