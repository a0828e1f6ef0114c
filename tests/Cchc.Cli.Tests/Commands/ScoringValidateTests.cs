using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

/// <summary><c>cchc validate</c> on frameworks and assessments, with and without <c>--framework</c>.</summary>
public sealed class ScoringValidateTests
{
    private static string AssessmentWithUnknownCode()
    {
        var assessment = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SampleAssessment))!.AsObject();
        assessment["entries"]![3]!["code"] = "9.9";
        return assessment.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    [Fact]
    public void Every_scoring_sample_is_valid_and_its_kind_is_detected()
    {
        var files = Directory.GetFiles(RepositoryPaths.SampleScoring, "*.json").Order(StringComparer.Ordinal).ToArray();
        var run = CliRun.InProcess(["validate", .. files]);
        Assert.Equal(0, run.ExitCode);
        foreach (var file in files)
        {
            var kind = Path.GetFileName(file).StartsWith("framework-", StringComparison.Ordinal) ? "framework" : "assessment";
            Assert.Contains($"{file}: valid {kind} (0 errors", run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_schema_the_kind_comes_from_the_shape()
    {
        var assessment = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SampleAssessment))!.AsObject();
        assessment.Remove("$schema");
        var framework = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SampleFramework))!.AsObject();
        framework.Remove("$schema");
        using var temp = new TempDirectory();
        var a = temp.Write("a.json", assessment.ToJsonString());
        var f = temp.Write("f.json", framework.ToJsonString());
        var run = CliRun.InProcess("validate", a, f);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{a}: valid assessment", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{f}: valid framework", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_framework_an_assessment_is_checked_against_it_with_line_and_column()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("stp.json", AssessmentWithUnknownCode());
        var structureOnly = CliRun.InProcess("validate", file);
        var against = CliRun.InProcess("validate", "--framework", RepositoryPaths.SampleFramework, file);

        Assert.Equal(0, structureOnly.ExitCode);
        Assert.Equal(1, against.ExitCode);
        Assert.Matches(new Regex("^" + Regex.Escape(file) + @":\d+:\d+: error CCHC4014: '9\.9' is not a criterion code of the framework\. \[/entries/3/code\]$", RegexOptions.Multiline, TimeSpan.FromSeconds(5)), against.Stdout);
        Assert.Contains($"{RepositoryPaths.SampleFramework}: valid framework", against.Stdout, StringComparison.Ordinal);
        Assert.Contains("Checked 2/2: 1 valid, 1 invalid.", against.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_framework_is_an_io_error()
    {
        var run = CliRun.InProcess("validate", "--framework", "no-such-framework.json", RepositoryPaths.SampleAssessment);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'no-such-framework.json' does not exist", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_framework_is_reported_and_assessments_keep_their_structural_check()
    {
        using var temp = new TempDirectory();
        var framework = temp.Write("f.json", "{ \"schemaVersion\": \"1.0\" }");
        var run = CliRun.InProcess("validate", "--framework", framework, RepositoryPaths.SampleAssessment);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{framework}: invalid framework", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{RepositoryPaths.SampleAssessment}: valid assessment", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("checked for structure only", run.Stderr, StringComparison.Ordinal);
    }
}
