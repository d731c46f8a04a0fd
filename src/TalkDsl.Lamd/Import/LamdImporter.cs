using System.Collections.Immutable;
using TalkDsl.Lamd.Evaluation;
using TalkDsl.Lamd.Mapping;
using TalkDsl.Lamd.Reading;

namespace TalkDsl.Lamd.Import;

/// <summary>How to import: where snippets are, which TalkDsl package to reference, and what to call things.</summary>
public sealed record ImportOptions
{
    /// <summary>Folders searched for <c>\include{…}</c> after the including file's folder and its parent.</summary>
    public IReadOnlyList<string> SnippetDirectories { get; init; } = [];

    /// <summary>The version of the <c>TalkDsl</c> package the generated project references (default: this importer's own).</summary>
    public string PackageVersion { get; init; } = TalkDslPackage.Version;

    /// <summary>A local folder of packages to restore <c>TalkDsl</c> from (a <c>NuGet.config</c> names it); none by default: nuget.org.</summary>
    public string? PackageFeed { get; init; }

    /// <summary>Paths in messages and comments are shown relative to this folder (the one imported).</summary>
    public required string DisplayRoot { get; init; }

    /// <summary>
    /// The folder holding lamd's <c>talk-macros.gpp</c> (or <c>macros/talk-macros.gpp</c>) and <c>talk-notation.tex</c>;
    /// null to look for them where lamd users keep them: in the imported folder, its parent, or beside a snippets folder.
    /// </summary>
    public string? LamdDirectory { get; init; }

    /// <summary>The name of the generated <c>.csproj</c>.</summary>
    public string ProjectName { get; init; } = "ImportedTalks";
}

/// <summary>One file of the generated project, by path relative to the output folder.</summary>
public sealed record GeneratedFile(string RelativePath, string Content);

/// <summary>The generated project, in memory, and the summary of the import.</summary>
public sealed record ImportResult(ImmutableArray<GeneratedFile> Files, ImportSummary Summary);

/// <summary>Progress of a long import: <paramref name="Done"/> of <paramref name="Total"/> steps, now at <paramref name="Item"/>.</summary>
public sealed record ImportProgress(int Done, int Total, string Item);

/// <summary>
/// Imports lamd talks: reads each (with every snippet it reaches, each once), maps it onto the authoring
/// API, and returns a ready C# project in memory. A file with an error is left out and reported; the rest
/// imports. Writing the files is the caller's business (the CLI writes them all or nothing).
/// </summary>
public sealed class LamdImporter(ImportOptions options)
{
    // includes: snippets; _posts, _notes, slides, _site: what lamd and Jekyll write from the talks; _layouts, _includes:
    // the Jekyll site's page templates (Liquid HTML with front matter, which lamd never builds); build output.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "includes", "_site", "_posts", "_notes", "slides", "_layouts", "_includes", "node_modules", "bin", "obj" };

