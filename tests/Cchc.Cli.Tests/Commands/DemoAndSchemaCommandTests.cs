using Cchc.Cli.Demo;
using Cchc.Cli.Tests.Support;
using Cchc.Domain.Serialization.Schemas;

namespace Cchc.Cli.Tests.Commands;

public sealed class DemoAndSchemaCommandTests
{
    [Fact]
    public void No_arguments_runs_the_demo_on_every_embedded_sample()
    {
        var run = CliRun.InProcess();
        Assert.Equal(0, run.ExitCode);
        var samples = DemoSamples.All();
        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.Contains("== " + s.Name + ": ", run.Stdout, StringComparison.Ordinal));
        Assert.Equal(samples.Count, run.Stdout.Split('\n').Count(l => l.StartsWith("   Diagnostics: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_demo_is_deterministic_and_shows_units_and_parsed_deadlines()
    {
        var first = CliRun.InProcess("demo");
        var second = CliRun.InProcess("demo");
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Contains("     6 Kiểm tra CCHC năm 2021 [p6]\n         lead: Văn phòng Sở · support: Các phòng, đơn vị thuộc Sở, ĐVTT\n         deadline: \"Quý III\" → due Thu 30/09/2021", first.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_plan_prints_the_embedded_schema()
    {
        var run = CliRun.InProcess("schema", "plan");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonSchemas.Plan, run.Stdout);
    }

    [Theory]
    [InlineData("framework")]
    [InlineData("assessment")]
    public void Schema_of_scoring_kinds_prints_the_embedded_schema(string kind)
    {
        var run = CliRun.InProcess("schema", kind);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(kind == "framework" ? JsonSchemas.Framework : JsonSchemas.Assessment, run.Stdout);
        Assert.Contains($"\"$id\": \"https://cchc-domain.github.io/schema/1.0/{kind}.schema.json\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_of_an_unknown_kind_is_a_usage_error()
    {
        var run = CliRun.InProcess("schema", "report");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cchc --help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_in_english_and_in_vietnamese()
    {
        var english = CliRun.InProcess("--help");
        var vietnamese = CliRun.InProcess("--help", "--lang", "vi");
        Assert.Equal(0, english.ExitCode);
        Assert.Contains("Validate documents.", english.Stdout, StringComparison.Ordinal);
        Assert.Contains("Kiểm tra tài liệu.", vietnamese.Stdout, StringComparison.Ordinal);
        Assert.Contains("demo", english.Stdout, StringComparison.Ordinal);
    }
}
