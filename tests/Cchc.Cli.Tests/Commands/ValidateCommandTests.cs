using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void A_valid_plan_exits_0_and_says_valid()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("plan.json", TestDocuments.ValidPlan);
        var run = CliRun.InProcess("validate", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{file}: valid plan (0 errors", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_plan_exits_1_with_file_line_column_code_message_and_pointer()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("bad.json", TestDocuments.InvalidPlan());
        var run = CliRun.InProcess("validate", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(new Regex("^" + Regex.Escape(file) + @":1:\d+: error CCHC1002: Expected a whole number but found a string\. \[/header/year\]$", RegexOptions.Multiline, TimeSpan.FromSeconds(5)), run.Stdout);
    }

    [Fact]
    public void Verdicts_count_one_error_and_one_warning_in_the_singular()
    {
        var sxd = Path.Combine(RepositoryPaths.SampleScoring, "assessment-2025-sxd.json");

        var plan = CliRun.WithStdin(TestDocuments.InvalidPlan(), "validate", "-");
        var assessment = CliRun.InProcess("validate", "--framework", RepositoryPaths.SampleFramework, sxd);

        Assert.Contains("<stdin>: invalid plan (1 error, ", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{sxd}: valid assessment (0 errors, 1 warning)", assessment.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_are_in_vietnamese_with_lang_vi()
    {
        var run = CliRun.WithStdin(TestDocuments.InvalidPlan(), "validate", "-", "--lang", "vi");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CCHC1002: Cần một số nguyên nhưng gặp một chuỗi.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("<stdin>: kế hoạch không hợp lệ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_is_read_for_a_dash()
    {
        var run = CliRun.WithStdin(TestDocuments.ValidPlan, "validate", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<stdin>: valid plan", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_files_give_one_verdict_each_and_exit_1_when_one_is_invalid()
    {
        using var temp = new TempDirectory();
        var good = temp.Write("good.json", TestDocuments.ValidPlan);
        var bad = temp.Write("bad.json", TestDocuments.InvalidPlan());
        var run = CliRun.InProcess("validate", good, bad, good, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal([true, false, true], files.Select(f => f.GetProperty("valid").GetBoolean()));
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var diagnostic = files[1].GetProperty("diagnostics").EnumerateArray().Single(d => string.Equals(d.GetProperty("severity").GetString(), "error", StringComparison.Ordinal));
        Assert.Equal("CCHC1002", diagnostic.GetProperty("code").GetString());
        Assert.Equal("/header/year", diagnostic.GetProperty("path").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.True(diagnostic.GetProperty("column").GetInt32() > 1);
    }

    [Fact]
    public void A_missing_file_exits_2_and_names_the_file()
    {
        var run = CliRun.InProcess("validate", "no-such-plan.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'no-such-plan.json' does not exist; check the path", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_exits_2_and_says_to_give_the_files()
    {
        using var temp = new TempDirectory();
        var run = CliRun.InProcess("validate", temp.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory; give the JSON files in it instead", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_io_error_wins_over_an_invalid_document()
    {
        using var temp = new TempDirectory();
        var bad = temp.Write("bad.json", TestDocuments.InvalidPlan());
        var run = CliRun.InProcess("validate", bad, Path.Combine(temp.Path, "missing.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error CCHC1002", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_invalid_json()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("empty.json", []);
        var run = CliRun.InProcess("validate", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CCHC1001", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_not_thrown()
    {
        var bytes = Encoding.UTF8.GetBytes(TestDocuments.ValidPlan.Replace("Điện Biên", "Điện Bi\u0001n", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xC3; // a lead byte followed by an ASCII letter: not UTF-8
        var run = CliRun.WithStdin(bytes, "validate", "-");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CCHC1001", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", run.Stdout, StringComparison.Ordinal);
        var located = new Regex(@"^<stdin>:(?<l>\d+):(?<c>\d+): error CCHC1001: .* at line (?<ml>\d+), column (?<mc>\d+):", RegexOptions.Multiline | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(5)).Match(run.Stdout);
        Assert.True(located.Success, run.Stdout);
        Assert.NotEqual("1", located.Groups["l"].Value);
        Assert.Equal((located.Groups["l"].Value, located.Groups["c"].Value), (located.Groups["ml"].Value, located.Groups["mc"].Value));
    }

    [Fact]
    public void Malformed_json_is_located_where_it_breaks()
    {
        var run = CliRun.WithStdin("{\n  \"schemaVersion\": \"1.0\",\n  \"header\": }\n", "validate", "-");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(new Regex(@"^<stdin>:3:\d+: error CCHC1001", RegexOptions.Multiline, TimeSpan.FromSeconds(5)), run.Stdout);
    }

    [Fact]
    public void Lenient_reading_turns_unknown_members_into_warnings()
    {
        var plan = TestDocuments.ValidPlanNode();
        plan["futureMember"] = 1;
        var strict = CliRun.WithStdin(plan.ToJsonString(), "validate", "-");
        var lenient = CliRun.WithStdin(plan.ToJsonString(), "validate", "-", "--lenient");
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning CCHC1004", lenient.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("framework", "CCHC1003")]
    [InlineData("assessment", "CCHC1003")]
    public void A_plan_read_as_another_kind_is_invalid_for_that_kind(string kind, string code)
    {
        var run = CliRun.WithStdin(TestDocuments.ValidPlan, "validate", "-", "--kind", kind);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error {code}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"<stdin>: invalid {kind}", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_is_detected_from_schema()
    {
        var run = CliRun.WithStdin("{\"$schema\": \"https://cchc-domain.github.io/schema/1.0/framework.schema.json\"}", "validate", "-");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("<stdin>: invalid framework", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("The required member 'areas' is missing", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_value_is_a_usage_error()
    {
        var run = CliRun.InProcess("validate", "x.json", "--format", "xml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cchc --help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_plan_is_validated_without_crashing()
    {
        using var temp = new TempDirectory();
        var plan = TestDocuments.ValidPlanNode();
        var notes = new System.Text.Json.Nodes.JsonArray();
        var line = new string('x', 1000);
        for (var i = 0; i < 52_000; i++)
        {
            notes.Add(line);
        }

        plan["notes"] = notes;
        var file = temp.Write("big.json", Encoding.UTF8.GetBytes(plan.ToJsonString()));
        Assert.True(new FileInfo(file).Length > 50_000_000);
        var run = CliRun.InProcess("validate", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": valid plan", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_malformed_document_is_reported_without_crashing()
    {
        using var temp = new TempDirectory();
        var bytes = new byte[50_000_000];
        Array.Fill(bytes, (byte)'[');
        var file = temp.Write("deep.json", bytes);
        var run = CliRun.InProcess("validate", file, "--format", "sarif");
        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Stdout);
        Assert.Equal("CCHC1001", sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
    }
}
