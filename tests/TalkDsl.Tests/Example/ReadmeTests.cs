using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TalkDsl.Tests.Example;

/// <summary>The README stays true: its two commands come first, and its tour compiles and its test passes.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

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
        var ci = File.ReadAllText(Path.Combine(RepositoryRoot(), ".ci", "run"));

        Assert.Contains("\ndotnet run --project examples/AccelerateSpark\n", ci, StringComparison.Ordinal);
        Assert.Contains("\nbash tests/run\n", ci, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tour_compiles_and_its_test_passes()
    {
        var blocks = FencePattern().Matches(Readme)
            .Where(m => m.Groups["lang"].Value == "csharp")
            .Select(m => CSharpSyntaxTree.ParseText(m.Groups["code"].Value, new CSharpParseOptions(LanguageVersion.Latest)))
            .Append(CSharpSyntaxTree.ParseText("global using System; global using System.Linq; global using System.Collections.Generic;"))
            .ToList();
        Assert.Equal(4, blocks.Count);

        var compilation = CSharpCompilation.Create(
            "ReadmeTour",
            blocks,
            [
                .. Net100.References.All,
                MetadataReference.CreateFromFile(typeof(Talk).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Assert).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location),
            ],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        // Run the README's test as the test runner would (the render block writes files, so it only compiles).
        var tests = Assembly.Load(image.ToArray()).GetType("WelcomeTests")!;
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

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    [GeneratedRegex("^```(?<lang>[a-z]*)\\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();
}
