using System.Text;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Tests.Plans;

public sealed class PlanJsonDiagnosticsTests
{
    private const string Header = "\"header\": { \"kind\": \"annualReform\", \"title\": \"KH\", \"issuer\": \"Sở\", \"year\": 2022 }";

    public static TheoryData<string, string, string> BrokenDocuments => new()
    {
        { "{", "CCHC1001", "" },
        { "", "CCHC1001", "" },
        { "{} {}", "CCHC1001", "" },
        { "[]", "CCHC1002", "" },
        { $$"""{ "schemaVersion": 1, {{Header}} }""", "CCHC1002", "/schemaVersion" },
        { """{ "schemaVersion": "1.0" }""", "CCHC1003", "" },
        { $$"""{ "schemaVersion": "1.0", {{Header}}, "colour": "red" }""", "CCHC1004", "/colour" },
        { $$"""{ "schemaVersion": "1.0", "schemaVersion": "1.0", {{Header}} }""", "CCHC1005", "/schemaVersion" },
        { """{ "schemaVersion": "1.0", "header": null }""", "CCHC1006", "/header" },
        { """{ "schemaVersion": "1.0", "header": { "kind": "annualReform", "title": "KH", "issuer": "Sở", "year": 2022, "issueDate": "2022-02-30" } }""", "CCHC1007", "/header/issueDate" },
        { """{ "schemaVersion": "1.0", "header": { "kind": "yearly", "title": "KH", "issuer": "Sở", "year": 2022 } }""", "CCHC1008", "/header/kind" },
        { """{ "schemaVersion": "1.0", "header": { "kind": "AnnualReform", "title": "KH", "issuer": "Sở", "year": 2022 } }""", "CCHC1008", "/header/kind" },
        { $$"""{ "schemaVersion": "1.0", {{Header}}, "areas": [ { "id": "a", "number": "1", "title": "T", "kind": "direction", "tasks": [ { "id": "t", "title": "T", "due": { "date": "2022-01-01" } } ] } ] }""", "CCHC1009", "/areas/0/tasks/0/due" },
        { $$"""{ "schemaVersion": "1.0", {{Header}}, "areas": [ { "id": "a", "number": "1", "title": "T", "kind": "direction", "tasks": [ { "id": "t", "title": "T", "due": { "kind": "week" } } ] } ] }""", "CCHC1010", "/areas/0/tasks/0/due/kind" },
        { $$"""{ "schemaVersion": "2.0", {{Header}} }""", "CCHC1011", "/schemaVersion" },
        { """{ "schemaVersion": "1.0", "header": { "kind": "annualReform", "title": "KH", "issuer": "Sở", "year": 2022.5 } }""", "CCHC1012", "/header/year" },
        { $$"""{ "schemaVersion": "1.0", {{Header}}, "units": [ { "id": "x", "name": "X", "kind": "office", "memberIds": [ null ] } ] }""", "CCHC1006", "/units/0/memberIds/0" },
        { $$"""{ "schemaVersion": "1.0", {{Header}}, "reporting": [ { "period": "year", "dueDay": "02-30", "text": "x" } ] }""", "CCHC1007", "/reporting/0/dueDay" },
        { $$"""{ "schemaVersion": "1.0", {{Header}}, "targets": [ { "id": "x", "text": "x", "measure": "level", "value": "80" } ] }""", "CCHC1002", "/targets/0/value" },
        { $$"""{ "schemaVersion": "1.0", {{Header}}, "units": [ { "id": "a/b~c", "name": "X", "kind": "office", "x": 1 } ] }""", "CCHC1004", "/units/0/x" },
        { """{ "schemaVersion": "1.0", "header": { "kind": "annualReform", "title": "KH", "issuer": "Sở", "year": 2022, "a/b": 1 } }""", "CCHC1004", "/header/a~1b" },
    };

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Broken_documents_give_the_expected_code_at_the_expected_pointer(string json, string code, string pointer)
    {
        var result = PlanJson.Read(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Path == pointer && d.IsError);
    }

    [Fact]
    public void Every_structural_problem_is_reported_at_once()
    {
        var json = """{ "schemaVersion": "1.0", "header": { "kind": "x", "title": 1, "issuer": "Sở", "year": 2022, "extra": true }, "notes": "n" }""";
        var codes = PlanJson.Read(json).Diagnostics.Select(d => (d.Code, d.Path)).ToList();

        Assert.Contains(("CCHC1008", "/header/kind"), codes);
        Assert.Contains(("CCHC1002", "/header/title"), codes);
        Assert.Contains(("CCHC1004", "/header/extra"), codes);
        Assert.Contains(("CCHC1002", "/notes"), codes);
    }

