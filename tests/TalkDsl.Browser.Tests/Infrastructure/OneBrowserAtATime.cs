// Each test class starts its own chromium. On CI's two cores, two of them beside the other test
// assemblies starve each other (tabs took over 30 s to open); one class at a time keeps them responsive.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
