using System.Text.Json;
using Cchc.Cli.Tests.Support;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Tests.Commands;

public sealed class SarifOutputTests
{
    [Fact]
    public void Sarif_has_the_required_members_rules_from_the_catalogue_and_located_results()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("bad.json", TestDocuments.InvalidPlan());
        var run = CliRun.InProcess("validate", file, "--format", "sarif");
        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Stdout);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var runElement = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = runElement.GetProperty("tool").GetProperty("driver");
        Assert.Equal("cchc", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Code).ToArray(), rules.Select(r => r.GetProperty("id").GetString()!).ToArray());
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString())));

        var results = runElement.GetProperty("results").EnumerateArray().ToList();
        var error = Assert.Single(results, r => string.Equals(r.GetProperty("level").GetString(), "error", StringComparison.Ordinal));
        Assert.Equal("CCHC1002", error.GetProperty("ruleId").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetProperty("text").GetString()));
        var location = error.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(new Uri(file).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() > 1);
        Assert.Equal("/header/year", error.GetProperty("properties").GetProperty("jsonPointer").GetString());
        Assert.All(results, r => Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" }, StringComparer.Ordinal));
    }

    [Fact]
    public void Sarif_says_its_columns_count_code_points_as_the_text_and_json_formats_do()
    {
        // "Kế hoạch 😀 năm": Vietnamese letters are one UTF-16 unit each, the emoji two, and one code point.
        const string Plan = """{"header": {"title": "Kế hoạch 😀 năm", "year": "x"}}""";
        var json = CliRun.WithStdin(Plan, "validate", "-", "--format", "json");
        var run = CliRun.WithStdin(Plan, "validate", "-", "--format", "sarif");

        using var sarif = JsonDocument.Parse(run.Stdout);
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        var result = runElement.GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("properties").GetProperty("jsonPointer").GetString() == "/header/year");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var codePoints = Plan[..Plan.IndexOf("\"x\"", StringComparison.Ordinal)].EnumerateRunes().Count() + 1;
        using var report = JsonDocument.Parse(json.Stdout);
        var textColumn = report.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Single(d => d.GetProperty("path").GetString() == "/header/year").GetProperty("column").GetInt32();
        Assert.Equal("unicodeCodePoints", runElement.GetProperty("columnKind").GetString());
        Assert.Equal(codePoints, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(codePoints, textColumn);
    }

    [Fact]
    public void Sarif_uris_are_relative_references_for_relative_paths_and_stdin_for_standard_input()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("kế hoạch 1.json", TestDocuments.InvalidPlan());
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);

        var run = CliRun.InProcess("validate", relative, "--format", "sarif");
        var stdin = CliRun.WithStdin(TestDocuments.InvalidPlan(), "validate", "-", "--format", "sarif");

        var uri = ArtifactUri(run.Stdout);
        Assert.EndsWith("/k%E1%BA%BF%20ho%E1%BA%A1ch%201.json", uri, StringComparison.Ordinal);
        Assert.False(Uri.TryCreate(uri, UriKind.Absolute, out _));
        Assert.Equal(file, new Uri(new Uri(Environment.CurrentDirectory + "/"), uri).LocalPath);
        Assert.Equal("stdin", ArtifactUri(stdin.Stdout));
    }

    private static string? ArtifactUri(string sarif)
    {
        using var json = JsonDocument.Parse(sarif);
        return json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
    }

    [Fact]
    public void Sarif_reports_unreadable_inputs_as_execution_notifications()
    {
        var run = CliRun.InProcess("validate", "missing.json", "--format", "sarif");
        Assert.Equal(2, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Stdout);
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("missing.json", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
