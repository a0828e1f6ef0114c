using BenchmarkDotNet.Running;
using Cchc.Benchmarks.Plans;
using Cchc.Domain.Serialization;

// `--write-plan <file> [tasks]` writes the generated plan the plan benchmarks read (2,000 tasks unless told),
// for benchmarks/node-ajv.mjs; anything else runs BenchmarkDotNet.
if (args is ["--write-plan", var file, ..])
{
    var tasks = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000;
    File.WriteAllBytes(file, PlanJson.WriteUtf8(LargePlan.Create(tasks)));
    Console.WriteLine($"{file}: {new FileInfo(file).Length:N0} bytes, {tasks:N0} tasks");
    return;
}

// `--time-read <file>` reads and validates a plan file once, cold, and prints the time and the memory used
// (for the 50 MB target: write one with `--write-plan <file> 100000`).
if (args is ["--time-read", var input, ..])
{
    var bytes = File.ReadAllBytes(input);
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var result = PlanJson.Read(bytes);
    watch.Stop();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
    using var process = System.Diagnostics.Process.GetCurrentProcess();
    Console.WriteLine($"{input}: {bytes.Length:N0} bytes, {result.Plan?.AllTasks.Count() ?? 0:N0} tasks, {result.Diagnostics.Count:N0} diagnostics");
    Console.WriteLine($"read + validate: {watch.Elapsed.TotalMilliseconds:N0} ms, allocated {allocated:N0} bytes ({(double)allocated / bytes.Length:N2}x), peak working set {process.PeakWorkingSet64:N0} bytes ({(double)process.PeakWorkingSet64 / bytes.Length:N2}x)");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
