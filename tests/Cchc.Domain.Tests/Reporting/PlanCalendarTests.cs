using System.Text;
using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Tests.Samples;
using NodaTime;
using Cchc.Domain.Scheduling;

namespace Cchc.Domain.Tests.Reporting;

/// <summary>The plan calendar of seed 003 and its iCalendar text.</summary>
public sealed class PlanCalendarTests
{
    private static readonly Instant GeneratedAt = Instant.FromUtc(2021, 1, 4, 8, 30, 5);

    [Fact]
    public void Seed_003_has_an_entry_per_due_date_and_lists_the_undated_tasks()
    {
        var (plan, _) = SamplePlans.Load("003-cong-thuong-2021.json");

        var calendar = PlanCalendar.For(plan);

        // 46 rows: p5 is the 4 reports, 5 rows have no date, 36 one date, 4 labelled rows two: 36 + 8 + 4 = 48.
        Assert.Equal(48, calendar.Entries.Count);
        Assert.Equal(4, calendar.Entries.Count(e => e.Kind == PlanCalendarEntryKind.Report));
        Assert.Equal(["p10", "p11", "p12", "p13", "p14"], calendar.Undated.Select(u => u.TaskId), StringComparer.Ordinal);
        Assert.Equal(calendar.Entries.OrderBy(e => e.Date).Select(e => e.Uid), calendar.Entries.Select(e => e.Uid), StringComparer.Ordinal);
        Assert.Equal(calendar.Entries.Count, calendar.Entries.Select(e => e.Uid).Distinct(StringComparer.Ordinal).Count());

        var p22 = calendar.Entries.Where(e => e.TaskId == "p22").ToList();
        Assert.Equal([new LocalDate(2021, 3, 31), new LocalDate(2021, 11, 29)], p22.Select(e => e.Date));
        Assert.Equal(["Kế hoạch", "Báo cáo"], p22.Select(e => e.PartLabel), StringComparer.Ordinal);
        Assert.All(p22, e => Assert.Equal("- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)", e.Text));
    }

