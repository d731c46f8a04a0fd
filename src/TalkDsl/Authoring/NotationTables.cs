using System.ComponentModel;
using TalkDsl.Model;
using TalkDsl.Rules;
using TalkDsl.Rules.Citations;

namespace TalkDsl.Authoring;

/// <summary>
/// The notation files talks name (<see cref="TalkHeader.NotationFile"/>, e.g. lamd's <c>talk-notation.tex</c>): read
/// at run time, each path relative to the C# file of its call (the compiler's rule too), and kept while the
/// file is unchanged, so one file shared by a project's talks is read once per change.
/// </summary>
public static class NotationTables
{
    private static readonly FileReadCache<NotationFileContent> Files = new(NotationFileReader.Read);

    /// <summary>
    /// The notation of a talk: each file's <c>\newcommand</c>s in order (a later file's command replaces an
    /// earlier one's), then the talk's own <c>Notation(...)</c> calls, which replace a file's command of the
    /// same name. A file that is missing or does not read adds what it can (<c>Validate()</c> and the analyzer
    /// report it: TALK022). Generated renderers call this; a talk's chain gets it from <c>Build()</c>.
    /// </summary>
    /// <param name="own">The talk's own notation.</param>
    /// <param name="files">Full paths of the notation files.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ValueList<NotationMacro> Merge(IEnumerable<NotationMacro> own, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(files);
        // In order, a replaced command moving to where it was defined last (as in the file or the chain).
        var table = new List<NotationMacro>();
        void Define(NotationMacro macro)
        {
            table.RemoveAll(m => m.Command == macro.Command);
            table.Add(macro);
        }

        foreach (var macro in files.Select(Files.Read).OfType<NotationFileContent>().SelectMany(c => c.Macros))
        {
            Define(new NotationMacro(macro.Command, macro.Definition, macro.Parameters));
        }

        foreach (var macro in own)
        {
            Define(macro);
        }

        return table.ToValueList();
    }

    /// <summary>The notation files a header names, read, for the rules (TALK022).</summary>
    internal static List<RuleNamedFile<NotationFileContent>> Load(HeaderState header) => Files.ReadNamed(header.NotationFiles);
}
