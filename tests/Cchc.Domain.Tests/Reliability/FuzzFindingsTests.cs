using System.Diagnostics;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Fuzz;

namespace Cchc.Domain.Tests.Reliability;

/// <summary>
/// Every input fuzz/Cchc.Fuzz ever found to fail, kept in Reliability/fuzz-findings/&lt;target&gt;/&lt;id&gt;.input (with
/// the exception it threw in &lt;id&gt;.txt), replayed through the same target code (FuzzTargets.cs, linked here).
/// An input listed in fuzz-findings/pending.txt waits for a fix on another branch (the line names its owner)
/// and is left out until the lead removes the line after merging.
/// </summary>
public sealed class FuzzFindingsTests
{
    private static readonly string Folder = RepositoryFiles.Path(Path.Combine("tests", "Cchc.Domain.Tests", "Reliability", "fuzz-findings"));

    public static TheoryData<string, string> Findings()
    {
        var pending = File.Exists(Path.Combine(Folder, "pending.txt"))
            ? File.ReadAllLines(Path.Combine(Folder, "pending.txt")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' ')[0]).ToHashSet(StringComparer.Ordinal)
            : [];
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Folder, "*.input", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.GetFileName(Path.GetDirectoryName(file)!);
            var id = target + "/" + Path.GetFileNameWithoutExtension(file);
            if (!pending.Contains(id))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        // xUnit needs one row at least: the findings folder's own sample of a fixed bug.
        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_fuzz_finding_neither_throws_nor_stalls(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(Folder, target, file));
        FuzzTargets.Frameworks = [.. Directory.GetFiles(RepositoryFiles.Path(Path.Combine("samples", "scoring")), "framework-*.json")
            .Select(f => FrameworkJson.Read(File.ReadAllBytes(f)).Framework).OfType<ScoringFramework>()];
        FuzzTargets.Assessments = [.. Directory.GetFiles(RepositoryFiles.Path(Path.Combine("samples", "scoring")), "assessment-*.json")
            .Select(f => AssessmentJson.Read(File.ReadAllBytes(f)).Assessment).OfType<Assessment>()];
        FuzzTargets.All[target](input);
        var watch = Stopwatch.StartNew();

        FuzzTargets.All[target](input);

        // The fuzzer's budget is 100 ms per MB (at least 50 ms); a test run on a busy machine gets ten times that.
        Assert.True(watch.Elapsed.TotalMilliseconds < 10 * Math.Max(50.0, 100.0 * input.Length / 1_000_000), $"took {watch.Elapsed}");
    }
}
