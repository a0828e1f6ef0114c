using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Benchmarks.Plans;

/// <summary>Reading, validating and writing a generated plan of 2,000 tasks (about 1 MB of JSON).</summary>
[MemoryDiagnoser]
public class PlanJsonBenchmarks
{
    private static readonly JsonReadOptions ReadOnly = JsonReadOptions.Strict with { Validate = false };
    private byte[] _json = [];
    private Plan _plan = null!;

    /// <summary>The size of the document, for MB/s.</summary>
    public int Bytes => _json.Length;

    [GlobalSetup]
    public void Setup()
    {
        _plan = LargePlan.Create(2000);
        _json = PlanJson.WriteUtf8(_plan);
        Console.WriteLine($"// document: {_json.Length:N0} bytes, {_plan.AllTasks.Count():N0} tasks");
    }

    /// <summary>The floor: System.Text.Json's reader over the same bytes, doing nothing with the tokens.</summary>
    [Benchmark(Baseline = true, Description = "Raw Utf8JsonReader scan")]
    public int RawScan()
    {
        var reader = new Utf8JsonReader(_json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "Read (structure only)")]
    public Plan? Read() => PlanJson.Read(_json, ReadOnly).Plan;

    [Benchmark(Description = "Read and validate")]
    public PlanReadResult ReadAndValidate() => PlanJson.Read(_json);

    [Benchmark(Description = "Validate")]
    public IReadOnlyList<Diagnostic> Validate() => PlanValidator.Shared.Diagnose(_plan);

    [Benchmark(Description = "Write")]
    public byte[] Write() => PlanJson.WriteUtf8(_plan);
}
