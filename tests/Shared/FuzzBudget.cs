namespace TalkDsl.Testing;

/// <summary>
/// How long the property-based fuzzers run. CI runs a small fixed budget; set
/// <c>TALKDSL_FUZZ_ITERATIONS</c> for a longer local run (docs/guide.md, "Fuzzing"), e.g. 10000.
/// </summary>
internal static class FuzzBudget
{
    public const string Variable = "TALKDSL_FUZZ_ITERATIONS";

    /// <summary>The iterations to run: the variable when set, else <paramref name="ciDefault"/>.</summary>
    public static int Iterations(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out var n) && n > 0 ? n : ciDefault;
}
