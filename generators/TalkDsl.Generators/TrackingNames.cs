namespace TalkDsl.Generators;

/// <summary>The names of the generator's pipeline steps, so tests can assert how each step ran.</summary>
public static class TrackingNames
{
    /// <summary>Each <c>[Talk]</c> member read from source.</summary>
    public const string Talks = nameof(Talks);

    /// <summary>The talks whose declaration the generator can use (no TALK013).</summary>
    public const string ValidTalks = nameof(ValidTalks);

    /// <summary>Each <c>[TalkPart]</c> member read from source.</summary>
    public const string Parts = nameof(Parts);

    /// <summary>The parts whose declaration the generator can use.</summary>
    public const string ValidParts = nameof(ValidParts);

    /// <summary>The part manifests of the referenced assemblies.</summary>
    public const string ReferencedParts = nameof(ReferencedParts);

    /// <summary>Whether the assembly carries its parts' manifests (a library does, an application not).</summary>
    public const string PartManifests = nameof(PartManifests);

    /// <summary>Source and referenced parts joined into one table by key.</summary>
    public const string PartTable = nameof(PartTable);

    /// <summary>Each part with what the emitter writes for it: its manifest and, when it is all constants, its replay member.</summary>
    public const string ResolvedParts = nameof(ResolvedParts);

    /// <summary>Each talk with the parts it reaches (its includes, theirs, and so on).</summary>
    public const string ReachedByTalks = nameof(ReachedByTalks);

    /// <summary>Each part with the parts it reaches.</summary>
    public const string ReachedByParts = nameof(ReachedByParts);

    /// <summary>Each talk joined with the parts it includes (the entries it cites are joined in <see cref="CitedTalks"/>).</summary>
    public const string ResolvedTalks = nameof(ResolvedTalks);

    /// <summary>Each <c>.bib</c> of the project (an <c>AdditionalFile</c>), read.</summary>
    public const string BibliographyFiles = nameof(BibliographyFiles);

    /// <summary>The project's <c>.bib</c> files joined into one table by path.</summary>
    public const string BibliographyTable = nameof(BibliographyTable);

    /// <summary>Each talk with the entries it cites looked up: what the emitter writes.</summary>
    public const string CitedTalks = nameof(CitedTalks);

    /// <summary>The hint names two members would share (a duplicate member): neither is emitted.</summary>
    public const string ClashingHintNames = nameof(ClashingHintNames);

    /// <summary>The namespace of the assembly's <c>TalkCatalog</c>.</summary>
    public const string CatalogNamespace = nameof(CatalogNamespace);

    /// <summary>Each talk's line in the catalog.</summary>
    public const string CatalogEntries = nameof(CatalogEntries);

    /// <summary>The assembly's <c>TalkCatalog</c>.</summary>
    public const string Catalog = nameof(Catalog);
}
