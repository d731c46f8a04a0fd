using System.Diagnostics;
using System.Globalization;

/// <summary>Runs an action after warm-ups and reports the median and the minimum, of wall time and of this process's CPU time.</summary>
internal static class Timing
{
    /// <summary>"median ms (min ms)" of wall time.</summary>
    public static string Wall(Action action, int warmups, int iterations)
    {
        var (wall, _) = Measure(action, warmups, iterations);
        return Format(wall);
    }

    /// <summary>"median ms (min ms), CPU median ms (min ms)": the CPU time of every thread of the process, which a
    /// machine busy with other work disturbs less than wall time.</summary>
    public static string WallAndCpu(Action action, int warmups, int iterations)
    {
        var (wall, cpu) = Measure(action, warmups, iterations);
        return Format(wall) + string.Format(CultureInfo.InvariantCulture, ", CPU {0:0} ms (min {1:0} ms)", cpu[cpu.Count / 2], cpu[0]);
    }

    private static (List<double> Wall, List<double> Cpu) Measure(Action action, int warmups, int iterations)
    {
        for (var i = 0; i < warmups; i++)
        {
            action();
        }

        var wall = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < iterations; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            wall.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        wall.Sort();
        cpu.Sort();
        return (wall, cpu);
    }

    private static string Format(List<double> samples) =>
        string.Format(CultureInfo.InvariantCulture, "{0,8:0.0} ms (min {1:0.0} ms)", samples[samples.Count / 2], samples[0]);
}
