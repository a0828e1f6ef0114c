using System.Text.RegularExpressions;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

/// <summary>A schedule announced after the release, given with --schedules: the example of docs/calendar.md.</summary>
public sealed partial class ScheduleOptionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _schedule;

    public ScheduleOptionTests()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "calendar.md"));
        var example = JsonBlock().Matches(docs).Select(m => m.Groups["json"].Value).Single(j => j.Contains("\"schedules\"", StringComparison.Ordinal));
        _schedule = _temp.Write("2027.json", example.Replace("\"source\": \"…\"", "\"source\": \"x\"", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Holidays_take_the_registered_notice_instead_of_the_rules()
    {
        var withNotice = CliRun.InProcess("holidays", "2027", "--schedules", _schedule);
        var rulesOnly = CliRun.InProcess("holidays", "2027");

        Assert.Equal(0, withNotice.ExitCode);
        Assert.Contains("Vietnam Culture Day", withNotice.Stdout, StringComparison.Ordinal);
        Assert.Contains("worked in exchange: Sat 20/02/2027", withNotice.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Vietnam Culture Day", rulesOnly.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Working_days_follow_the_registered_swap()
    {
        // Thursday 11/02/2027 is given off in exchange for Saturday 20/02/2027.
        var withNotice = CliRun.InProcess("workdays", "count", "2027-02-10", "2027-02-20", "--schedules", _schedule);
        var rulesOnly = CliRun.InProcess("workdays", "count", "2027-02-10", "2027-02-20");

        Assert.Equal(0, withNotice.ExitCode);
        Assert.EndsWith(": 7 working days", withNotice.Stdout.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith(": 7 working days", rulesOnly.Stdout.TrimEnd(), StringComparison.Ordinal);
        Assert.NotEqual(
            CliRun.InProcess("workdays", "add", "2027-02-10", "1", "--schedules", _schedule).Stdout,
            CliRun.InProcess("workdays", "add", "2027-02-10", "1").Stdout);
    }

    [Fact]
    public void A_broken_schedule_file_is_reported_with_its_diagnostics_and_exit_code_1()
    {
        var broken = _temp.Write("broken.json", "{ \"schemaVersion\": \"1.0\", \"schedules\": [ { \"year\": 2027, \"swaps\": [ { \"dayOff\": \"2027-02-13\", \"workedOn\": \"2027-02-17\" } ] } ] }");
        var run = CliRun.InProcess("holidays", "2027", "--schedules", broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("CCHC300", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void A_missing_schedule_file_is_an_io_error() =>
        Assert.Equal(2, CliRun.InProcess("holidays", "2027", "--schedules", Path.Combine(_temp.Path, "none.json")).ExitCode);

    [GeneratedRegex("```json\\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
