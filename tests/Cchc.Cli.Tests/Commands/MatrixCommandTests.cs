using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

public sealed class MatrixCommandTests
{
    [Fact]
    public void Text_matrix_shows_leads_supports_and_the_task_without_lead()
    {
        var run = CliRun.WithStdin(TestDocuments.ValidPlan, "matrix", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Thanh tra Sở\s+\| L\s+\| L", run.Stdout);
        Assert.Contains("Tasks with no lead: 1", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  t3: 6.1. Cập nhật thông tin", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_matrix_has_tables()
    {
        var run = CliRun.WithStdin(TestDocuments.ValidPlan, "matrix", "-", "--format", "md", "--lang", "vi");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| Đơn vị | a1 | a2 | a6 |", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| Văn phòng Sở |  |  |  |", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Nhiệm vụ chưa có đơn vị chủ trì", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_matrix_has_one_row_per_role_and_the_gaps()
    {
        var run = CliRun.WithStdin(TestDocuments.ValidPlan, "matrix", "-", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\uFEFFunitId,unitName,scope,itemId,itemTitle,role", lines[0]);
        Assert.Contains("thanh-tra,Thanh tra Sở,task,t2,2.1. Công khai TTHC,lead", lines, StringComparer.Ordinal);
        Assert.Contains("van-phong,Văn phòng Sở,task,t2,2.1. Công khai TTHC,support", lines, StringComparer.Ordinal);
        Assert.Contains(",,task,t3,6.1. Cập nhật thông tin lên Cổng thông tin điện tử của Sở,none", lines, StringComparer.Ordinal);
    }

    [Fact]
    public void An_unreadable_plan_exits_1_with_its_errors()
    {
        var run = CliRun.WithStdin("[]", "matrix", "-");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("CCHC1002", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("is not a readable plan", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_plan_exits_2()
    {
        var run = CliRun.InProcess("matrix", "missing.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'missing.json' does not exist", run.Stderr, StringComparison.Ordinal);
    }
}
