using System.Text.Json;
using Cchc.Cli.Tests.Support;

namespace Cchc.Cli.Tests.Commands;

public sealed class CalendarCommandsTests
{
    private static readonly string Seed003 = Path.Combine(RepositoryPaths.SamplePlans, "003-cong-thuong-2021.json");

    [Fact]
    public void Calendar_lists_the_due_dates_of_seed_003_in_date_order()
    {
        var run = CliRun.InProcess("calendar", Seed003);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Tue 09/03/2021  Hạn báo cáo quý I năm 2021", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"Chậm nhất sau 05 ngày làm việc kể từ ngày nhận được", run.Stdout, StringComparison.Ordinal);
        var lines = run.Stdout.Split('\n').TakeWhile(l => !l.StartsWith("Reports", StringComparison.Ordinal)).Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        var dates = lines.Select(l => DateTime.ParseExact(l.Substring(6, 10), "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public void Calendar_text_names_a_part_or_a_report_period_once()
    {
        var run = CliRun.InProcess("calendar", Seed003);

        var text = run.Stdout.ReplaceLineEndings("\n");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Tue 09/03/2021  Hạn báo cáo quý I năm 2021 — \"Báo cáo quý I, trước ngày 10/3\"\n", text, StringComparison.Ordinal);
        Assert.Contains("được phê duyệt (Kế hoạch) — \"- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)\"\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" [", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_json_is_parseable_and_has_every_entry()
    {
        var run = CliRun.InProcess("calendar", Seed003, "--format", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(48, json.RootElement.GetProperty("entries").GetArrayLength());
        Assert.Equal("2021-03-09", json.RootElement.GetProperty("entries").EnumerateArray()
            .First(e => e.GetProperty("kind").GetString() == "report").GetProperty("date").GetString());
    }

    [Fact]
    public void Calendar_ics_has_one_event_per_due_date_with_crlf_line_ends()
    {
        var run = CliRun.InProcess("calendar", Seed003, "--format", "ics");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(48, run.Stdout.Split("\r\n").Count(l => l == "BEGIN:VEVENT"));
        Assert.DoesNotContain(run.Stdout.Replace("\r\n", string.Empty, StringComparison.Ordinal), c => c == '\n');
        Assert.Matches(@"DTSTAMP:\d{8}T\d{6}Z\r\n", run.Stdout);
    }

    [Fact]
    public void Calendar_ics_takes_its_DTSTAMP_from_the_context_clock_and_matches_the_library_byte_for_byte()
    {
        var now = NodaTime.Instant.FromUtc(2021, 1, 4, 8, 30, 5);

        var run = CliRun.InProcess(new FixedClock(now), "calendar", Seed003, "--format", "ics");

        var plan = Cchc.Domain.Serialization.PlanJson.Read(File.ReadAllBytes(Seed003)).Plan!;
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Cchc.Domain.Scheduling.PlanCalendar.For(plan).ToICalendar(now), run.Stdout);
    }

    [Fact]
    public void Calendar_text_quotes_no_empty_phrase_for_a_structured_deadline()
    {
        var plan = new Cchc.Domain.Plans.Plan(new Cchc.Domain.Plans.PlanHeader(Cchc.Domain.Plans.PlanKind.AnnualReform, "Kế hoạch", "Sở", 2022))
        {
            Areas =
            [
                new Cchc.Domain.Plans.ReformArea("a1", "1", "Cải cách", Cchc.Domain.Plans.ReformAreaKind.Direction)
                {
                    Tasks =
                    [
                        new Cchc.Domain.Plans.PlanTask("t1", "Kiểm tra") { Deadline = new Cchc.Domain.Deadlines.QuarterDeadline(2022, 2) },
                        new Cchc.Domain.Plans.PlanTask("t2", "Rà soát") { Deadline = new Cchc.Domain.Deadlines.DirectedDeadline(null) },
                    ],
                },
            ],
        };

        var run = CliRun.WithStdin(Cchc.Domain.Serialization.PlanJson.WriteUtf8(plan), "calendar", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Thu 30/06/2022  Hạn nhiệm vụ t1: Kiểm tra\n", run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("(1):\n  t2\n", run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_of_a_missing_file_is_an_io_error() =>
        Assert.Equal(2, CliRun.InProcess("calendar", "no-such-plan.json").ExitCode);

    [Fact]
    public void Holidays_2024_shows_Tet_the_compensatory_days_and_the_swap_with_its_source()
    {
        var run = CliRun.InProcess("holidays", "2024", "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Thứ Năm, 08/02/2024 – Thứ Hai, 12/02/2024  Tết Nguyên đán", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("làm bù: Thứ Bảy, 04/05/2024", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("5015/TB-LĐTBXH", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("2200")]
    public void Holidays_outside_the_supported_years_is_a_usage_error(string year)
    {
        var run = CliRun.InProcess("holidays", year);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2000–2199", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "lunar", "2026-02-17" }, "Tue 17/02/2026 = lunar 01/01/2026")]
    [InlineData(new[] { "lunar", "17/02/2026" }, "Tue 17/02/2026 = lunar 01/01/2026")]
    [InlineData(new[] { "lunar", "--to-solar", "10/03/2025" }, "lunar 10/03/2025 = Mon 07/04/2025")]
    [InlineData(new[] { "lunar", "--to-solar", "10/06/2025", "--leap" }, "lunar 10/06 (leap month)/2025 = Sun 03/08/2025")]
    [InlineData(new[] { "workdays", "add", "2024-02-02", "5" }, "Fri 02/02/2024 + 5 working days = Fri 16/02/2024")]
    [InlineData(new[] { "workdays", "count", "2025-01-24", "2025-02-07" }, "Fri 24/01/2025 → Fri 07/02/2025: 5 working days")]
    public void Lunar_and_workdays_answer_on_one_line(string[] args, string expected)
    {
        var run = CliRun.InProcess(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Stdout.TrimEnd());
    }

    [Theory]
    [InlineData("lunar", "--to-solar", "30/02/2025")]
    [InlineData("lunar", "--to-solar", "01/05/2025", "--leap")]
    [InlineData("lunar", "1899-12-31")]
    [InlineData("lunar", "not-a-date")]
    [InlineData("lunar", "2025-08-08", "--leap")]
    [InlineData("workdays", "add", "2199-12-30", "5")]
    [InlineData("workdays", "add", "2025-13-01", "1")]
    [InlineData("workdays", "add", "2024-02-02", "2147483647")]
    public void Impossible_dates_and_ranges_are_usage_errors_with_a_message(params string[] args)
    {
        var run = CliRun.InProcess(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("cchc: ", run.Stderr, StringComparison.Ordinal);
    }
}

public sealed class ArgumentCheckTests
{
    [Theory]
    [InlineData("validate", "-", "-")]
    [InlineData("score", "framework.json", "-", "-")]
    public void Standard_input_named_twice_is_a_usage_error(params string[] args)
    {
        var run = CliRun.WithStdin("{}", args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("only once", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_not_a_missing_file()
    {
        var run = CliRun.InProcess("validate", "--bogus", "plan.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'--bogus' is not an option", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "+ 1 working day =")]
    [InlineData("-5", "− 5 working days =")]
    public void Working_day_answers_read_as_sentences(string count, string expected) =>
        Assert.Contains(expected, CliRun.InProcess("workdays", "add", "2024-02-16", count).Stdout, StringComparison.Ordinal);

    [Theory]
    [InlineData("2024-01-02", "Mon 01/01/2024 → Tue 02/01/2024: 1 working day\n")]
    [InlineData("2024-01-03", "Mon 01/01/2024 → Wed 03/01/2024: 2 working days\n")]
    public void A_working_day_count_reads_as_a_sentence(string to, string expected) =>
        Assert.Equal(expected, CliRun.InProcess("workdays", "count", "2024-01-01", to).Stdout.ReplaceLineEndings("\n"));

    [Fact]
    public void Holidays_in_Vietnamese_name_their_kinds_in_Vietnamese() =>
        Assert.Contains("Tết Nguyên đán [theo luật, 5 ngày]", CliRun.InProcess("holidays", "2024", "--lang", "vi").Stdout, StringComparison.Ordinal);

    [Fact]
    public void A_whole_document_problem_prints_no_empty_pointer()
    {
        var run = CliRun.WithStdin("{", "validate", "-");
        Assert.DoesNotContain("[]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("error CCHC1001", run.Stdout, StringComparison.Ordinal);
    }
}
