using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scoring;
using Cchc.Domain.Validation;
using Cchc.Domain.Validation.Scoring;
using Cchc.Domain.Tests.Scoring;

namespace Cchc.Domain.Tests.Reliability;

/// <summary>The O(n log n) sweep for overlapping ratio bands finds an overlap exactly when some pair of bands overlaps.</summary>
public sealed class RatioBandOverlapTests
{
    [Fact]
    public void The_sweep_reports_an_overlap_exactly_when_a_pair_overlaps_and_only_real_ones()
    {
        var random = new Random(4007);
        for (var run = 0; run < 5000; run++)
        {
            var bands = Enumerable.Range(0, random.Next(1, 7)).Select(_ => new RatioBand(
                Bound(random), random.Next(2) == 0, Bound(random), random.Next(2) == 0, 0.5m)).ToArray();
            var framework = Build.Framework(Criterion.Leaf("1", "a", 1m, new RatioBandsRule([.. bands])));

            var diagnostics = FrameworkValidator.Shared.Diagnose(framework);

            var reported = diagnostics.Where(d => d.Code == "CCHC4007").ToList();
            var anyPair = Enumerable.Range(0, bands.Length).Any(i => Enumerable.Range(0, i).Any(j => RuleChecks.Overlap(bands[j], bands[i])));
            Assert.True(anyPair == (reported.Count > 0), $"run {run}: {string.Join("; ", bands)}");
            Assert.True(reported.Count < bands.Length);
        }
    }

    private static decimal? Bound(Random random) => random.Next(4) == 0 ? null : random.Next(0, 6);
}
