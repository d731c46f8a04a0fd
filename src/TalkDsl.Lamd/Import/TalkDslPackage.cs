using System.Reflection;

namespace TalkDsl.Lamd.Import;

/// <summary>The TalkDsl package a generated project references: the version of the TalkDsl library this code was built with.</summary>
public static class TalkDslPackage
{
    /// <summary>The package id.</summary>
    public const string Id = "TalkDsl";

    /// <summary>
    /// The package version (<c>0.1.0</c>, or <c>0.2.0-preview.1</c>): TalkDsl's informational version without the
    /// source revision the SDK appends after <c>+</c>. One version for every package, set in Directory.Build.props.
    /// </summary>
    public static string Version { get; } = Of(typeof(Talk).Assembly);

    internal static string Of(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no version");
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
