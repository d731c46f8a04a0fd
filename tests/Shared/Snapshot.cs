using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace TalkDsl.Testing;

/// <summary>
/// Snapshot assertions in Verify's file convention (Verify itself is not served here): the expected text
/// lives in <c>{Class}.{Test}.verified.{ext}</c> beside the test file; a mismatch writes
/// <c>.received.{ext}</c> next to it and fails with a line diff. Set <c>TALKDSL_ACCEPT=1</c> (or
/// <c>true</c>) to accept: the received text becomes the verified file.
/// </summary>
public static class Snapshot
{
    private const string AcceptVariable = "TALKDSL_ACCEPT";

    /// <summary>Compares <paramref name="actual"/> with the verified file for the calling test.</summary>
    /// <param name="name">Distinguishes several snapshots in one test (appended to the file name).</param>
    public static void Match(
        string actual,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testName = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{testName}{(name is null ? "" : "." + name)}";
        var verifiedPath = Path.Combine(directory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{stem}.received.{extension}");
        var received = Normalize(actual);

        if (IsAccepting())
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        var message = verified is null
            ? $"No verified snapshot yet: {verifiedPath}.\nReview {receivedPath} and rename it to .verified.{extension}, or rerun with {AcceptVariable}=1."
            : $"Snapshot mismatch: {verifiedPath}\nReceived: {receivedPath} (accept with {AcceptVariable}=1)\n{Diff(verified, received)}";
        throw new XunitException(message);
    }

    private static bool IsAccepting() =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "True";

    // Line endings are not content: a checkout with CRLF must not fail the build.
    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string Diff(string verified, string received)
    {
        var model = InlineDiffBuilder.Diff(verified, received);
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < model.Lines.Count && shown < 60; i++)
        {
            var line = model.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "~ ",
            };
            builder.Append(prefix).Append("line ").Append(line.Position?.ToString() ?? "?").Append(": ").AppendLine(line.Text);
            shown++;
        }

        return builder.ToString();
    }
}
