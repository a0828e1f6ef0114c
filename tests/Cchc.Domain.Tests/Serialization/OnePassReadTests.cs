using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;
using Cchc.Domain.Serialization;

namespace Cchc.Domain.Tests.Serialization;

/// <summary>The one-pass reader: structural and content findings in one round, and the limits of <see cref="JsonReadOptions"/>.</summary>
public sealed class OnePassReadTests
{
    private const string Header = "\"header\": { \"kind\": \"other\", \"title\": \"KH\", \"issuer\": \"Sở\", \"year\": 2022 }";

    /// <summary>A string at /header/year, a task id used twice, a lead unit nobody declared and a quarter 5.</summary>
    private const string Broken = """
        {
          "schemaVersion": "1.0",
          "header": { "kind": "other", "title": "KH", "issuer": "Sở", "year": "2022" },
          "units": [ { "id": "so", "name": "Sở", "kind": "other" } ],
          "areas": [ { "id": "a", "number": "1", "title": "T", "kind": "impact", "tasks": [
            { "id": "t", "title": "T", "leadUnitIds": [ "so" ] },
            { "id": "t", "title": "T2", "leadUnitIds": [ "khong-co" ], "due": { "kind": "quarter", "year": 2022, "quarter": 5 } }
          ] } ],
          "targets": [ { "id": "x", "text": "x", "measure": "qualitative", "baselineYear": 2030 } ]
        }
        """;

    [Fact]
    public void A_structural_problem_does_not_hide_the_content_findings_of_what_reads()
    {
        var result = PlanJson.Read(Broken);
        var found = result.Diagnostics.Select(d => (d.Code, d.Path)).ToList();

        Assert.Null(result.Plan);
        Assert.Contains(("CCHC1002", "/header/year"), found);
        Assert.Contains(found, f => f.Code == "CCHC2001" && f.Path.StartsWith("/areas/0/tasks/1", StringComparison.Ordinal));
        Assert.Contains(("CCHC2002", "/areas/0/tasks/1/leadUnitIds/0"), found);
        Assert.Contains(("CCHC2023", "/areas/0/tasks/1/due/quarter"), found);
    }

    [Fact]
    public void The_neutral_value_of_a_member_that_did_not_read_causes_no_finding_of_its_own()
    {
        var result = PlanJson.Read(Broken);

        // The year did not read: nothing is compared with it (baseline after the plan year, dates outside it…),
        // and nothing is said about the year itself but the wrong type.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "CCHC2012" or "CCHC2014" or "CCHC2016" or "CCHC2020" or "CCHC2024");
        Assert.Single(result.Diagnostics, d => d.Path == "/header/year");
    }

    [Fact]
    public void A_document_whose_areas_come_before_its_header_parses_phrases_against_the_header_year()
    {
        const string json = """{ "schemaVersion": "1.0", "areas": [ { "id": "a", "number": "1", "title": "T", "kind": "impact", "tasks": [ { "id": "t", "title": "T", "deadline": "Quý I" } ] } ], "header": { "kind": "other", "title": "KH", "issuer": "Sở", "year": 2023 } }""";

        var deadline = PlanJson.Read(json).Plan!.AllTasks.Single().Task.Deadline;

        Assert.Equal(new Cchc.Domain.Deadlines.QuarterDeadline(2023, 1) with { Text = "Quý I" }, deadline);
    }

    [Fact]
    public void A_newer_minor_version_is_a_warning_however_long_its_number()
    {
        var result = PlanJson.Read($$"""{ "schemaVersion": "1.99999999999", {{Header}} }""");

        Assert.True(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d is { Code: "CCHC1013", Severity: DiagnosticSeverity.Warning });
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_not_read()
    {
        var result = PlanJson.Read($$"""{ "schemaVersion": "1.0", {{Header}} }""", JsonReadOptions.Strict with { MaxInputBytes = 20 });

        Assert.Equal(("CCHC1015", ""), Assert.Single(result.Diagnostics) is var d ? (d.Code, d.Path) : default);
        Assert.Null(result.Plan);
    }

    [Fact]
    public void Items_past_the_array_limit_are_reported_once()
    {
        var result = PlanJson.Read($$"""{ "schemaVersion": "1.0", {{Header}}, "notes": [ "a", "b", "c", "d" ] }""", JsonReadOptions.Strict with { MaxArrayLength = 2 });

        var error = Assert.Single(result.Errors);
        Assert.Equal(("CCHC1016", "/notes"), (error.Code, error.Path));
    }

    [Fact]
    public void A_string_longer_than_the_limit_is_reported_at_its_pointer()
    {
        var result = PlanJson.Read($$"""{ "schemaVersion": "1.0", {{Header}}, "notes": [ "Kế hoạch" ] }""", JsonReadOptions.Strict with { MaxStringLength = 4 });

        var error = Assert.Single(result.Errors);
        Assert.Equal(("CCHC1017", "/notes/0"), (error.Code, error.Path));
        Assert.Contains("8 characters", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_past_the_limit_are_counted_in_one_last_diagnostic()
    {
        var result = PlanJson.Read($$"""{ "schemaVersion": "1.0", {{Header}}, "a": 1, "b": 2, "c": 3, "d": 4, "e": 5 }""", JsonReadOptions.Strict with { MaxDiagnostics = 2 });

        Assert.Equal(["CCHC1004", "CCHC1004", "CCHC1018"], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("3 more", result.Diagnostics[^1].MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_limit_below_one_is_refused_when_set(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonReadOptions.Strict with { MaxInputBytes = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonReadOptions.Strict with { MaxArrayLength = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonReadOptions.Strict with { MaxStringLength = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonReadOptions.Strict with { MaxDiagnostics = limit });
    }

    [Fact]
    public void A_stream_larger_than_the_limit_is_not_read_to_its_end()
    {
        using var stream = new MemoryStream(new byte[1_000_000]);

        var result = PlanJson.Read(stream, JsonReadOptions.Strict with { MaxInputBytes = 1000 });

        Assert.Equal("CCHC1015", Assert.Single(result.Diagnostics).Code);
    }
}

/// <summary>Official schedules are read in one pass and written canonically, like plans.</summary>
public sealed class OfficialScheduleOnePassTests
{
    [Fact]
    public void Write_read_write_of_the_built_in_schedules_is_byte_identical()
    {
        var first = Cchc.Domain.Calendar.Schedules.OfficialScheduleJson.Write(Cchc.Domain.Calendar.Schedules.BuiltInSchedules.Read().Schedules);
        var second = Cchc.Domain.Calendar.Schedules.OfficialScheduleJson.Write(Cchc.Domain.Calendar.Schedules.OfficialScheduleJson.Read(first).Schedules);

        Assert.Equal(first, second);
        Assert.Contains("Thông báo", first, StringComparison.Ordinal);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_minor_version_is_a_warning_as_for_plans()
    {
        var result = Cchc.Domain.Calendar.Schedules.OfficialScheduleJson.Read("""{ "schemaVersion": "1.99999999999", "schedules": [] }""");

        Assert.True(result.IsValid);
        Assert.Equal(("CCHC1013", DiagnosticSeverity.Warning), Assert.Single(result.Diagnostics) is var d ? (d.Code, d.Severity) : default);
    }
}
