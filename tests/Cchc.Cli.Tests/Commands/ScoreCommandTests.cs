using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

/// <summary><c>cchc score</c> as users run it, on samples/scoring and on broken inputs.</summary>
public sealed class ScoreCommandTests
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(5);

    private static string[] Assessments() =>
        [.. Directory.GetFiles(RepositoryPaths.SampleScoring, "assessment-*.json").Order(StringComparer.Ordinal)];

    private static CliRun Score(params string[] extra) => CliRun.InProcess(["score", RepositoryPaths.SampleFramework, .. Assessments(), .. extra]);

    [Fact]
    public void Text_prints_a_card_per_unit_and_a_ranking_per_block()
    {
        var run = Score();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Contains("Sở Tư pháp (stp), 2025, block khoiSo", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Total 94.29 / 100.00; index 94.29 %; class Tốt", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Self-assessed 69.91, appraised 69.35 (difference -0.56), survey 23.94", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^    1\.1\.2 +0\.50 +1\.00 +50\.00 +1\.00 +0\.50 +-0\.50  Mức độ hoàn thành kế hoạch CCHC$", RegexOptions.Multiline, RegexTimeout), run.Stdout);
        Assert.Matches(new Regex(@"^1 +94\.29  Tốt +Sở Tư pháp \(stp\)$", RegexOptions.Multiline, RegexTimeout), run.Stdout);
        Assert.Matches(new Regex(@"^4 +69\.49  Trung bình +Sở Xây dựng \(sxd\)$", RegexOptions.Multiline, RegexTimeout), run.Stdout);
        Assert.Matches(new Regex(@"^— +84\.59  Nhóm II +Chi cục Thống kê tỉnh \(ctk\) \(excluded from ranking\)$", RegexOptions.Multiline, RegexTimeout), run.Stdout);
        Assert.Contains("Classes: Tốt 1, Khá 1, Trung bình 2, Yếu 0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("n/a", run.Stdout, StringComparison.Ordinal); // syt's not-applicable criterion 6.2
    }

    [Fact]
    public void Text_is_in_vietnamese_with_lang_vi()
    {
        var run = Score("--lang", "vi");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Tổng điểm 94.29 / 100.00; chỉ số 94.29 %; xếp loại Tốt", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Xếp hạng, khối khoiSo", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("(không xếp hạng)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("KAD", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_parseable_and_its_totals_add_up()
    {
        var run = Score("--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        Assert.Equal("cchc", root.GetProperty("tool").GetString());
        Assert.Equal("mau-khoi-so", root.GetProperty("framework").GetProperty("id").GetString());
        var cards = root.GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal(5, cards.Count);
        foreach (var card in cards)
        {
            var areas = card.GetProperty("areas").EnumerateArray().ToList();
            Assert.Equal(8, areas.Count);
            var total = areas.Sum(a => a.GetProperty("points").GetDecimal()) + card.GetProperty("bonus").GetDecimal() - card.GetProperty("penalty").GetDecimal();
            Assert.Equal(card.GetProperty("totalPoints").GetDecimal(), total);
            Assert.Equal(card.GetProperty("appraisedTotal").GetDecimal() - card.GetProperty("selfAssessedTotal").GetDecimal(), card.GetProperty("difference").GetDecimal());
            foreach (var area in areas)
            {
                Assert.InRange(area.GetProperty("points").GetDecimal(), 0m, area.GetProperty("maxPoints").GetDecimal());
            }
        }

        var stp = cards.Single(c => c.GetProperty("unitCode").GetString() == "stp");
        Assert.Equal(94.29m, stp.GetProperty("indexPercent").GetDecimal());
        Assert.Equal(1, stp.GetProperty("rank").GetInt32());
        Assert.Equal("tot", stp.GetProperty("class").GetProperty("code").GetString());
        var ctk = cards.Single(c => c.GetProperty("unitCode").GetString() == "ctk");
        Assert.Equal(JsonValueKind.Null, ctk.GetProperty("rank").ValueKind);
        Assert.True(ctk.GetProperty("excludedFromRanking").GetBoolean());

        var khoiSo = root.GetProperty("ranking").EnumerateArray().Single(b => b.GetProperty("block").GetString() == "khoiSo");
        Assert.Equal([1, 2, 3, 4], khoiSo.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("rank").GetInt32()));
        Assert.Equal(["tot:1", "kha:1", "trungBinh:2", "yeu:0"], khoiSo.GetProperty("classCounts").EnumerateArray()
            .Select(c => c.GetProperty("code").GetString() + ":" + c.GetProperty("count").GetInt32().ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Csv_has_one_row_per_unit()
    {
        var run = Score("--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\"", run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFF", run.Stdout, StringComparison.Ordinal);
        var rows = run.Stdout[1..].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();
        Assert.Equal(6, rows.Count);
        var header = rows[0];
        Assert.Equal(["file", "unitCode", "unitName", "block", "year", "rank"], header.Take(6));
        Assert.Equal(["area:1", "area:2", "area:3", "area:4", "area:5", "area:6", "area:7", "area:8"], header.TakeLast(8));
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        var stp = rows.Single(r => r[1] == "stp");
        Assert.Equal("1", stp[Array.IndexOf(header, "rank")]);
        Assert.Equal("94.29", stp[Array.IndexOf(header, "indexPercent")]);
        Assert.Equal("tot", stp[Array.IndexOf(header, "classCode")]);
        Assert.Equal(string.Empty, rows.Single(r => r[1] == "ctk")[Array.IndexOf(header, "rank")]);
    }

    [Fact]
    public void Equal_indexes_share_a_rank_and_the_next_is_skipped()
    {
        var twin = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SampleAssessment))!.AsObject();
        twin["unit"]!["code"] = "stp2";
        using var temp = new TempDirectory();
        var file = temp.Write("twin.json", twin.ToJsonString());
        var run = CliRun.InProcess(["score", RepositoryPaths.SampleFramework, .. Assessments(), file, "--format", "json"]);
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var ranks = document.RootElement.GetProperty("cards").EnumerateArray()
            .ToDictionary(c => c.GetProperty("unitCode").GetString()!, c => c.GetProperty("rank").ValueKind == JsonValueKind.Null ? 0 : c.GetProperty("rank").GetInt32());
        Assert.Equal(1, ranks["stp"]);
        Assert.Equal(1, ranks["stp2"]);
        Assert.Equal(3, ranks["snv"]);
        Assert.Equal(5, ranks["sxd"]);
    }

    [Fact]
    public void An_invalid_assessment_exits_1_with_located_diagnostics_and_the_others_are_scored()
    {
        var unknownCode = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SampleAssessment))!.AsObject();
        unknownCode["unit"]!["code"] = "x1";
        unknownCode["entries"]![3]!["code"] = "9.9";
        var unreadable = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SampleAssessment))!.AsObject();
        unreadable["year"] = "2025";
        using var temp = new TempDirectory();
        var semantic = temp.Write("x1.json", unknownCode.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var structural = temp.Write("x2.json", unreadable.ToJsonString());
        var run = CliRun.InProcess("score", RepositoryPaths.SampleFramework, RepositoryPaths.SampleAssessment, semantic, structural);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(new Regex("^" + Regex.Escape(semantic) + @":\d+:\d+: error CCHC4014: .* \[/entries/3/code\]$", RegexOptions.Multiline, RegexTimeout), run.Stderr);
        Assert.Matches(new Regex("^" + Regex.Escape(structural) + @":1:\d+: error CCHC1002: .* \[/year\]$", RegexOptions.Multiline, RegexTimeout), run.Stderr);
        Assert.Contains("Sở Tư pháp (stp)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("(x1), 2025", run.Stdout, StringComparison.Ordinal);        // read with errors: still scored
        Assert.DoesNotContain(structural, run.Stdout, StringComparison.Ordinal);   // unreadable: not scored
    }

    [Fact]
    public void A_missing_assessment_exits_2_and_the_others_are_scored()
    {
        var run = CliRun.InProcess("score", RepositoryPaths.SampleFramework, "missing.json", RepositoryPaths.SampleAssessment);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'missing.json' does not exist", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Total 94.29 / 100.00", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_unreadable_framework_stops_before_scoring()
    {
        var missing = CliRun.InProcess("score", "missing-framework.json", RepositoryPaths.SampleAssessment);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("'missing-framework.json' does not exist", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, missing.Stdout);

        using var temp = new TempDirectory();
        var broken = temp.Write("f.json", "{ \"schemaVersion\": \"1.0\", \"id\": 5 }");
        var unreadable = CliRun.InProcess("score", broken, RepositoryPaths.SampleAssessment);
        Assert.Equal(1, unreadable.ExitCode);
        Assert.Matches(new Regex("^" + Regex.Escape(broken) + @":1:\d+: error CCHC1002: .* \[/id\]$", RegexOptions.Multiline, RegexTimeout), unreadable.Stderr);
        Assert.Contains("is not a readable framework", unreadable.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, unreadable.Stdout);
    }

    [Fact]
    public void An_assessment_can_come_from_standard_input()
    {
        var run = CliRun.WithStdin(File.ReadAllBytes(RepositoryPaths.SampleAssessment), "score", RepositoryPaths.SampleFramework, "-", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var rows = run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("<stdin>,stp,Sở Tư pháp,khoiSo,2025,1,false,94.29,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CliRun.InProcess("score", RepositoryPaths.SampleFramework).ExitCode);
        Assert.Equal(2, Score("--format", "xml").ExitCode);
    }

    [Fact]
    public void Working_days_count_the_grace_of_timeliness_criteria_past_Tet()
    {
        const string framework = """
            { "schemaVersion": "1.0", "id": "tet", "version": "1", "title": "Báo cáo trước Tết", "level": "department", "firstYear": 2025,
              "areas": [ { "code": "1", "title": "Báo cáo năm", "maxPoints": 1, "rule": { "kind": "timeliness", "lateFraction": 0, "graceDays": 3 } } ] }
            """;
        const string assessment = """
            { "schemaVersion": "1.0", "framework": { "id": "tet", "version": "1" }, "year": 2025, "unit": { "code": "u", "name": "Sở Nội vụ" },
              "entries": [ { "code": "1", "rounds": [ { "round": "appraisal", "input": { "kind": "timeliness", "due": "2025-01-24", "delivered": "2025-02-04" } } ],
                "evidence": [ { "number": "15/BC-SNV" } ] } ] }
            """;
        using var temp = new TempDirectory();
        var f = temp.Write("f.json", framework);
        var a = temp.Write("a.json", assessment);
        var calendarDays = CliRun.InProcess("score", f, a, "--format", "json");
        var workingDays = CliRun.InProcess("score", f, a, "--format", "json", "--working-days");
        Assert.Equal(0, calendarDays.ExitCode);
        Assert.Equal(0, workingDays.ExitCode);
        Assert.Equal(0m, Index(calendarDays.Stdout));
        Assert.Equal(100m, Index(workingDays.Stdout));

        static decimal Index(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("cards")[0].GetProperty("indexPercent").GetDecimal();
        }
    }
}
