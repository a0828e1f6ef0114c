using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Cchc.Fuzz;

internal sealed record Options(string Target, int Seed, long Iterations, double? Seconds, string? Out, string? Root)
{
    public const int DefaultSeed = 20250101;

    public static Options? Parse(string[] args)
    {
        var result = new Options("all", DefaultSeed, 10_000, null, null, null);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (value is null)
            {
                return null;
            }

            result = args[i] switch
            {
                "--target" => result with { Target = value },
                "--seed" => result with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--iterations" => result with { Iterations = long.Parse(value, CultureInfo.InvariantCulture), Seconds = null },
                "--seconds" => result with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--out" => result with { Out = value },
                "--root" => result with { Root = value },
                _ => null,
            };
            if (result is null)
            {
                return null;
            }

            i++;
        }

        return result;
    }
}

internal sealed record Summary(long Inputs, int Failures, double SlowestMs, int SlowestBytes);

internal static class Campaign
{
    /// <summary>The time an input may take: 100 ms per MB, at least 50 ms.</summary>
    public static double BudgetMs(int bytes) => Math.Max(50.0, 100.0 * bytes / 1_000_000);

    public static Summary Run(string name, Action<byte[]> target, IReadOnlyList<byte[]> samples, Options options)
    {
        var random = new Random(HashCode.Combine(options.Seed, StableHash(name)));
        var mutator = new Mutator(random, samples, text: name is "deadline" or "legal");
        var failures = new HashSet<string>(StringComparer.Ordinal);
        var failureCount = 0;

        // Warm-up: the samples as they are, untimed (the first call of each path is compiled).
        foreach (var sample in samples)
        {
            if (Try(target, sample, out _) is { } error)
            {
                failureCount += Record(name, sample, error, options, failures) ? 1 : 0;
            }
        }

        var clock = Stopwatch.StartNew();
        long inputs = 0;
        double slowest = 0;
        var slowestBytes = 0;
        while (options.Seconds is { } seconds ? clock.Elapsed.TotalSeconds < seconds : inputs < options.Iterations)
        {
            var input = mutator.Mutate(samples[random.Next(samples.Count)]);
            inputs++;
            var error = Try(target, input, out var ms);
            if (error is null && ms > BudgetMs(input.Length))
            {
                // Timing on a shared machine is noisy: slow only if slow three times.
                var best = ms;
                for (var again = 0; again < 2 && best > BudgetMs(input.Length); again++)
                {
                    error = Try(target, input, out var retry);
                    best = Math.Min(best, retry);
                }

                ms = best;
                if (error is null && best > BudgetMs(input.Length))
                {
                    error = string.Create(CultureInfo.InvariantCulture, $"slow: {best:0.0} ms for {input.Length:N0} bytes (budget {BudgetMs(input.Length):0.0} ms)");
                }
            }

            if (ms > slowest)
            {
                (slowest, slowestBytes) = (ms, input.Length);
            }

            if (error is not null && Record(name, input, error, options, failures))
            {
                failureCount++;
            }
        }

        return new Summary(inputs, failureCount, slowest, slowestBytes);
    }

    private static string? Try(Action<byte[]> target, byte[] input, out double ms)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            target(input);
            ms = watch.Elapsed.TotalMilliseconds;
            return null;
        }
        catch (Exception ex)
        {
            ms = watch.Elapsed.TotalMilliseconds;
            return ex.ToString();
        }
    }

    /// <summary>Keeps a failure once per kind (exception type and top frame): written to --out and printed.</summary>
    private static bool Record(string name, byte[] input, string error, Options options, HashSet<string> seen)
    {
        var key = error.StartsWith("slow:", StringComparison.Ordinal) ? "slow" : string.Join('|', error.Split('\n').Take(2).Select(l => l.Split(':')[0].Trim()));
        if (!seen.Add(key))
        {
            return false;
        }

        var id = Convert.ToHexString(SHA256.HashData(input))[..12];
        Console.WriteLine($"FAIL {name} {id}: {error.Split('\n')[0].Trim()}");
        if (options.Out is { } dir)
        {
            var folder = Path.Combine(dir, name);
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, id + ".input"), input);
            File.WriteAllText(Path.Combine(folder, id + ".txt"), error);
        }

        return true;
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));
}

internal static class Corpus
{
    /// <summary>The samples of each target, from the repository: plans, frameworks, assessments, official schedules, and the deadline phrases and citations of the sample plans.</summary>
    public static Dictionary<string, IReadOnlyList<byte[]>> Load(string root)
    {
        var plans = Files(Path.Combine(root, "samples", "plans"), "*.json");
        var frameworks = Files(Path.Combine(root, "samples", "scoring"), "framework-*.json");
        var texts = plans.SelectMany(Strings).Distinct(StringComparer.Ordinal).ToList();
        var deadlines = texts.Where(t => t.Length < 400 && (t.Contains("ngày", StringComparison.Ordinal) || t.Contains("tháng", StringComparison.Ordinal)
            || t.Contains("quý", StringComparison.Ordinal) || t.Contains("năm", StringComparison.Ordinal))).Take(400).ToList();
        var citations = texts.Where(t => t.Contains('/', StringComparison.Ordinal) && (t.Contains("Nghị định", StringComparison.Ordinal)
            || t.Contains("Quyết định", StringComparison.Ordinal) || t.Contains("Thông tư", StringComparison.Ordinal) || t.Contains("NĐ-CP", StringComparison.Ordinal)
            || t.Contains("QĐ", StringComparison.Ordinal) || t.Contains("Luật", StringComparison.Ordinal))).Take(400).ToList();
        return new Dictionary<string, IReadOnlyList<byte[]>>(StringComparer.Ordinal)
        {
            ["plan"] = plans,
            ["framework"] = frameworks,
            ["scorer"] = frameworks,
            ["assessment"] = Files(Path.Combine(root, "samples", "scoring"), "assessment-*.json"),
            ["schedule"] = Files(Path.Combine(root, "src", "Cchc.Domain", "Calendar", "Schedules"), "official-schedules.json"),
            ["deadline"] = [.. deadlines.Select(System.Text.Encoding.UTF8.GetBytes)],
            ["legal"] = [.. citations.Select(System.Text.Encoding.UTF8.GetBytes)],
        };
    }

    private static List<byte[]> Files(string folder, string pattern)
    {
        var files = Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        return files.Count > 0 ? files : throw new InvalidOperationException($"no samples {pattern} in {folder}");
    }

    private static IEnumerable<string> Strings(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var stack = new Stack<JsonElement>([document.RootElement]);
        var found = new List<string>();
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    found.Add(element.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        stack.Push(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var member in element.EnumerateObject())
                    {
                        stack.Push(member.Value);
                    }

                    break;
                default:
                    break;
            }
        }

        return found;
    }
}
