using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Fuzz;

// cchc-fuzz: a mutation fuzzer of the library's readers and parsers (docs/security.md).
// dotnet run -c Release --project fuzz/Cchc.Fuzz -- [--target NAME|all] [--seed N] [--iterations N | --seconds S] [--out DIR] [--root DIR]
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Cchc.Fuzz [--target " + string.Join('|', FuzzTargets.All.Keys) + "|all] [--seed N] [--iterations N | --seconds S] [--out DIR] [--root DIR]");
    return 2;
}

var root = options.Root ?? FindRoot();
var corpus = Corpus.Load(root);
FuzzTargets.Frameworks = [.. corpus["framework"].Select(b => FrameworkJson.Read(b).Framework).OfType<ScoringFramework>()];
FuzzTargets.Assessments = [.. corpus["assessment"].Select(b => AssessmentJson.Read(b).Assessment).OfType<Assessment>()];
var targets = options.Target is "all" ? [.. FuzzTargets.All.Keys] : new[] { options.Target };
var failedTargets = 0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {options.Seed}, {(options.Seconds is { } s ? $"{s} s" : $"{options.Iterations} inputs")} per target"));
foreach (var name in targets)
{
    if (!FuzzTargets.All.TryGetValue(name, out var target))
    {
        Console.Error.WriteLine($"unknown target '{name}'");
        return 2;
    }

    var summary = Campaign.Run(name, target, corpus[name], options);
    if (summary.Failures > 0)
    {
        failedTargets++;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-11} inputs {summary.Inputs,9:N0}  failures {summary.Failures,4}  slowest {summary.SlowestMs,8:0.0} ms ({summary.SlowestBytes:N0} bytes)"));
}

return failedTargets == 0 ? 0 : 1;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Cchc.Domain.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}