    [Fact]
    public void ICalendar_has_one_VEVENT_per_entry_CRLF_lines_and_folds_at_75_octets()
    {
        var (plan, _) = SamplePlans.Load("003-cong-thuong-2021.json");
        var calendar = PlanCalendar.For(plan);

        var ics = calendar.ToICalendar(GeneratedAt);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = ics.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.Equal(calendar.Entries.Count, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(calendar.Entries.Count, lines.Count(l => l == "DTSTAMP:20210104T083005Z"));

        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        Assert.Contains("DTSTART;VALUE=DATE:20211203", unfolded, StringComparer.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20211204", unfolded, StringComparer.Ordinal);
        Assert.Contains("SUMMARY:Hạn báo cáo năm 2021", unfolded, StringComparer.Ordinal);
        Assert.Contains(unfolded, l => l.StartsWith("DESCRIPTION:Thời hạn: báo cáo năm\\, trước ngày 5/12\\nHạn theo văn bản 04/12/2021 là ngày nghỉ", StringComparison.Ordinal));
        Assert.Contains(unfolded, l => l.Contains("Thời gian chốt số liệu: 15/12/2020 – 14/12/2021 (Nghị định 09/2019/NĐ-CP\\, Điều 12).", StringComparison.Ordinal));
    }

    [Fact]
    public void ICalendar_is_the_same_text_on_every_run_and_through_the_one_call_export()
    {
        var (plan, _) = SamplePlans.Load("003-cong-thuong-2021.json");

        Assert.Equal(PlanCalendar.For(plan).ToICalendar(GeneratedAt), PlanCalendarExport.ToICalendar(plan, WorkingCalendar.Default, GeneratedAt));
    }

    [Fact]
    public void Text_values_escape_backslash_semicolon_comma_and_newlines()
    {
        var plan = new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch; thử, nghiệm\\", "Sở", 2022))
        {
            Areas = [new ReformArea("a1", "1", "Cải cách", ReformAreaKind.Direction) { Tasks = [new PlanTask("t-1", "Rà soát; đánh giá,\r\nbáo cáo\\kết quả") { Deadline = new OnDateDeadline(new LocalDate(2022, 5, 4)) { Text = "Ngày 04/05/2022" } }] }],
        };

        var unfolded = PlanCalendarExport.ToICalendar(plan, null, GeneratedAt).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");

        Assert.Contains("X-WR-CALNAME:Kế hoạch\\; thử\\, nghiệm\\\\", unfolded, StringComparer.Ordinal);
        Assert.Contains("SUMMARY:Hạn nhiệm vụ t-1: Rà soát\\; đánh giá\\,\\nbáo cáo\\\\kết quả", unfolded, StringComparer.Ordinal);
        Assert.Single(unfolded, l => l.StartsWith("UID:", StringComparison.Ordinal) && l.EndsWith("-task-t%2D1@cchc.domain", StringComparison.Ordinal));
    }

    [Fact]
    public void Folding_never_splits_a_UTF8_sequence()
    {
        var output = new StringBuilder();
        var line = "SUMMARY:" + string.Concat(Enumerable.Repeat("Ưu tiên cải cách hành chính 😀 ", 8));

        ICalendarWriter.Line(output, line);

        var physical = output.ToString().Split("\r\n")[..^1];
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75));
        Assert.All(physical.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal(line, string.Concat(physical.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Fact]
    public void Options_change_the_task_dates()
    {
        var plan = new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch", "Sở", 2021))
        {
            Areas = [new ReformArea("a1", "1", "Cải cách", ReformAreaKind.Direction) { Tasks = [new PlanTask("t1", "Báo cáo") { Deadline = new ByDateDeadline(new LocalDate(2021, 11, 30)) }] }],
        };

        Assert.Equal(new LocalDate(2021, 11, 29), Assert.Single(PlanCalendar.For(plan).Entries).Date);
        Assert.Equal(new LocalDate(2021, 11, 30), Assert.Single(PlanCalendar.For(plan, options: new DeadlineOptions { ByDateReading = ByDateReading.OnOrBefore }).Entries).Date);
    }

    [Fact]
    public void The_inclusive_reading_gives_report_entries_their_stated_day_as_limit_and_no_false_day_off_note()
    {
        var (plan, _) = SamplePlans.Load("003-cong-thuong-2021.json");
        var inclusive = new DeadlineOptions { ByDateReading = ByDateReading.OnOrBefore };

        var reports = PlanCalendar.For(plan, options: inclusive).Entries.Where(e => e.Kind == PlanCalendarEntryKind.Report).ToList();

        // 10/03, 10/06, 10/09 are working days: due on the day itself, nothing moved; 05/12 is a Sunday → Friday 03/12.
        Assert.Equal([new LocalDate(2021, 3, 10), new LocalDate(2021, 6, 10), new LocalDate(2021, 9, 10), new LocalDate(2021, 12, 5)], reports.Select(e => e.Limit));
        Assert.Equal([new LocalDate(2021, 3, 10), new LocalDate(2021, 6, 10), new LocalDate(2021, 9, 10), new LocalDate(2021, 12, 3)], reports.Select(e => e.Date));
        var unfolded = PlanCalendar.For(plan, options: inclusive).ToICalendar(GeneratedAt).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        Assert.Contains(unfolded, l => l.StartsWith("DESCRIPTION:Thời hạn: Báo cáo quý I\\, trước ngày 10/3\\nThời gian chốt số liệu", StringComparison.Ordinal));
        Assert.Contains(unfolded, l => l.StartsWith("DESCRIPTION:Thời hạn: báo cáo năm\\, trước ngày 5/12\\nHạn theo văn bản 05/12/2021 là ngày nghỉ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_task_whose_id_looks_like_an_obligation_index_does_not_share_a_report_UID()
    {
        Assert.True(Deadline.TryParse("Báo cáo quý I, trước ngày 15/3", 2021, out var recurring));
        var plan = new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch", "Sở", 2021))
        {
            Areas = [new ReformArea("a1", "1", "Cải cách", ReformAreaKind.Direction) { Tasks = [new PlanTask("r0", "Báo cáo") { Deadline = recurring }] }],
            Reporting = [new ReportingObligation(ReportingPeriodKind.Quarter1, "Báo cáo quý I, trước ngày 10/3") { DueDay = new AnnualDate(3, 10) }],
        };

        var calendar = PlanCalendar.For(plan);

        Assert.Equal(2, calendar.Entries.Count);
        Assert.Equal(2, calendar.Entries.Select(e => e.Uid).Distinct(StringComparer.Ordinal).Count());
        var unfolded = calendar.ToICalendar(GeneratedAt).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        Assert.Equal(2, unfolded.Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Dates_at_the_ends_of_the_ISO_range_are_written_without_throwing()
    {
        var plan = new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch", "Sở", 9999))
        {
            Areas =
            [
                new ReformArea("a1", "1", "Cải cách", ReformAreaKind.Direction)
                {
                    Tasks =
                    [
                        new PlanTask("t1", "Tổng kết") { Deadline = new OnDateDeadline(new LocalDate(9999, 12, 31)) { Text = "Ngày 31/12/9999" } },
                        new PlanTask("t2", "Khởi động") { Deadline = new ByDateDeadline(new LocalDate(1, 1, 1)) { Text = "Trước ngày 01/01/0001" } },
                    ],
                },
            ],
        };

        var unfolded = PlanCalendar.For(plan).ToICalendar(GeneratedAt).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");

        // 10000-01-01 has no iCalendar form: a DATE DTSTART without DTEND is one day long (RFC 5545 §3.6.1).
        Assert.Contains("DTSTART;VALUE=DATE:99991231", unfolded, StringComparer.Ordinal);
        Assert.Equal(1, unfolded.Count(l => l.StartsWith("DTEND", StringComparison.Ordinal)));
        Assert.Contains("DTSTART;VALUE=DATE:00001231", unfolded, StringComparer.Ordinal);   // the day before 01/01/0001 is in year 0, not "0001"
        Assert.Contains("DTEND;VALUE=DATE:00010101", unfolded, StringComparer.Ordinal);
    }

    [Fact]
    public void A_structured_deadline_without_a_phrase_gets_no_empty_Thoi_han_line()
    {
        var plan = new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch", "Sở", 2022))
        {
            Areas =
            [
                new ReformArea("a1", "1", "Cải cách", ReformAreaKind.Direction)
                {
                    Tasks = [new PlanTask("t1", "Tổng kết") { Deadline = new QuarterDeadline(2022, 4) }, new PlanTask("t2", "Kiểm tra") { Deadline = new QuarterDeadline(2022, 2) }],
                },
            ],
        };

        var unfolded = PlanCalendar.For(plan).ToICalendar(GeneratedAt).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");

        // 31/12/2022 is a Saturday: only the move is worth saying; 30/06/2022 is a Thursday: nothing to say.
        Assert.Equal(
            ["DESCRIPTION:Hạn theo văn bản 31/12/2022 là ngày nghỉ\\; hạn tính là ngày làm việc 30/12/2022."],
            unfolded.Where(l => l.StartsWith("DESCRIPTION", StringComparison.Ordinal)));
    }
}
