using System.Text;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Tests.Scoring;

public sealed class JsonTests
{
    public static TheoryData<string> Frameworks => new() { "framework-khoi-so.json", "framework-par-index-tinh-876.json" };

    public static TheoryData<string> Assessments => new(FrameworkJsonSamples.AssessmentFiles);

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Sample_frameworks_are_valid_and_round_trip_byte_identical(string file)
    {
        var result = FrameworkJson.Read(File.ReadAllBytes(Build.SamplePath(file)));
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        var written = FrameworkJson.Write(result.Value!);
        Assert.Equal(File.ReadAllText(Build.SamplePath(file)), written);
        var again = FrameworkJson.Write(FrameworkJson.Read(written).Value!);
        Assert.Equal(written, again);
        Assert.DoesNotContain("\\u", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", written, StringComparison.Ordinal);
        Assert.Contains("Cải cách thể chế", written, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Assessments))]
    public void Sample_assessments_are_valid_against_the_framework_and_round_trip(string file)
    {
        var bytes = File.ReadAllBytes(Build.SamplePath(file));
        var result = AssessmentJson.Read(bytes);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(new AssessmentValidator(FrameworkJsonSamples.KhoiSo).Diagnose(result.Value!), d => d.IsError);

        var written = AssessmentJson.Write(result.Value!);
        Assert.Equal(Encoding.UTF8.GetString(bytes), written);
        Assert.Equal(written, AssessmentJson.Write(AssessmentJson.Read(written).Value!));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(written));
        Assert.Equal(written, AssessmentJson.Write(AssessmentJson.Read(stream).Value!));
    }

    [Fact]
    public void Sample_units_are_scored_ranked_and_classed()
    {
        var scorer = new Scorer(FrameworkJsonSamples.KhoiSo);
        var cards = FrameworkJsonSamples.Assessments.Select(scorer.Score).ToList();
        var ranking = Ranking.Rank(cards, FrameworkJsonSamples.KhoiSo);

        Assert.All(cards, c => Assert.InRange(c.IndexPercent, 0m, 100m));
        Assert.All(cards, c => Assert.NotNull(c.Class));
        Assert.Equal(cards.Count, ranking.Units.Count);
        Assert.Null(ranking.Units.Single(u => string.Equals(u.Card.Unit.Code, "ctk", StringComparison.Ordinal)).Rank);
        Assert.Equal("nganhDoc", cards.Single(c => string.Equals(c.Unit.Code, "ctk", StringComparison.Ordinal)).Block);
        Assert.StartsWith("nhom", cards.Single(c => string.Equals(c.Unit.Code, "ctk", StringComparison.Ordinal)).Class!.Code, StringComparison.Ordinal);
        Assert.True(cards.Single(c => string.Equals(c.Unit.Code, "syt", StringComparison.Ordinal)).Find("6.2")!.IsNotApplicable);
        Assert.Equal(98m, cards.Single(c => string.Equals(c.Unit.Code, "syt", StringComparison.Ordinal)).ApplicableMaxPoints);

        // Regression pin of the samples' results (computed by this engine, not published figures).
        var khoiSo = ranking.Units.Where(u => string.Equals(u.Block, "khoiSo", StringComparison.Ordinal)).ToList();
        Assert.Equal("stp snv syt sxd", string.Join(" ", khoiSo.Select(u => u.Card.Unit.Code)));
        Assert.Equal([94.29m, 83.56m, 76.68m, 69.49m], khoiSo.Select(u => u.Card.IndexPercent));
        Assert.Equal("Tốt Khá Trung bình Trung bình", string.Join(" ", khoiSo.Select(u => u.Card.Class!.Label)));
    }

    [Fact]
    public void Structural_problems_are_all_reported_with_pointers()
    {
        const string json = """
            { "schemaVersion": "1.0", "framework": { "id": "x" }, "year": "2024",
              "unit": { "code": "u", "name": "U", "colour": "red" },
              "entries": [ { "code": "1", "rounds": [ { "round": "thirdAppraisal", "input": { "kind": "points", "points": "1" } },
                                                       { "round": "appraisal", "input": { "points": 1 } } ] } ] }
            """;
        var result = AssessmentJson.Read(json);

        Assert.Null(result.Value);
        var found = result.Diagnostics.Select(d => (d.Code, d.Path)).ToList();
        Assert.Contains(("CCHC1003", "/framework"), found);
        Assert.Contains(("CCHC1002", "/year"), found);
        Assert.Contains(("CCHC1004", "/unit/colour"), found);
        Assert.Contains(("CCHC1008", "/entries/0/rounds/0/round"), found);
        Assert.Contains(("CCHC1002", "/entries/0/rounds/0/input/points"), found);
        Assert.Contains(("CCHC1009", "/entries/0/rounds/1/input"), found);
    }

    [Fact]
    public void Lenient_reading_turns_unknown_members_into_warnings()
    {
        var json = File.ReadAllText(Build.SamplePath("framework-par-index-tinh-876.json")).Replace("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.1\", \"publisher\": \"BNV\",", StringComparison.Ordinal);
        Assert.False(FrameworkJson.Read(json).IsValid);
        var lenient = FrameworkJson.Read(json, JsonReadOptions.Lenient);
        Assert.True(lenient.IsValid);
        Assert.Contains(lenient.Diagnostics, d => d is { Code: "CCHC1004", Severity: DiagnosticSeverity.Warning });
        Assert.Contains(lenient.Diagnostics, d => string.Equals(d.Code, "CCHC1013", StringComparison.Ordinal));
    }

    [Fact]
    public void The_provincial_skeleton_has_the_known_shape()
    {
        var framework = FrameworkJsonSamples.Provincial876;
        Assert.Equal(8, framework.Areas.Count);
        Assert.Equal(100m, framework.MaxPoints);
        Assert.Equal(32m, framework.Leaves.Where(l => l.Method == AssessmentMethod.Survey).Sum(l => l.MaxPoints));
        Assert.Equal("876/QĐ-BNV", framework.Identity.Decision);
    }

    [Fact]
    public void The_department_sample_uses_every_rule_kind()
    {
        var kinds = FrameworkJsonSamples.KhoiSo.Leaves.Select(l => l.Rule!.Kind)
            .Concat(FrameworkJsonSamples.KhoiSo.Adjustments!.Items.Select(i => i.Rule.Kind)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(9, kinds.Count);
        Assert.Equal(8, FrameworkJsonSamples.KhoiSo.Areas.Count);
        Assert.Equal(30m, FrameworkJsonSamples.KhoiSo.Leaves.Where(l => l.Method == AssessmentMethod.Survey).Sum(l => l.MaxPoints));
    }
}
