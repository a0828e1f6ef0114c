using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using static Cchc.Domain.Tests.Scoring.Build;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Tests.Scoring;

public sealed class ValidationTests
{
    private const string Header = """
        "schemaVersion": "1.0", "id": "t", "version": "1", "title": "Thử", "level": "department", "firstYear": 2024,
        """;

    [Fact]
    public void Parent_max_that_differs_from_its_children_is_reported_at_its_pointer()
    {
        var json = "{" + Header + """
            "areas": [
              { "code": "1", "title": "A", "maxPoints": 6, "children": [
                { "code": "1.1", "title": "a", "maxPoints": 2.5, "rule": { "kind": "binary" } },
                { "code": "1.2", "title": "b", "maxPoints": 3, "rule": { "kind": "manual" } } ] } ] }
            """;
        var result = FrameworkJson.Read(json);

        Assert.False(result.IsValid);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("CCHC4001", "/areas/0/maxPoints"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("5.5", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains("5,5", diagnostic.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_rule_kind_is_a_structural_error()
    {
        var json = "{" + Header + """
            "areas": [ { "code": "1", "title": "A", "maxPoints": 1, "rule": { "kind": "lottery" } } ] }
            """;
        var result = FrameworkJson.Read(json);
        Assert.Null(result.Value);
        Assert.Contains(result.Diagnostics, d => d is { Code: "CCHC1010", Path: "/areas/0/rule/kind" });
    }

    [Fact]
    public void Unsupported_schema_version_is_refused()
    {
        var json = "{" + Header.Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal) + """ "areas": [] }""";
        var result = FrameworkJson.Read(json);
        Assert.Null(result.Value);
        Assert.Contains(result.Diagnostics, d => d is { Code: "CCHC1011", Path: "/schemaVersion" });
    }

    [Fact]
    public void Overlapping_and_gapped_classification_bands_are_reported()
    {
        var framework = Framework(Manual("1", 100m)) with
        {
            Classification =
            [
                new ClassificationScheme(null, [new("tot", "Tốt", 90m, null), new("kha", "Khá", 75m, 91m), new("tb", "Trung bình", 50m, 70m)]),
            ],
        };
        var diagnostics = FrameworkValidator.Shared.Diagnose(framework);

        Assert.Contains(diagnostics, d => d is { Code: "CCHC4009", Path: "/classification/0/bands/0" });
        Assert.Contains(diagnostics, d => string.Equals(d.Code, "CCHC4010", StringComparison.Ordinal) && d.MessageEn.Contains("[70, 75)", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => string.Equals(d.Code, "CCHC4010", StringComparison.Ordinal) && d.MessageEn.Contains("[0, 50)", StringComparison.Ordinal));
    }

    [Fact]
    public void Rule_problems_are_reported_at_their_parameters()
    {
        var framework = Framework(
            Criterion.Leaf("1", "a", 1m, new RatioBandsRule([new RatioBand(80m, true, 100m, true, 0.5m), new RatioBand(100m, true, null, false, 1m)])),
            Criterion.Leaf("2", "b", 1m, new LevelsRule([new("tot", "Tốt", 0.75m), new("tot", "Tốt", 1.5m)])),
            Criterion.Leaf("2", "c", 1m, new DeductionRule(0m)));
        var diagnostics = FrameworkValidator.Shared.Diagnose(framework).Select(d => (d.Code, d.Path)).ToList();

        Assert.Contains(("CCHC4007", "/areas/0/rule/bands/1"), diagnostics);
        Assert.Contains(("CCHC4008", "/areas/1/rule/levels/1/code"), diagnostics);
        Assert.Contains(("CCHC4006", "/areas/1/rule/levels/1/fraction"), diagnostics);
        Assert.Contains(("CCHC4002", "/areas/2/code"), diagnostics);
        Assert.Contains(("CCHC4006", "/areas/2/rule/pointsPerViolation"), diagnostics);
    }

    [Fact]
    public void Assessment_problems_are_reported_with_pointers_into_the_assessment()
    {
        var framework = Framework(
            Criterion.Parent("1", "A", Criterion.Leaf("1.1", "a", 1m, BinaryRule.Instance), Manual("1.2", 2m)),
            Criterion.Leaf("2", "b", 1m, new LevelsRule([new("tot", "Tốt", 1m)])));
        var noEvidence = new LeafEntry("1.2", [new RoundEntry(AssessmentRound.SelfAssessment, new PointsInput(1m), null, null)], [], null);
        var assessment = Assessment(framework, "u",
            Entry("1.1", new PointsInput(1m)),
            noEvidence,
            Entry("2", new LevelInput("gioi")),
            Points("1", 1m),
            Points("9.9", 1m),
            Points("1.2", 5m)) with
        { Framework = new FrameworkReference("test", "0") };

        var found = new AssessmentValidator(framework).Diagnose(assessment).Select(d => (d.Code, d.Path)).ToList();

        Assert.Contains(("CCHC4012", "/framework"), found);
        Assert.Contains(("CCHC4018", "/entries/0/rounds/0/input/kind"), found);
        Assert.Contains(("CCHC4024", "/entries/1"), found);
        Assert.Contains(("CCHC4026", "/entries/1/rounds"), found);
        Assert.Contains(("CCHC4021", "/entries/2/rounds/1/input/level"), found);
        Assert.Contains(("CCHC4015", "/entries/3/code"), found);
        Assert.Contains(("CCHC4014", "/entries/4/code"), found);
        Assert.Contains(("CCHC4016", "/entries/5/code"), found);
    }

    [Fact]
    public void Points_above_max_and_negative_counts_are_reported()
    {
        var framework = Framework(Manual("1", 2m), Criterion.Leaf("2", "b", 1m, new DeductionRule(0.25m)));
        var found = new AssessmentValidator(framework).Diagnose(Assessment(framework, "u", Points("1", 2.5m), Entry("2", new CountInput(-1))))
            .Select(d => (d.Code, d.Path)).ToList();

        Assert.Contains(("CCHC4019", "/entries/0/rounds/0/input/points"), found);
        Assert.Contains(("CCHC4020", "/entries/1/rounds/0/input/count"), found);
    }

    [Fact]
    public void An_explanation_replaces_evidence()
    {
        var framework = Framework(Manual("1", 2m));
        var explained = new LeafEntry("1", [new RoundEntry(AssessmentRound.Appraisal, new PointsInput(1m), null, null)], [], "Số liệu tổng hợp trong báo cáo năm");
        Assert.DoesNotContain(new AssessmentValidator(framework).Diagnose(Assessment(framework, "u", explained)), d => string.Equals(d.Code, "CCHC4024", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_scoring_code_is_in_the_catalogue_and_documented()
    {
        var docs = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(SamplePath("x"))!)!, "..", "docs", "diagnostics.md"));
        Assert.All(ScoringDiagnostics.All, d =>
        {
            Assert.Same(d, DiagnosticCatalog.Descriptor(d.Code));
            Assert.Contains("| " + d.Code + " |", docs, StringComparison.Ordinal);
        });
        Assert.Equal(ScoringDiagnostics.All.Count, ScoringDiagnostics.All.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Maxima_too_large_to_add_are_reported_instead_of_throwing()
    {
        var json = "{" + Header + """
            "areas": [
              { "code": "1", "title": "A", "maxPoints": 1, "children": [
                { "code": "1.1", "title": "a", "maxPoints": 79228162514264337593543950335, "rule": { "kind": "binary" } },
                { "code": "1.2", "title": "b", "maxPoints": 79228162514264337593543950335, "rule": { "kind": "binary" } } ] },
              { "code": "2", "title": "B", "maxPoints": 1000000, "rule": { "kind": "manual" } } ] }
            """;
        var result = FrameworkJson.Read(json);

        Assert.False(result.IsValid);
        Assert.Equal(
            ["CCHC4006 /areas/0/children/0/maxPoints", "CCHC4006 /areas/0/children/1/maxPoints", "CCHC4001 /areas/0/maxPoints"],
            result.Diagnostics.Select(d => d.Code + " " + d.Path));
        Assert.Contains("at most 1000000", result.Diagnostics[0].MessageEn, StringComparison.Ordinal);
    }
}
