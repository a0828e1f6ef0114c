using System.Collections.Immutable;
using Cchc.Domain.Scoring;
using NodaTime;

namespace Cchc.Domain.Tests.Scoring;

/// <summary>Small builders for frameworks and assessments in tests.</summary>
internal static class Build
{
    public static ScoringFramework Framework(params Criterion[] areas) => Framework(ScoringPolicy.Default, areas);

    public static ScoringFramework Framework(ScoringPolicy policy, params Criterion[] areas) =>
        new(new FrameworkIdentity("test", "1", "Bộ chỉ số thử", null, FrameworkLevel.Department, null, 2020, null), [.. areas], null, policy, []);

    public static ScoringPolicy Policy(NotApplicablePolicy na = NotApplicablePolicy.RescaleDenominator, ScoreRoundingMode mode = ScoreRoundingMode.HalfUp, RoundingStage stage = RoundingStage.EachLeaf, bool exceed = false) =>
        new(na, new RoundingPolicy(2, mode, stage), exceed);

    public static Criterion Manual(string code, decimal max, AssessmentMethod method = AssessmentMethod.SelfAssessed) =>
        Criterion.Leaf(code, "Tiêu chí " + code, max, ManualRule.Instance, method);

    public static Assessment Assessment(ScoringFramework framework, string unit, params LeafEntry[] entries) =>
        Assessment(framework, unit, null, entries);

    public static Assessment Assessment(ScoringFramework framework, string unit, string? block, params LeafEntry[] entries) =>
        new(new FrameworkReference(framework.Identity.Id, framework.Identity.Version), 2024, new AssessedUnit(unit, "Đơn vị " + unit, block), false, [.. entries]);

    /// <summary>An entry appraised with <paramref name="appraised"/> (and self-assessed with the same input unless given).</summary>
    public static LeafEntry Entry(string code, LeafInput appraised, LeafInput? self = null) =>
        new(code, [new RoundEntry(AssessmentRound.SelfAssessment, self ?? appraised, null, null), new RoundEntry(AssessmentRound.Appraisal, appraised, null, null)],
            [new EvidenceDocument("01/KH", new LocalDate(2024, 1, 5), "UBND", null, null)], null);

    public static LeafEntry Points(string code, decimal appraised, decimal? self = null) =>
        Entry(code, new PointsInput(appraised), self is null ? null : new PointsInput(self.Value));

    public static LeafEntry NotApplicable(string code) => Entry(code, new NotApplicableInput(null));

    public static ImmutableArray<T> Array<T>(params T[] items) => [.. items];

    public static string SamplePath(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "scoring")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("samples/scoring not found"), "samples", "scoring", name);
    }
}
