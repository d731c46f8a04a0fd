using System.Reflection;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TalkDsl.Tests.Example;

/// <summary>The README and the guide stay true: the two commands come first, and their code compiles and does what they say.</summary>
public sealed partial class DocumentationTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    [Fact]
    public void Starts_with_the_two_commands()
    {
        var fences = FencePattern().Matches(Readme);

        Assert.Equal("bash", fences[0].Groups["lang"].Value);
        Assert.Equal("dotnet run --project examples/AccelerateSpark", fences[0].Groups["code"].Value.Trim());
        Assert.Equal("bash", fences[1].Groups["lang"].Value);
        Assert.Equal("bash tests/run", fences[1].Groups["code"].Value.Trim());
        Assert.DoesNotContain("```", Readme[..fences[0].Index], StringComparison.Ordinal);
    }

    [Fact]
    public void Ci_runs_the_readme_commands_verbatim()
    {
        var ci = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run"));

        Assert.Contains("\ndotnet run --project examples/AccelerateSpark\n", ci, StringComparison.Ordinal);
        Assert.Contains("\nbash tests/run\n", ci, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tour_compiles_and_its_test_passes()
    {
        var tour = Compile("README.md", OutputKind.ConsoleApplication, expectedBlocks: 3);

        // Run the README's test as the test runner would (the render block writes files, so it only compiles).
        var tests = tour.GetType("WelcomeTests")!;
        var test = tests.GetMethod("Is_valid_in_order_and_keeps_speaker_notes_out_of_the_notes")!;
        Assert.NotNull(test.GetCustomAttribute<FactAttribute>());
        try
        {
            test.Invoke(Activator.CreateInstance(tests), null);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    [Fact]
    public void The_guide_compiles_and_its_talk_reports_only_the_repeated_include()
    {
        var guide = Compile(Path.Combine("docs", "guide.md"), OutputKind.DynamicallyLinkedLibrary, expectedBlocks: 4);

        var lecture = (Talk)guide.GetType("Optics")!.GetProperty("Lecture")!.GetValue(null)!;

        Assert.Equal(["TALK007"], lecture.Validate().Select(d => d.Id));
        Assert.Equal(["Optics", "Refraction", "Thanks!"], lecture.Outline().Headings.Select(h => h.Title));
    }

    [Fact]
    public void The_guides_talk_of_every_call_is_valid_and_uses_every_call_of_the_chain()
    {
        var guide = Compile(Path.Combine("docs", "guide.md"), OutputKind.DynamicallyLinkedLibrary, expectedBlocks: 4);
        var source = FencePattern().Matches(Guide).Select(m => m.Groups["code"].Value).Single(code => code.Contains("class EveryCall", StringComparison.Ordinal));

        var lecture = (Talk)guide.GetType("EveryCall")!.GetProperty("Lecture")!.GetValue(null)!;

        Assert.Empty(lecture.Validate());
        Assert.Equal("black", lecture.Build().Metadata.Theme);
        // Bibliography(...) and NotationFile(...) name a file beside the C# file, which a guide's code block has not: the guide's
        // Citations section and the table of calls show them.
        Assert.All(ChainCalls().Where(name => name is not "Bibliography" and not "NotationFile"), name =>
            Assert.True(source.Contains("." + name + "(", StringComparison.Ordinal), $"the guide's EveryCall talk does not call {name}"));
    }

    [Fact]
    public void The_guide_describes_every_authoring_call()
    {
        var reference = Guide[Guide.IndexOf("## Every authoring call", StringComparison.Ordinal)..Guide.IndexOf("## What the slides show", StringComparison.Ordinal)];

        Assert.All(ChainCalls().Concat(["Talk.Titled", "Talk.Author", "TalkPart.Create", "Media.Image", "Media.YouTube", "Media.Markdown"]), name =>
            Assert.True(reference.Contains("| `" + name + "(", StringComparison.Ordinal) || reference.Contains("| `" + name + "`", StringComparison.Ordinal) || reference.Contains(name + "(", StringComparison.Ordinal), $"the guide's reference does not describe {name}"));
    }

    private static string Guide => File.ReadAllText(Path.Combine(Repository.Root, "docs", "guide.md"));

    /// <summary>The name of every call of the chain: the public methods of the header, body, closing and part stages.</summary>
    private static IEnumerable<string> ChainCalls() =>
        new[] { typeof(TalkHeader), typeof(TalkBody), typeof(TalkClosing), typeof(TalkPart) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object) && m.Name is not (nameof(Equals) or nameof(GetHashCode) or nameof(ToString)))
            .Select(m => m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// <summary>Compiles the C# blocks of a Markdown page of the repository, together, and loads the result.</summary>
    private static Assembly Compile(string page, OutputKind kind, int expectedBlocks)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, page));
        var blocks = FencePattern().Matches(text)
            .Where(m => m.Groups["lang"].Value == "csharp")
            .Select(m => CSharpSyntaxTree.ParseText(m.Groups["code"].Value, new CSharpParseOptions(LanguageVersion.Latest)))
            .ToList();
        Assert.Equal(expectedBlocks, blocks.Count);

        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(page) + "Code",
            [.. blocks, CSharpSyntaxTree.ParseText("global using System; global using System.Linq; global using System.Collections.Generic;")],
            [
                .. Net100.References.All,
                MetadataReference.CreateFromFile(typeof(Talk).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location),
            ],
            new CSharpCompilationOptions(kind));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, page + ": " + string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }


    [GeneratedRegex("^```(?<lang>[a-z]*)\\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();
}
