using System.Text;
using System.Text.Json;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

/// <summary>The tool run as users run it: a real process, <c>dotnet cchc.dll …</c>.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Validate_reads_stdin_and_writes_json_through_a_real_process()
    {
        var run = ProcessRunner.Cchc(["validate", "-", "--format", "json"], Encoding.UTF8.GetBytes(TestDocuments.InvalidPlan()));
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("CCHC1002", json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void A_missing_file_exits_2_through_a_real_process()
    {
        var run = ProcessRunner.Cchc(["validate", "does-not-exist.json"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does-not-exist.json", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_prints_vietnamese_text_as_utf8_through_a_real_process()
    {
        var run = ProcessRunner.Cchc([]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kế hoạch", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_a_missing_argument_are_in_vietnamese_through_a_real_process()
    {
        var help = ProcessRunner.Cchc(["--help", "--lang", "vi"]);
        var missing = ProcessRunner.Cchc(["validate", "--lang", "vi"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("cchc [lệnh] [tùy chọn]", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", help.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("cchc: Thiếu đối số bắt buộc của lệnh 'cchc validate': <files>.", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, missing.Stderr.Split("Thiếu đối số").Length - 1);
    }
}
