using TalkDsl.Output;
using TalkDsl.Rendering;

namespace TalkDsl.Hosting;

/// <summary>The talks <c>--talk</c> names: each by its name (the declaring member or type) or its file slug, in any case.</summary>
internal static class TalkSelection
{
    /// <summary>The talks named, in the catalog's order; or the names that match no talk.</summary>
    public static (IReadOnlyList<IRenderableTalk> Selected, IReadOnlyList<string> Unknown) Select(IReadOnlyList<IRenderableTalk> talks, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return (talks, []);
        }

        var keys = talks.Select(talk => (Talk: talk, Keys: KeysOf(talk))).ToList();
        var unknown = names.Where(name => !keys.Any(k => k.Keys.Contains(name, StringComparer.OrdinalIgnoreCase))).ToList();
        var selected = keys.Where(k => names.Any(name => k.Keys.Contains(name, StringComparer.OrdinalIgnoreCase))).Select(k => k.Talk).ToList();
        return (selected, unknown);
    }

    /// <summary>How a talk is named in a list of the available ones: <c>Name (slug)</c>.</summary>
    public static string Describe(IRenderableTalk talk) => KeysOf(talk) is [var name, var slug] ? $"{name} ({slug})" : talk.Name;

    private static string[] KeysOf(IRenderableTalk talk)
    {
        try
        {
            return [talk.Name, TalkFileNames.For(talk.Metadata).Slug];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A talk whose header has errors has no file names yet: it is found by its name, and its errors are reported when it renders.
            return [talk.Name];
        }
    }
}
