using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Generators.Analyzers;

/// <summary>
/// The project's <c>.bib</c> files, given to the compiler as <c>AdditionalFiles</c> (TalkDsl.props adds every
/// <c>**/*.bib</c>), by full path. Each file is read once per version: the IDE hands the same
/// <see cref="AdditionalText"/> to each new compilation while the file is unchanged, so an edit elsewhere
/// does not read a 5,000-entry bibliography again.
/// </summary>
internal sealed class ProjectBibliographies
{
    private static readonly ConditionalWeakTable<AdditionalText, BibFile> Read = new();

    private readonly Dictionary<string, AdditionalText> _byPath = new(StringComparer.OrdinalIgnoreCase);

    public ProjectBibliographies(ImmutableArray<AdditionalText> files)
    {
        foreach (var file in files)
        {
            if (IsBibliography(file))
            {
                _byPath[BibliographyPaths.Normalize(file.Path)] = file;
            }
        }
    }

    /// <summary>The file at <paramref name="fullPath"/> ('/' separated), read; null when the project has no such <c>.bib</c>.</summary>
    public BibFile? Find(string fullPath, CancellationToken cancellationToken) =>
        _byPath.TryGetValue(fullPath, out var file) ? ReadFile(file, cancellationToken) : null;

    /// <summary>TALK019 for each problem of one <c>.bib</c> file, at its line: once per file, whichever talks name it.</summary>
    public void Report(AdditionalFileAnalysisContext context)
    {
        if (!IsBibliography(context.AdditionalFile) || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var file = ReadFile(context.AdditionalFile, context.CancellationToken);
        var name = System.IO.Path.GetFileName(context.AdditionalFile.Path);
        foreach (var problem in file.Problems)
        {
            var violation = ReferenceRules.FileProblem(name, context.AdditionalFile.Path, problem);
            var line = text.Lines[Math.Min(problem.Line - 1, text.Lines.Count - 1)];
            var location = Location.Create(context.AdditionalFile.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BadBibliography, location, violation.Args));
        }
    }

    private static bool IsBibliography(AdditionalText file) => file.Path.EndsWith(".bib", StringComparison.OrdinalIgnoreCase);

    private static BibFile ReadFile(AdditionalText file, CancellationToken cancellationToken) =>
        Read.GetValue(file, f => BibTexReader.Read(f.GetText(cancellationToken)?.ToString() ?? string.Empty));
}
