using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Generators.Analyzers;

/// <summary>The project's <c>.bib</c> files (<see cref="ProjectTextFiles{T}"/>), and TALK019 on the lines of those that do not read.</summary>
internal sealed class ProjectBibliographies(ImmutableArray<AdditionalText> files)
{
    private readonly ProjectTextFiles<BibFile> _files = new(files, ".bib", BibTexReader.Read);

    /// <summary>The file at <paramref name="fullPath"/> ('/' separated), read; null when the project has no such <c>.bib</c>.</summary>
    public BibFile? Find(string fullPath, CancellationToken cancellationToken) => _files.Find(fullPath, cancellationToken);

    /// <summary>TALK019 for each problem of one <c>.bib</c> file, at its line: once per file, whichever talks name it.</summary>
    public void Report(AdditionalFileAnalysisContext context)
    {
        if (!_files.IsOne(context.AdditionalFile) || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var file = _files.Parse(context.AdditionalFile, context.CancellationToken);
        var name = System.IO.Path.GetFileName(context.AdditionalFile.Path);
        foreach (var problem in file.Problems)
        {
            var violation = ReferenceRules.FileProblem(name, context.AdditionalFile.Path, problem);
            var line = text.Lines[Math.Min(problem.Line - 1, text.Lines.Count - 1)];
            var location = Location.Create(context.AdditionalFile.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BadBibliography, location, violation.Args));
        }
    }
}