    [Fact]
    public void Lenient_reading_turns_unknown_members_into_warnings_and_reads_the_plan()
    {
        var json = $$"""{ "schemaVersion": "1.1", {{Header}}, "futureMember": { "a": 1 } }""";

        var strict = PlanJson.Read(json);
        var lenient = PlanJson.Read(json, JsonReadOptions.Lenient);

        Assert.False(strict.IsValid);
        Assert.True(lenient.IsValid);
        Assert.Contains(lenient.Diagnostics, d => d is { Code: "CCHC1004", Severity: DiagnosticSeverity.Warning, Path: "/futureMember" });
        Assert.Contains(lenient.Diagnostics, d => d is { Code: "CCHC1013", Severity: DiagnosticSeverity.Warning });
        Assert.Equal("KH", lenient.Plan!.Header.Title);
    }

    [Fact]
    public void Malformed_json_reports_line_and_column_in_both_languages()
    {
        var diagnostic = Assert.Single(PlanJson.Read("{\n  \"schemaVersion\": \"1.0\",\n  oops\n}").Diagnostics);

        Assert.Equal("CCHC1001", diagnostic.Code);
        Assert.Contains("line 3", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains("dòng 3", diagnostic.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_a_syntax_diagnostic()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{ \"schemaVersion\": \""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\" }")];
        var diagnostic = Assert.Single(PlanJson.Read(bytes).Diagnostics);

        Assert.Equal("CCHC1001", diagnostic.Code);
        Assert.Contains("UTF-8", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("x\\uDC00")]
    [InlineData("\\uD83D\\u0041")]
    [InlineData("\\uD83D")]
    public void An_escaped_lone_surrogate_is_a_syntax_diagnostic_not_a_library_defect(string escaped)
    {
        // It used to pass the structural checks and fail in deserialization as CCHC1014, "a defect of the library".
        var json = $$"""{ "schemaVersion": "1.0", "header": { "kind": "annualReform", "title": "{{escaped}}", "issuer": "Sở", "year": 2022 } }""";
        var diagnostic = Assert.Single(PlanJson.Read(json).Diagnostics);

        Assert.Equal("CCHC1001", diagnostic.Code);
        Assert.Contains("surrogate", diagnostic.MessageEn, StringComparison.Ordinal);
        var column = json.IndexOf('\\', StringComparison.Ordinal) + 1;
        Assert.Contains($"line 1, column {column}:", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\uD83D\\uDE00", "\U0001F600")]
    [InlineData("\\\\ud800", "\\ud800")]
    public void Surrogate_pairs_and_escaped_backslashes_are_read(string escaped, string expected)
    {
        var json = $$"""{ "schemaVersion": "1.0", "header": { "kind": "annualReform", "title": "{{escaped}}", "issuer": "Sở", "year": 2022 } }""";
        var result = PlanJson.Read(json);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Plan!.Header.Title);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. PlanJson.WriteUtf8(SamplePlan.Build())];
        Assert.True(PlanJson.Read(bytes).IsValid);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_a_stack_overflow()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        var diagnostic = Assert.Single(PlanJson.Read(json).Diagnostics);
        Assert.Equal("CCHC1001", diagnostic.Code);
    }

    [Fact]
    public void Reading_a_stream_gives_the_same_verdict_as_reading_bytes()
    {
        var bytes = PlanJson.WriteUtf8(SamplePlan.Build());
        using var stream = new MemoryStream(bytes);
        Assert.Equal(PlanJson.Read(bytes).Plan, PlanJson.Read(stream).Plan);
    }
}

public sealed class SyntaxPositionTests
{
    [Fact]
    public void A_syntax_error_carries_its_position_in_characters_not_bytes()
    {
        // "Kế hoạch" has 8 characters and 12 bytes: the column counts characters.
        var diagnostic = Assert.Single(PlanJson.Read("{\n  \"header\": { \"title\": \"Kế hoạch\", oops }\n}").Diagnostics);

        Assert.Equal(new SourcePosition(2, 36), diagnostic.Position);
        Assert.Contains("line 2, column 36", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_located_at_the_bad_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  \"a\": \"Nội "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"\n}")];
        Assert.Equal(new SourcePosition(2, 13), Assert.Single(PlanJson.Read(bytes).Diagnostics).Position);
    }

    [Fact]
    public void Structural_diagnostics_leave_the_position_to_their_pointer() =>
        Assert.All(PlanJson.Read("{ \"schemaVersion\": 1 }").Diagnostics, d => Assert.Null(d.Position));
}

public sealed class JsonReadOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_max_depth_below_one_is_refused_when_set(int depth) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonReadOptions.Strict with { MaxDepth = depth });

    [Fact]
    public void A_larger_max_depth_reads_deeper_documents()
    {
        var deep = new string('[', 80) + new string(']', 80);
        Assert.Contains(PlanJson.Read(deep).Diagnostics, d => d.Code == "CCHC1001");
        Assert.DoesNotContain(PlanJson.Read(deep, JsonReadOptions.Strict with { MaxDepth = 100 }).Diagnostics, d => d.Code == "CCHC1001");
    }
}
