namespace TalkDsl.Testing;

/// <summary>
/// How long the property-based fuzzers run. CI runs a small fixed number of inputs; a local run sets
/// <c>TALKDSL_FUZZ_ITERATIONS</c> (e.g. 10000), or <c>TALKDSL_FUZZ_SECONDS</c> to run for a time instead,
/// and <c>TALKDSL_FUZZ_THREADS</c> to use more cores (docs/guide.md, "Fuzzing").
/// </summary>
internal static class FuzzBudget
{
    /// <summary>The inputs to try: the variable when set, else <paramref name="ciDefault"/>; -1 when a time is set instead.</summary>
    public static int Iterations(int ciDefault) =>
        Seconds > 0 ? -1 : Read("TALKDSL_FUZZ_ITERATIONS") ?? ciDefault;

    /// <summary>How long to run, in seconds; -1 (count inputs instead) unless <c>TALKDSL_FUZZ_SECONDS</c> is set.</summary>
    public static int Seconds => Read("TALKDSL_FUZZ_SECONDS") ?? -1;

    /// <summary>Threads to fuzz on: 1 unless <c>TALKDSL_FUZZ_THREADS</c> says more.</summary>
    public static int Threads => Read("TALKDSL_FUZZ_THREADS") ?? 1;

    private static int? Read(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var n) && n > 0 ? n : null;
}
