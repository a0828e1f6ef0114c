using BenchmarkDotNet.Attributes;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Benchmarks.Plans;

/// <summary>Reading and validating the real plan of seed 003 (75 tasks, 46 appendix rows), as an integrator does.</summary>
[MemoryDiagnoser]
public class SamplePlanBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cchc.Domain.sln")))
        {
            dir = dir.Parent;
        }

        _json = File.ReadAllBytes(Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Cchc.Domain.sln"), "samples", "plans", "003-cong-thuong-2021.json"));
    }

    [Benchmark(Description = "Read and validate seed 003")]
    public PlanReadResult ReadAndValidate() => PlanJson.Read(_json);
}
