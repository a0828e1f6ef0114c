using System.Text.Json;
using Cchc.Cli.Tests.Support;
using Cchc.Domain.Validation;

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
