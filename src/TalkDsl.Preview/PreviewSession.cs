using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using TalkDsl.Layout;
using TalkDsl.Preview.Building;
using TalkDsl.Preview.Compiling;
using TalkDsl.Preview.Site;
using TalkDsl.Rendering;

namespace TalkDsl.Preview;

/// <summary>
/// Keeps <see cref="Site"/> in step with the talk project's files: one full build at the start, then on each
/// save the fast path in process (<see cref="LiveCompilation"/>: changed files swapped in, generators run
/// incrementally, emit to memory, the new assembly loaded in a collectible context, only the affected talks
/// rendered). A change of the project file, MSBuild files, .editorconfig or a referenced project's sources
/// takes a full <c>dotnet build</c> instead; an image in the media folder reloads the open pages.
/// </summary>
internal sealed partial class PreviewSession : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly TextWriter _log;
    private readonly TalkPages _pages;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private ProjectBuild? _build;
    private LiveCompilation? _compilation;
    private Task _worker = Task.CompletedTask;
    private int _busy;

    // --layout: slides are measured after they are served, off the reload's path, one talk at a time; the
    // findings (TALK018) join each talk's diagnostics. The gate keeps a commit from undoing another's.
    private readonly object _siteGate = new();
    private readonly Dictionary<string, ImmutableArray<PreviewDiagnostic>> _layoutFindings = new(StringComparer.Ordinal);
    private readonly List<PreparedSlides> _prepared = [];
    private SlideLayoutCheck? _layout;
    private Task _measuring = Task.CompletedTask;

    public PreviewSession(PreviewOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        // Served at /_talkdsl/: the reveal.js and MathJax TalkDsl bundles, or those of --assets.
        var (reveal, mathJax) = ("/" + SlidesOptions.DefaultRevealUrl, "/" + SlidesOptions.DefaultMathJaxUrl);
        _pages = new TalkPages(
            SlidesOptions.Default with { RevealUrl = reveal, MathJaxUrl = mathJax, Theme = options.Theme },
            NotesOptions.Default with { MathJaxUrl = mathJax });
    }

    public PreviewSite Site { get; } = new();

    public PreviewOptions Options => _options;

    /// <summary>Whether no save is waiting or being followed (the analyzers included): the benchmark writes its next edit then, as a person would.</summary>
    public bool IsIdle => Volatile.Read(ref _busy) == 0 && _changes.Reader.Count == 0;

    /// <summary>Where the last update's time went (generators, emit, analyzers, rendering), for the log and the benchmark.</summary>
    public string LastTimings { get; private set; } = "";

    /// <summary>Builds the project, renders every talk, and starts following its files.</summary>
    /// <exception cref="PreviewBuildException">The first build failed.</exception>
    public async Task StartAsync(CancellationToken cancellation)
    {
        var watch = Stopwatch.StartNew();
        _log.WriteLine($"Building {_options.ProjectFile} ...");
        _build = await ProjectBuild.RunAsync(_options.ProjectFile, _options.BuildArguments, cancellation).ConfigureAwait(false);
        _compilation = LiveCompilation.Create(_build);
        StartLayoutCheck();
        await CompileAllAsync().ConfigureAwait(false);
        _log.WriteLine($"Built and rendered {Site.Talks.Length} talk{(Site.Talks.Length == 1 ? "" : "s")} in {watch.ElapsedMilliseconds} ms.");
        Report(Site.Talks.SelectMany(t => t.Diagnostics).Concat(Site.ProjectDiagnostics));
        Watch();
        _worker = Task.Run(() => WorkAsync(_stop.Token), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _changes.Writer.TryComplete();
        try
        {
            await _worker.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await _measuring.ConfigureAwait(false);
        _layout?.Dispose();
        _stop.Dispose();
    }

    private void StartLayoutCheck()
    {
        if (!_options.Layout)
        {
            return;
        }

        try
        {
            _layout = new SlideLayoutCheck(new SlideLayoutOptions { Slides = SlidesOptions.Default with { Theme = _options.Theme }, MediaFolder = _options.MediaFolder });
        }
        catch (SlideLayoutException ex)
        {
            _log.WriteLine($"--layout: {ex.Message} The talks are served without measuring their slides.");
        }
    }

    /// <summary>Measures the slides prepared by the last update, after those already waiting, and adds what does not fit to each talk's diagnostics.</summary>
    private void MeasurePrepared()
    {
        if (_layout is not { } layout || _prepared.Count == 0)
        {
            return;
        }

        var prepared = _prepared.ToList();
        _prepared.Clear();
        _measuring = _measuring.ContinueWith(_ => Measure(layout, prepared), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void Measure(SlideLayoutCheck layout, IReadOnlyList<PreparedSlides> prepared)
    {
        foreach (var slides in prepared)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            ImmutableArray<PreviewDiagnostic> found;
            try
            {
                found = [.. layout.Measure(slides).Select(PreviewDiagnostic.From)];
            }
            catch (SlideLayoutException ex)
            {
                _log.WriteLine($"{slides.Name}: its slides were not measured: {ex.Message}");
                continue;
            }

            lock (_siteGate)
            {
                _layoutFindings[slides.Name] = found;
                Site.Commit([.. Site.Talks.Select(t => t.Name == slides.Name ? t with { Diagnostics = Sorted(t.Diagnostics.Where(d => d.Id != LayoutId).Concat(found)) } : t)], Site.ProjectDiagnostics);
            }

            Report(found);
        }
    }

    private const string LayoutId = "TALK018";

    /// <summary>With --layout: the talk's slides rendered again for the measuring browser while its code is loaded; measured after the push.</summary>
    private void Prepare(IRenderableTalk talk)
    {
        try
        {
            if (_layout?.Prepare(talk) is { } prepared)
            {
                _prepared.Add(prepared);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _log.WriteLine($"{talk.Name}: its slides will not be measured: {ex.Message}");
        }
    }

    /// <summary>A talk's diagnostics with its last layout findings.</summary>
    private ImmutableArray<PreviewDiagnostic> WithLayout(string talkName, IEnumerable<PreviewDiagnostic> diagnostics) =>
        Sorted(diagnostics.Concat(_layoutFindings.GetValueOrDefault(talkName, [])));

    private void Watch()
    {
        var build = _build!;
        foreach (var folder in build.ReferencedProjectFolders.Prepend(build.ProjectFolder))
        {
            _watchers.Add(Watcher(folder));
        }

        if (_options.MediaFolder is { } media && Directory.Exists(media))
        {
            _watchers.Add(Watcher(Path.GetFullPath(media)));
        }
    }

    private FileSystemWatcher Watcher(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        watcher.Changed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Created += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Deleted += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            _changes.Writer.TryWrite(e.OldFullPath);
            _changes.Writer.TryWrite(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private async Task WorkAsync(CancellationToken cancellation)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(cancellation).ConfigureAwait(false))
        {
            // An editor saves in several steps (write, rename, touch): wait until the files are quiet.
            Interlocked.Exchange(ref _busy, 1);
            var batch = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                var more = false;
                while (reader.TryRead(out var path))
                {
                    batch.Add(path);
                    more = true;
                }

                if (!more)
                {
                    break;
                }

                await Task.Delay(_options.Quiet, cancellation).ConfigureAwait(false);
            }

            try
            {
                await ApplyChangesAsync(batch, cancellation).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                _log.WriteLine($"The preview could not follow that change: {ex.Message}");
            }
            finally
            {
                Interlocked.Exchange(ref _busy, 0);
            }
        }
    }

    /// <summary>What a batch of changed paths needs: a full build, a fast recompile, a reload for images, or nothing.</summary>
    private async Task ApplyChangesAsync(IReadOnlyCollection<string> paths, CancellationToken cancellation)
    {
        var build = _build!;
        var watch = Stopwatch.StartNew();
        var kinds = paths.Select(path => (Path: path, Kind: Classify(path, build))).Where(c => c.Kind != ChangeKind.None).ToList();
        if (kinds.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", kinds.Select(k => Path.GetFileName(k.Path)).Distinct().Take(3));
        if (kinds.Any(k => k.Kind == ChangeKind.FullBuild))
        {
            _log.WriteLine($"{names} changed: dotnet build ...");
            await FullBuildAsync(cancellation).ConfigureAwait(false);
        }
        else if (kinds.Any(k => k.Kind == ChangeKind.Source))
        {
            // The pages reload as soon as the talks are rendered; the analyzers' findings follow in a second push.
            var result = _compilation!.Update(kinds.Where(k => k.Kind == ChangeKind.Source).Select(k => k.Path).ToList());
            lock (_siteGate)
            {
                Apply(result);
            }

            MeasurePrepared();
            var (diagnostics, timing) = await _compilation.AnalyzedAsync(result).ConfigureAwait(false);
            lock (_siteGate)
            {
                ApplyDiagnostics(result with { Diagnostics = diagnostics });
            }

            LastTimings += ", " + timing;
        }
        else
        {
            lock (_siteGate)
            {
                Site.Commit(Site.Talks, Site.ProjectDiagnostics, reloadAll: true);
            }

            LastTimings = "the open pages reloaded for the images";
        }

        var errors = Site.Talks.SelectMany(t => t.Diagnostics).Concat(Site.ProjectDiagnostics).Distinct().ToList();
        _log.WriteLine($"{names}: updated in {watch.ElapsedMilliseconds} ms ({LastTimings}){(errors.Count == 0 ? "" : $"; {errors.Count(e => e.IsError)} error(s), {errors.Count(e => !e.IsError)} warning(s)")}.");
        Report(errors);
    }

    private async Task FullBuildAsync(CancellationToken cancellation)
    {
        try
        {
            _build = await ProjectBuild.RunAsync(_options.ProjectFile, _options.BuildArguments, cancellation).ConfigureAwait(false);
            _compilation = LiveCompilation.Create(_build);
            await CompileAllAsync().ConfigureAwait(false);
        }
        catch (PreviewBuildException ex)
        {
            var diagnostics = BuildErrors(ex.Message);
            lock (_siteGate)
            {
                Site.Commit(Site.Talks, diagnostics);
            }
        }
    }

    private enum ChangeKind
    {
        None,
        Source,
        FullBuild,
        Media,
    }

    private ChangeKind Classify(string path, ProjectBuild build)
    {
        if (_options.MediaFolder is { } media && IsUnder(path, Path.GetFullPath(media)))
        {
            return ChangeKind.Media;
        }

        var project = build.ReferencedProjectFolders.Prepend(build.ProjectFolder).FirstOrDefault(folder => IsUnder(path, folder));
        if (project is null || IsBuildOutput(path, project))
        {
            return ChangeKind.None;
        }

        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path);
        if (extension is ".csproj" or ".props" or ".targets" or ".globalconfig" || name == ".editorconfig")
        {
            return ChangeKind.FullBuild;
        }

        if (extension == ".bib")
        {
            // A .bib the build gave the compiler is swapped in (its citing talks re-render); a new one needs the build's props.
            return project == build.ProjectFolder && File.Exists(path) && _compilation?.IsAdditionalFile(path) == true ? ChangeKind.Source : ChangeKind.FullBuild;
        }

        if (extension != ".cs")
        {
            return ChangeKind.None;
        }

        return project == build.ProjectFolder ? ChangeKind.Source : ChangeKind.FullBuild;
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>bin/, obj/ and hidden folders (.git, .vs) of a project: written by builds and tools, not by the user.</summary>
    private static bool IsBuildOutput(string path, string projectFolder)
    {
        var first = Path.GetRelativePath(projectFolder, path).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj" || first.StartsWith('.');
    }

    /// <summary>The first compilation after a build: every talk rendered, with every diagnostic.</summary>
    private async Task CompileAllAsync()
    {
        var result = _compilation!.CompileAll();
        var (diagnostics, _) = await _compilation.AnalyzedAsync(result).ConfigureAwait(false);
        lock (_siteGate)
        {
            Apply(result with { Diagnostics = diagnostics });
        }

        MeasurePrepared();
    }

    /// <summary>Each talk's pages as they are, with <paramref name="result"/>'s diagnostics (the analyzers' findings after the pages were pushed).</summary>
    private void ApplyDiagnostics(CompileResult result)
    {
        var (byTalk, project) = Assign(result);
        Site.Commit([.. Site.Talks.Select(t => t with { Diagnostics = WithLayout(t.Name, byTalk.GetValueOrDefault(t.Name, [])) })], Sorted(project));
    }

    /// <summary>Each diagnostic to the talk whose member holds it, or to the project.</summary>
    private static (Dictionary<string, List<PreviewDiagnostic>> ByTalk, List<PreviewDiagnostic> Project) Assign(CompileResult result)
    {
        var byTalk = new Dictionary<string, List<PreviewDiagnostic>>(StringComparer.Ordinal);
        var project = new List<PreviewDiagnostic>();
        foreach (var diagnostic in result.Diagnostics)
        {
            var location = diagnostic.Location;
            var owner = location.IsInSource
                ? result.Talks.FirstOrDefault(t => t.FilePath == location.SourceTree!.FilePath && t.Span.Contains(location.SourceSpan.Start))
                : null;
            var shown = PreviewDiagnostic.From(diagnostic);
            if (owner is null)
            {
                project.Add(shown);
            }
            else
            {
                (byTalk.TryGetValue(owner.TalkName, out var list) ? list : byTalk[owner.TalkName] = []).Add(shown);
            }
        }

        return (byTalk, project);
    }

    /// <summary>Turns one compilation into the site: each talk's diagnostics, and fresh pages for the talks it affected.</summary>
    private void Apply(CompileResult result)
    {
        var rendering = Stopwatch.StartNew();
        var rendered = 0;
        var (byTalk, project) = Assign(result);
        var projectDiagnostics = Sorted(project);
        var projectHasErrors = projectDiagnostics.Any(d => d.IsError);
        var previous = Site.Talks.ToDictionary(t => t.Name, StringComparer.Ordinal);
        ImmutableArray<PreviewDiagnostic> DiagnosticsOf(string name) => WithLayout(name, byTalk.GetValueOrDefault(name, []));
        TalkEntry Kept(string name) =>
            (previous.GetValueOrDefault(name) ?? new TalkEntry(name, null, null, null, null, null, null, null, [], 0, 0)) with { Diagnostics = DiagnosticsOf(name) };

        if (result.Assembly is null)
        {
            // Nothing to run: each talk keeps its last pages, under its errors (or the project's).
            var names = previous.Keys.Concat(result.Talks.Select(t => t.TalkName)).Distinct().ToList();
            Site.Commit([.. names.Select(Kept)], projectDiagnostics);
            return;
        }

        var context = new TalkAssemblyContext(_build!.OutputFolder);
        try
        {
            var entries = new List<TalkEntry>();
            foreach (var talk in context.LoadTalks(result.Assembly))
            {
                var diagnostics = DiagnosticsOf(talk.Name);
                var old = previous.GetValueOrDefault(talk.Name);
                var affected = result.AffectedTalks is null || result.AffectedTalks.Contains(talk.Name) || old?.SlidesHtml is null
                    || talk is GeneratedTalk { IsPrecompiled: false };
                if (projectHasErrors || diagnostics.Any(d => d.IsError) || !affected)
                {
                    entries.Add(Kept(talk.Name));
                    continue;
                }

                try
                {
                    entries.Add(_pages.Render(talk) with { Diagnostics = diagnostics });
                    rendered++;
                    Prepare(talk);
                }
                catch (TalkDsl.Rules.TalkValidationException ex)
                {
                    // The same rules the analyzers run, found first: each error at its file and line.
                    entries.Add(Kept(talk.Name) with { Diagnostics = Sorted([.. diagnostics, .. ex.Errors.Select(PreviewDiagnostic.From)]) });
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    var failure = new PreviewDiagnostic("render", true, "", 0, 0, ex.Message, null);
                    entries.Add(Kept(talk.Name) with { Diagnostics = [.. diagnostics, failure] });
                }
            }

            if (result.Assembly.ProjectAssembly is not null)
            {
                // Only the changed talks were compiled: the others stay as they are, in the catalog's order.
                var fresh = entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
                entries = [.. Site.Talks.Select(t => fresh.GetValueOrDefault(t.Name) ?? Kept(t.Name))];
            }

            Site.Commit(entries, projectDiagnostics);
            LastTimings = $"{result.Timings}, {rendered} talk{(rendered == 1 ? "" : "s")} rendered in {rendering.ElapsedMilliseconds} ms";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var failure = new PreviewDiagnostic("load", true, "", 0, 0, $"The compiled talks could not be loaded: {ex.Message}", null);
            Site.Commit([.. previous.Keys.Select(Kept)], [.. projectDiagnostics, failure]);
        }
        finally
        {
            context.Unload();
        }
    }

    private static ImmutableArray<PreviewDiagnostic> Sorted(IEnumerable<PreviewDiagnostic> diagnostics) =>
        [.. diagnostics.Distinct().OrderBy(d => !d.IsError).ThenBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];

    /// <summary>The errors of a failed <c>dotnet build</c>, each at its file and line.</summary>
    private static ImmutableArray<PreviewDiagnostic> BuildErrors(string message)
    {
        var found = BuildError().Matches(message)
            .Select(m => new PreviewDiagnostic(m.Groups["id"].Value, true, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["message"].Value.Trim(), null))
            .ToList();
        return found.Count > 0 ? Sorted(found) : [new PreviewDiagnostic("build", true, "", 0, 0, message, null)];
    }

    private void Report(IEnumerable<PreviewDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Distinct())
        {
            _log.WriteLine("  " + diagnostic);
        }
    }

    [GeneratedRegex(@"^(?<file>[^\r\n(]+)\((?<line>\d+),(?<column>\d+)\): error (?<id>[A-Z]+\d+): (?<message>[^\r\n\[]+)", RegexOptions.Multiline)]
    private static partial Regex BuildError();
}
