using System.CommandLine;
using System.Reflection;

namespace TalkDsl.Hosting;

/// <summary>
/// Names a class that adds a subcommand to every talk project's command line (<see cref="TalkApp"/>), put on
/// the assembly that holds it. TalkDsl.Preview adds <c>serve</c> this way, so TalkDsl itself carries no web
/// server: a talk project that references TalkDsl.Preview gets <c>dotnet run -- serve</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class TalkAppCommandAttribute(Type factory) : Attribute
{
    /// <summary>A class with a public parameterless constructor that implements <see cref="ITalkAppCommandFactory"/>.</summary>
    public Type Factory { get; } = factory;
}

/// <summary>Makes one subcommand of a talk project's command line; see <see cref="TalkAppCommandAttribute"/>.</summary>
public interface ITalkAppCommandFactory
{
    /// <summary>The subcommand, its options and its action.</summary>
    Command Create(TalkAppContext context);
}

/// <summary>What a subcommand of a talk project's command line knows about the project it runs in.</summary>
/// <param name="ProjectFile">The talk project's <c>.csproj</c> (TalkDsl.props records it in the assembly), or null when unknown.</param>
/// <param name="Stdout">Where the command writes what it did.</param>
/// <param name="Stderr">Where the command writes what went wrong.</param>
public sealed record TalkAppContext(string? ProjectFile, TextWriter Stdout, TextWriter Stderr)
{
    /// <summary>The <see cref="AssemblyMetadataAttribute"/> key of the talk project's file; TalkDsl.props sets it from <c>$(MSBuildProjectFullPath)</c>.</summary>
    public const string ProjectFileKey = "TalkDsl.ProjectFile";

    /// <summary>The project file recorded in <paramref name="assembly"/>, or null.</summary>
    public static string? ProjectFileOf(Assembly? assembly) =>
        assembly?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == ProjectFileKey)?.Value is { Length: > 0 } file
            ? file
            : null;
}

/// <summary>The subcommands other TalkDsl assemblies add to a talk project's command line, found by assembly name.</summary>
internal static class TalkAppCommands
{
    /// <summary>The assemblies asked, in order: each is used when the talk project references it.</summary>
    private static readonly (string Assembly, string Command, string What)[] Known =
    [
        ("TalkDsl.Preview", "serve", "the live preview"),
    ];

    public static IEnumerable<Command> Load(TalkAppContext context)
    {
        foreach (var (assemblyName, commandName, what) in Known)
        {
            Assembly? assembly;
            try
            {
                assembly = Assembly.Load(new AssemblyName(assemblyName));
            }
            catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                assembly = null;
            }

            var factories = assembly?.GetCustomAttributes<TalkAppCommandAttribute>().ToList() ?? [];
            if (factories.Count == 0)
            {
                yield return Missing(commandName, assemblyName, what, context);
                continue;
            }

            foreach (var attribute in factories)
            {
                var factory = (ITalkAppCommandFactory)Activator.CreateInstance(attribute.Factory)!;
                yield return factory.Create(context);
            }
        }
    }

    /// <summary>The command as this project has it without the assembly: it says what to add.</summary>
    private static Command Missing(string commandName, string assemblyName, string what, TalkAppContext context)
    {
        var command = new Command(commandName, $"Not available: {what} needs a reference to {assemblyName}.");
        command.SetAction(_ =>
        {
            context.Stderr.WriteLine(
                $"'{commandName}' ({what}) needs {assemblyName}, which this project does not reference: add it "
                + $"(<ProjectReference Include=\".../{assemblyName}.csproj\" /> or the package of that name), or run `talk {commandName}` on the project.");
            return TalkApp.Usage;
        });
        return command;
    }
}
