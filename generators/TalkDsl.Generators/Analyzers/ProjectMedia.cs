using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Generators.Analyzers;

/// <summary>
/// The project's media folder (<c>TalkDslMediaFolder</c>, <c>media/</c> by default) and the files in it, which
/// TalkDsl.props gives to the compiler as <c>AdditionalFiles</c>: what TALK016 checks local images against.
/// A folder with no files given is not checked (the project keeps its images elsewhere, or has none).
/// </summary>
internal sealed class ProjectMedia
{
    public const string FolderProperty = "build_property.TalkDslMediaFolder";

    private ProjectMedia(string folder, HashSet<string> files)
    {
        Folder = folder;
        Files = files;
    }

    public string Folder { get; }

    /// <summary>Paths relative to <see cref="Folder"/>, '/' separated.</summary>
    public HashSet<string> Files { get; }

    public static ProjectMedia? Read(AnalyzerOptions options)
    {
        if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(FolderProperty, out var folder) || string.IsNullOrWhiteSpace(folder))
        {
            return null;
        }

        var root = BibliographyPaths.Normalize(folder.Trim()).TrimEnd('/') + "/";
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            var path = BibliographyPaths.Normalize(file.Path);
            if (path.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                files.Add(path.Substring(root.Length));
            }
        }

        return files.Count == 0 ? null : new ProjectMedia(root.TrimEnd('/'), files);
    }
}
