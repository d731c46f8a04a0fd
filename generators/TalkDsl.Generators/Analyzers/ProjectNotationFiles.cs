using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using TalkDsl.Rules;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Generators.Analyzers;

/// <summary>
/// The project's <c>.tex</c> notation files, given to the compiler as <c>AdditionalFiles</c> (TalkDsl.props adds
/// every <c>**/*.tex</c>), by full path; each read once per version, as <see cref="ProjectBibliographies"/> reads
/// the <c>.bib</c> files. A talk's <c>NotationFile(...)</c> is checked against them (TALK022).
/// </summary>
internal sealed class ProjectNotationFiles
{
    private static readonly ConditionalWeakTable<AdditionalText, NotationFileContent> Read = new();

    private readonly Dictionary<string, AdditionalText> _byPath = new(StringComparer.OrdinalIgnoreCase);

    public ProjectNotationFiles(ImmutableArray<AdditionalText> files)
    {
        foreach (var file in files)
        {
            if (file.Path.EndsWith(".tex", StringComparison.OrdinalIgnoreCase))
            {
                _byPath[BibliographyPaths.Normalize(file.Path)] = file;
            }
        }
    }

    /// <summary>The file at <paramref name="fullPath"/> ('/' separated), read; null when the project has no such file.</summary>
    public NotationFileContent? Find(string fullPath, CancellationToken cancellationToken) =>
        _byPath.TryGetValue(fullPath, out var file)
            ? Read.GetValue(file, f => NotationFileReader.Read(f.GetText(cancellationToken)?.ToString() ?? string.Empty))
            : null;
}