    /// <summary>
    /// The talks in a folder, sorted: Markdown files that open with front matter (<c>---</c>), found
    /// recursively, skipping <c>includes</c> folders (snippets), the folders lamd and Jekyll write, Jekyll's
    /// templates (<c>_layouts</c>, <c>_includes</c>), hidden folders, build output, linked
    /// folders and anything that is not a regular file.
    /// </summary>
    public static IReadOnlyList<string> FindTalks(string folder)
    {
        var talks = new List<string>();
        var pending = new Stack<string>([Path.GetFullPath(folder)]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var directory in Directory.EnumerateDirectories(current))
            {
                var name = Path.GetFileName(directory);
                // A linked folder is not followed: a link to a parent would make the search endless, one elsewhere leaves the folder given.
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name) && new DirectoryInfo(directory).LinkTarget is null)
                {
                    pending.Push(directory);
                }
            }

            talks.AddRange(Directory.EnumerateFiles(current, "*.md").Where(HasFrontMatter));
        }

        talks.Sort(StringComparer.Ordinal);
        return talks;
    }

    /// <summary>Where a part comes from, for its file's first line: a later reading of a snippet says why it is a part of its own.</summary>
    private static string SourceOf(LamdPart part) => part.Reading == 1 ? part.DisplayPath :
        $"{part.DisplayPath}, as the talks that include it here read it (reading {part.Reading}: they define macros it depends on differently before the include, and gpp evaluates a snippet afresh in each talk)";

    /// <summary>Imports <paramref name="talkPaths"/> into a project meant for <paramref name="outputDirectory"/>.</summary>
    public ImportResult Import(IReadOnlyList<string> talkPaths, string outputDirectory, IProgress<ImportProgress>? progress = null)
    {
        _guardDiagnostics.Clear();
        var displayRoot = Path.GetFullPath(options.DisplayRoot);
        var snippetRoots = options.SnippetDirectories.Select(Path.GetFullPath).ToList();
        var diagnostics = new List<LamdDiagnostic>();
        var library = LoadLamdLibrary(displayRoot, snippetRoots, diagnostics);
        var workspace = new LamdWorkspace(new LamdReaderOptions
        {
            SnippetDirectories = snippetRoots,
            Roots = [displayRoot],
            DisplayPath = path => Display(path, displayRoot, snippetRoots),
            LamdMacros = library?.Names,
        });

        // 1. Read every talk; the snippets they reach are read on the way.
        var talks = new List<LamdTalk>();
        var failed = new List<string>();
        var sorted = talkPaths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var total = sorted.Count * 2;
        for (var i = 0; i < sorted.Count; i++)
        {
            progress?.Report(new ImportProgress(i, total, "reading " + Display(sorted[i], displayRoot, snippetRoots)));
            if (Guarded(sorted[i], () => workspace.ReadTalk(sorted[i])) is { } talk)
            {
                talks.Add(talk);
            }
            else
            {
                failed.Add(Display(sorted[i], displayRoot, snippetRoots));
            }
        }

        // 2. Name every part once, in a stable order, so names do not depend on which talk came first.
        var names = new ImportNames();
        var partNames = workspace.Parts.Values
            .OrderBy(p => p.DisplayPath, StringComparer.Ordinal).ThenBy(p => p.Reading)
            .ToDictionary(p => p.Key, p => names.Part(p.FullPath, SubjectPath(p.FullPath, displayRoot, snippetRoots), p.Reading), StringComparer.Ordinal);
        string Reference(LamdPart part) => partNames[part.Key].Reference;

        // 3. Map the talks, then every part they reach (parts may include parts), each part once. A part is
        //    mapped when first needed: a talk's notation table reads the notation of the parts it includes.
        var files = new List<GeneratedFile>();
        var uses = new List<ConstructUse>();
        var imported = new List<ImportedTalk>();
        var copiedBibliographies = new HashSet<string>(StringComparer.Ordinal);
        var referredBibliographies = new SortedSet<string>(StringComparer.Ordinal);
        // A citation lamd cannot resolve (the talk has no bibliography, or the key is not in it) shows as text,
        // in the talk and in the snippets it includes (a snippet shared by talks can cite only what all of them can).
        var talkKeys = talks.ToDictionary(t => t.FullPath, t => KnownKeysOf(BibliographyMapper.Map(t.FrontMatter, t.FullPath, new List<LamdDiagnostic>()).Files), StringComparer.Ordinal);
        var partKeys = new Dictionary<string, KnownKeys>(StringComparer.Ordinal);
        foreach (var talk in talks)
        {
            foreach (var part in CitationsWithoutBibliography.Included(talk.Body))
            {
                partKeys[part.Key] = partKeys.TryGetValue(part.Key, out var known) ? known.Both(talkKeys[talk.FullPath]) : talkKeys[talk.FullPath];
            }
        }

        // lamd's notation file (talk-notation.tex beside its macros): copied once, named by every talk, when it reads in full.
        var notationFile = library?.NotationFile;
        if (notationFile is not null)
        {
            var read = TalkDsl.Rules.NotationFileReader.Read(File.ReadAllText(notationFile));
            foreach (var problem in read.Problems)
            {
                diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.NotationConflict, new SourcePosition(notationFile, problem.Key, 1),
                    $"lamd's notation file does not read here ({problem.Value}): it is left out of the project, and the talks' math uses only their own \\newcommands; fix the line and import again"));
            }

            if (read.Problems.Count == 0)
            {
                files.Add(new GeneratedFile(Path.Combine(ImportNames.TalksNamespace, NotationFileName), File.ReadAllText(notationFile)));
            }
            else
            {
                notationFile = null;
            }
        }

        var mappedParts = new Dictionary<string, MappedBody>(StringComparer.Ordinal);
        MappedBody MapPart(LamdPart part)
        {
            if (!mappedParts.TryGetValue(part.Key, out var mapped))
            {
                var known = partKeys.GetValueOrDefault(part.Key, KnownKeys.None);
                mapped = BodyMapper.Map(CitationsWithoutBibliography.Escape(part.Body, known, diagnostics), isPart: true, Reference, library, (text, at) => CitationsWithoutBibliography.Escape(text, at, known, diagnostics));
                mappedParts[part.Key] = mapped;
            }

            return mapped;
        }

        var pendingParts = new Queue<LamdPart>();
        var seenParts = new HashSet<string>(StringComparer.Ordinal);
        void Enqueue(IEnumerable<LamdPart> parts)
        {
            foreach (var part in parts.Where(p => seenParts.Add(p.Key)))
            {
                pendingParts.Enqueue(part);
            }
        }

        var talkChains = new List<(string ClassName, LamdTalk Talk, string Start, GeneratedChain Chain)>();
        for (var i = 0; i < talks.Count; i++)
        {
            var talk = talks[i];
            progress?.Report(new ImportProgress(sorted.Count + i, total, "mapping " + talk.DisplayPath));
            var mappedTalk = Guarded(talk.FullPath, () => MapTalk(talk));
            if (mappedTalk is null)
            {
                failed.Add(talk.DisplayPath);
                continue;
            }

            var (chain, className, start, importedTalk, referencedParts) = mappedTalk.Value;
            talkChains.Add((className, talk, start, chain));
            imported.Add(importedTalk);
            Enqueue(referencedParts);
        }

        (GeneratedChain Chain, string ClassName, string Start, ImportedTalk Talk, IEnumerable<LamdPart> Parts)? MapTalk(LamdTalk talk)
        {
            var className = names.Talk(talk.FullPath);
            var (start, header) = FrontMatterMapper.Map(talk.FrontMatter, FallbackTitle(talk.FullPath), new SourcePosition(talk.DisplayPath, 1, 1), diagnostics);
            var (bibliographySteps, bibliographies) = BibliographyMapper.Map(talk.FrontMatter, talk.FullPath, diagnostics);
            header.AddRange(bibliographySteps);
            if (notationFile is not null)
            {
                header.Add(new ChainStep(
                    [$"lamd's notation ({Display(notationFile, Path.GetFullPath(options.DisplayRoot), [])}), which every lamd build applies: one copy in the project for all the talks."],
                    $".NotationFile({CSharpLiteral.String(NotationFileName)})",
                    StepRole.Header,
                    []));
            }

            foreach (var bib in bibliographies)
            {
                if (bib.FileName is { } copy && copiedBibliographies.Add(copy))
                {
                    files.Add(new GeneratedFile(Path.Combine(ImportNames.TalksNamespace, copy), File.ReadAllText(bib.FullPath)));
                }
                else if (bib.FileName is null)
                {
                    referredBibliographies.Add(Path.GetDirectoryName(bib.FullPath)!.Replace('\\', '/'));
                }
            }

            var known = talkKeys[talk.FullPath];
            var body = BodyMapper.Map(CitationsWithoutBibliography.Escape(talk.Body, known, diagnostics), isPart: false, Reference, library, (text, at) => CitationsWithoutBibliography.Escape(text, at, known, diagnostics));
            var (notation, conflicts) = NotationTable.Collect(body.Notation, part => MapPart(part).Notation, talk.DisplayPath, diagnostics);
            var steps = header.Concat(NotationSteps(notation)).Concat(NotationTable.Resolve(body.Steps, conflicts)).ToList();
            return (new GeneratedChain(talk.DisplayPath, steps), className, start, new ImportedTalk(talk.DisplayPath, className, TitleOf(talk)), body.ReferencedParts);
        }

        var (projectSettings, folderUses) = FolderSettings.Map(talks, diagnostics);
        uses.AddRange(folderUses);

        var partChains = new List<(LamdPart Part, PartName Name, GeneratedChain Chain)>();
        while (pendingParts.TryDequeue(out var part))
        {
            if (Guarded(part.FullPath, () => MapPart(part)) is not { } mapped)
            {
                // The talks that include it still compile: the part is written without content, and the file is counted as failed.
                failed.Add(part.DisplayPath);
                mapped = new MappedBody([], [], []);
            }

            partChains.Add((part, partNames[part.Key], new GeneratedChain(part.DisplayPath, [.. mapped.Steps])));
            Enqueue(mapped.ReferencedParts);
        }

        // 4. Check what will be written the way the build will (see WrittenCodeCheck), then write it.
        var chainsByReference = partChains.ToDictionary(p => p.Name.Reference, p => p.Chain, StringComparer.Ordinal);
        foreach (var (_, talk, _, chain) in talkChains)
        {
            WrittenCodeCheck.Rules(TitleOf(talk), talk.FrontMatter["author"] is not null, chain, chainsByReference.GetValueOrDefault, diagnostics);
        }

        foreach (var chain in talkChains.Select(t => t.Chain).Concat(partChains.Select(p => p.Chain)))
        {
            RawHtmlCheck.Check(chain, diagnostics);
        }

        foreach (var (className, talk, start, chain) in talkChains)
        {
            var path = Path.Combine(ImportNames.TalksNamespace, className + ".cs");
            files.Add(new GeneratedFile(path, WrittenCodeCheck.Syntax(chain, path, () => CSharpSourceWriter.Talk(className, talk.DisplayPath, start, chain.Steps), diagnostics)));
            uses.AddRange(chain.Steps.SelectMany(s => s.Uses));
        }

        var importedParts = new List<ImportedPart>();
        foreach (var (part, name, chain) in partChains)
        {
            files.Add(new GeneratedFile(name.FilePath, WrittenCodeCheck.Syntax(chain, name.FilePath, () => CSharpSourceWriter.Part(name, SourceOf(part), chain.Steps), diagnostics)));
            uses.AddRange(chain.Steps.SelectMany(s => s.Uses));
            importedParts.Add(new ImportedPart(part.DisplayPath, name.Reference));
        }

        progress?.Report(new ImportProgress(total, total, "writing the project"));
        var summary = new ImportSummary(
            [.. imported],
            [.. importedParts.OrderBy(p => p.Source, StringComparer.Ordinal)],
            [.. failed],
            [.. uses],
            [.. workspace.Diagnostics.Concat(_guardDiagnostics).Concat(diagnostics)]);
        files.Add(new GeneratedFile(options.ProjectName + ".csproj", ProjectFiles.Project(options.PackageVersion, referredBibliographies, projectSettings)));
        files.Add(new GeneratedFile("Directory.Build.props", ProjectFiles.DirectoryBuildProps));
        files.Add(new GeneratedFile(".gitignore", ProjectFiles.GitIgnore));
        files.Add(new GeneratedFile("Program.cs", ProjectFiles.Program));
        if (options.PackageFeed is { } feed)
        {
            files.Add(new GeneratedFile("NuGet.config", ProjectFiles.NuGetConfig(Path.GetFullPath(feed))));
        }

        files.Add(new GeneratedFile("import-report.md", summary.ToMarkdown()));
        return new ImportResult([.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)], summary);
    }

    /// <summary>The name of lamd's notation file in the project, beside the talks that name it.</summary>
    private const string NotationFileName = LamdMacroLibrary.NotationFileName;

    /// <summary>The keys of <paramref name="bibliographies"/> (BibTeX files lamd gives pandoc); none without one.</summary>
    private static KnownKeys KnownKeysOf(IReadOnlyList<BibliographyFile> bibliographies)
    {
        if (bibliographies.Count == 0)
        {
            return KnownKeys.None;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bib in bibliographies)
        {
            if (TalkDsl.Output.ContainedFiles.IsRegularFile(bib.FullPath))
            {
                keys.UnionWith(TalkDsl.Rules.Citations.BibTexReader.Read(File.ReadAllText(bib.FullPath)).Records.Select(r => r.Key));
            }
        }

        return new KnownKeys(keys, string.Join(", ", bibliographies.Select(b => Path.GetFileName(b.FullPath))));
    }

    /// <summary>lamd's macro files: from <see cref="ImportOptions.LamdDirectory"/>, else where lamd users keep them (the talks include <c>../talk-macros.gpp</c>).</summary>
    private LamdMacroLibrary? LoadLamdLibrary(string root, IReadOnlyList<string> snippetRoots, List<LamdDiagnostic> diagnostics)
    {
        var candidates = options.LamdDirectory is { } given
            ? [given]
            : new[] { root, Path.GetDirectoryName(root) }.Concat(snippetRoots.Select(Path.GetDirectoryName)).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var folder in candidates)
        {
            if (LamdMacroLibrary.Load(folder, snippetRoots, diagnostics) is { } library)
            {
                return library;
            }
        }

        if (options.LamdDirectory is { } missing)
        {
            diagnostics.Add(new LamdDiagnostic(LamdSeverity.Warning, LamdDiagnosticIds.MissingInclude, new SourcePosition(missing, 1, 1),
                $"{missing} holds no {LamdMacroLibrary.MacrosFileName} (nor macros/{LamdMacroLibrary.MacrosFileName}): constructs without a typed call are kept as lamd source; give the folder of lamd's macro files with --lamd"));
        }

        return null;
    }

    /// <summary>
    /// Runs one file's reading or mapping so that no input can end the import: Markdig's nesting limit
    /// becomes LAMD019, anything unexpected LAMD021 (an internal error, to report), both at the file.
    /// </summary>
    private T? Guarded<T>(string fullPath, Func<T?> work)
    {
        var at = new SourcePosition(Display(fullPath, Path.GetFullPath(options.DisplayRoot), [.. options.SnippetDirectories.Select(Path.GetFullPath)]), 1, 1);
        try
        {
            return work();
        }
        catch (LamdLimitException limit)
        {
            _guardDiagnostics.Add(limit.Diagnostic);
        }
        catch (Exception e) when (IsMarkdigDepthLimit(e))
        {
            _guardDiagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.TooDeep, at,
                "the Markdown nests deeper than a Markdown reader allows (e.g. a line of thousands of '[' or '>'): break the nesting up (the file is not imported)"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _guardDiagnostics.Add(new LamdDiagnostic(LamdSeverity.Error, LamdDiagnosticIds.InternalError, at,
                $"the importer failed on this file ({e.GetType().Name}: {e.Message}): this is a bug in TalkDsl; please report it with the file attached. The other files were imported"));
        }

        return default;
    }

    private readonly List<LamdDiagnostic> _guardDiagnostics = [];

    private static bool IsMarkdigDepthLimit(Exception e) =>
        e is ArgumentException or InvalidOperationException && e.Message.Contains("deeply nested", StringComparison.OrdinalIgnoreCase)
        || e is InsufficientExecutionStackException;

    /// <summary>The header calls of a talk's notation table, under a comment saying where they come from.</summary>
    private static IEnumerable<ChainStep> NotationSteps(IReadOnlyList<Model.NotationMacro> notation) =>
        notation.Select((macro, i) => new ChainStep(
            i == 0 ? ["Notation: lamd's \\newcommand definitions, from the talk and the parts it includes."] : [],
            NotationTable.Call(macro),
            StepRole.Header,
            []));

    private static bool HasFrontMatter(string path)
    {
        if (!TalkDsl.Output.ContainedFiles.IsRegularFile(path))
        {
            return false; // a FIFO named talk.md would block the read for ever
        }

        try
        {
            using var reader = new StreamReader(path);
            // "---" opens front matter; a first line of "--" is a talk whose front matter lamd cannot read, which
            // lamd still builds (its YAML shows as text), so it is imported as lamd shows it.
            return reader.ReadLine()?.TrimStart('\uFEFF').TrimEnd() is "---" or "--";
        }
        catch (IOException)
        {
            return true; // let the reader report why it cannot be read
        }
    }

    /// <summary>
    /// Relative to the import root when under it; else relative to the parent of the snippets folder that holds
    /// it; else relative to the import root all the same (<c>../</c>), so reports read alike on every machine.
    /// </summary>
    private static string Display(string path, string root, IReadOnlyList<string> snippetRoots)
    {
        var snippets = IsUnder(path, root) ? null : snippetRoots.Where(s => IsUnder(path, s)).OrderByDescending(s => s.Length).FirstOrDefault();
        var relativeTo = snippets is null ? root : Path.GetDirectoryName(snippets) ?? snippets;
        return Path.GetRelativePath(relativeTo, path).Replace('\\', '/');
    }

    /// <summary>The path whose first folder names the part's subject: under its snippets folder, else under the import root.</summary>
    private static string SubjectPath(string path, string root, IReadOnlyList<string> snippetRoots)
    {
        var snippets = snippetRoots.Where(s => IsUnder(path, s)).OrderByDescending(s => s.Length).FirstOrDefault();
        var baseFolder = snippets ?? (IsUnder(path, root) ? root : Path.GetDirectoryName(path)!);
        return Path.GetRelativePath(baseFolder, path);
    }

    private static bool IsUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != path && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static string FallbackTitle(string path) => Path.GetFileNameWithoutExtension(path).Replace('-', ' ');

    private static string TitleOf(LamdTalk talk) =>
        talk.FrontMatter["title"]?.Value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } title } ? title : FallbackTitle(talk.FullPath);
}
