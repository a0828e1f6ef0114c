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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
