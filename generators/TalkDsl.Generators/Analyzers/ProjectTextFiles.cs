using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Generators.Analyzers;

/// <summary>
/// The project's files of one kind given to the compiler as <c>AdditionalFiles</c> (TalkDsl.props adds every
/// <c>**/*.bib</c> and <c>**/*.tex</c>), by full path, each parsed once per version: the IDE hands the same
/// <see cref="AdditionalText"/> to each new compilation while the file is unchanged, so an edit elsewhere does
/// not read a 5,000-entry bibliography again.
/// </summary>
internal sealed class ProjectTextFiles<T>
    where T : class
{
    private static readonly ConditionalWeakTable<AdditionalText, T> Parsed = new();

    private readonly Dictionary<string, AdditionalText> _byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _extension;
    private readonly Func<string, T> _parse;

    /// <param name="extension">The files' extension, with its dot, e.g. <c>.bib</c>.</param>
    /// <param name="parse">Reads a file's text.</param>
    public ProjectTextFiles(ImmutableArray<AdditionalText> files, string extension, Func<string, T> parse)
    {
        _extension = extension;
        _parse = parse;
        foreach (var file in files)
        {
            if (IsOne(file))
            {
                _byPath[BibliographyPaths.Normalize(file.Path)] = file;
            }
        }
    }

    /// <summary>Whether <paramref name="file"/> is of this kind.</summary>
    public bool IsOne(AdditionalText file) => file.Path.EndsWith(_extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file at <paramref name="fullPath"/> ('/' separated), parsed; null when the project has no such file.</summary>
    public T? Find(string fullPath, CancellationToken cancellationToken) =>
        _byPath.TryGetValue(fullPath, out var file) ? Parse(file, cancellationToken) : null;

    /// <summary><paramref name="file"/>, parsed (once per version).</summary>
    public T Parse(AdditionalText file, CancellationToken cancellationToken) =>
        Parsed.GetValue(file, f => _parse(f.GetText(cancellationToken)?.ToString() ?? string.Empty));
}
