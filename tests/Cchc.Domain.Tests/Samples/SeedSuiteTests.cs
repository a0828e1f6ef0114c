using Cchc.Domain.Plans;

namespace Cchc.Domain.Tests.Samples;

/// <summary>
/// What every seed plan must hold, one row a seed: it reads strictly without a diagnostic, is in
/// canonical form, validates with exactly its expected warnings (by code and count; no error) and keeps
/// the numbers of its source's parts. Each seed's own facts are in Seed000Tests … Seed004Tests.
/// </summary>
public sealed class SeedSuiteTests
{
    public sealed record Seed(string File, int Areas, int Tasks, int Targets, int Citations, int Basis, string Warnings)
    {
        public override string ToString() => File[..3];
    }

    private static readonly Seed[] Rows =
    [
        new(SamplePlans.Seed000, Areas: 8, Tasks: 48, Targets: 17, Citations: 18, Basis: 1, Warnings: "CCHC2008×4, CCHC2013×2"),
        new(SamplePlans.Seed001, Areas: 7, Tasks: 42, Targets: 33, Citations: 12, Basis: 1, Warnings: ""),
        new(SamplePlans.Seed002, Areas: 10, Tasks: 45, Targets: 9, Citations: 16, Basis: 4, Warnings: ""),
        new(SamplePlans.Seed003, Areas: 7, Tasks: 75, Targets: 19, Citations: 7, Basis: 0, Warnings: "CCHC2008×29"),
        new(SamplePlans.Seed004, Areas: 7, Tasks: 40, Targets: 31, Citations: 26, Basis: 7, Warnings: "CCHC2008×40"),
    ];

    public static TheoryData<Seed> Seeds() => [.. Rows];

    [Fact]
    public void The_suite_covers_every_sample_plan() =>
        Assert.Equal(SamplePlans.All(), Rows.Select(row => row.File).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Is_in_canonical_form(Seed seed) => SamplePlans.AssertCanonical(seed.File);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Validates_with_exactly_its_expected_warnings(Seed seed)
    {
        var (_, diagnostics) = SamplePlans.Load(seed.File);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var counted = diagnostics.GroupBy(d => d.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}");
        Assert.Equal(seed.Warnings, string.Join(", ", counted));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Keeps_the_number_of_areas_tasks_targets_and_documents_of_its_source(Seed seed)
    {
        Plan plan = SamplePlans.Read(seed.File);

        Assert.Equal(
            (seed.Areas, seed.Tasks, seed.Targets, seed.Citations, seed.Basis),
            (plan.Areas.Count, plan.AllTasks.Count(), plan.AllTargets.Count(), plan.Citations.Count, plan.LegalBasis.Count));
    }
}
