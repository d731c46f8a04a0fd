namespace TalkDsl.Lamd.Mapping;

/// <summary>Where a part lives in the generated C#: <c>Snippets.{Subject}.{Member}</c>, in <c>Snippets/{Subject}/{Member}.cs</c>.</summary>
public sealed record PartName(string Subject, string Member)
{
    /// <summary>The expression that names the part in an <c>.Include(…)</c>.</summary>
    public string Reference => $"{ImportNames.SnippetsNamespace}.{Subject}.{Member}";

    public string FilePath => Path.Combine(ImportNames.SnippetsNamespace, Subject, Member + ".cs");
}

/// <summary>
/// Names the generated types and members: a talk file becomes a class in namespace <c>Talks</c>, a snippet
/// a <c>[TalkPart]</c> property of a static partial class per subject folder in namespace <c>Snippets</c>
/// (<c>_compsci/includes/computer-laboratory.md</c> → <c>Snippets.Compsci.ComputerLaboratory</c>). Names are
/// valid C#, unique, and never one that generated code itself needs.
/// </summary>
public sealed class ImportNames
{
    public const string TalksNamespace = "Talks";
    public const string SnippetsNamespace = "Snippets";

    /// <summary>Names generated code uses unqualified, so no generated type may take them.</summary>
    private static readonly string[] Reserved =
    [
        "Talk", "TalkPart", "TalkAttribute", "TalkPartAttribute", "Transition", "PaperSize", "TalkDsl", "System",
        "Program", TalksNamespace, SnippetsNamespace,
    ];

    private readonly UniqueNames _talks = new(Reserved);
    private readonly UniqueNames _subjects = new(Reserved);
    private readonly Dictionary<string, string> _subjectByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UniqueNames> _members = new(StringComparer.Ordinal);

    /// <summary>A class name for the talk in <paramref name="path"/>, from its file name.</summary>
    public string Talk(string path) => _talks.Take(CSharpIdentifier.Pascal(StemOf(path), "ImportedTalk"));

    /// <summary>
    /// The name of the part read from <paramref name="path"/>; <paramref name="relativePath"/> is the path under
    /// the snippets folder (or the import root) whose first folder is the subject. A snippet's second and later
    /// readings (see <see cref="Evaluation.LamdPart.Reading"/>) are named after it: <c>…Reading2</c>.
    /// </summary>
    public PartName Part(string path, string relativePath, int reading = 1)
    {
        var segments = relativePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        var folder = segments.Length > 1 ? segments[0] : string.Empty;
        if (!_subjectByFolder.TryGetValue(folder, out var subject))
        {
            subject = _subjects.Take(folder.Length == 0 ? "Shared" : CSharpIdentifier.Pascal(folder.TrimStart('_'), "Shared"));
            _subjectByFolder[folder] = subject;
            _members[subject] = new UniqueNames([subject]);
        }

        // A member may not share its class's name (CS0542): _compsci/includes/compsci.md → Compsci.CompsciPart.
        var member = CSharpIdentifier.Pascal(StemOf(path), "Part") + (reading > 1 ? "Reading" + reading : string.Empty);
        return new PartName(subject, _members[subject].Take(member == subject ? member + "Part" : member));
    }

    private static string StemOf(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }
}
