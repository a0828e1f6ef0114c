using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Tests.Samples;
using NodaTime;
using Cchc.Domain.Scheduling;

namespace Cchc.Domain.Tests.Reporting;

/// <summary>Reporting periods, the data windows of Nghị định 09/2019/NĐ-CP Điều 12, and the reporting calendar of the seeds.</summary>
public sealed class ReportingCalendarTests
{
    [Fact]
    public void Seed_003_reports_fall_due_on_the_working_day_before_10_3_10_6_10_9_and_5_12()
    {
        var (plan, _) = SamplePlans.Load("003-cong-thuong-2021.json");

        var reports = ReportingCalendar.For(plan, 2021).Reports;

        // 10/3 Wed, 10/6 Thu, 10/9 Fri; 5/12/2021 is a Sunday and the day before a Saturday → Friday 3/12.
        Assert.Equal(
            [
                (ReportingPeriodKind.Quarter1, new LocalDate(2021, 3, 10), new LocalDate(2021, 3, 9), new DateInterval(new LocalDate(2020, 12, 15), new LocalDate(2021, 3, 14))),
                (ReportingPeriodKind.FirstSixMonths, new LocalDate(2021, 6, 10), new LocalDate(2021, 6, 9), new DateInterval(new LocalDate(2020, 12, 15), new LocalDate(2021, 6, 14))),
                (ReportingPeriodKind.Quarter3, new LocalDate(2021, 9, 10), new LocalDate(2021, 9, 9), new DateInterval(new LocalDate(2021, 6, 15), new LocalDate(2021, 9, 14))),
                (ReportingPeriodKind.Year, new LocalDate(2021, 12, 5), new LocalDate(2021, 12, 3), new DateInterval(new LocalDate(2020, 12, 15), new LocalDate(2021, 12, 14))),
            ],
            reports.Select(r => (r.Kind, r.StatedDate!.Value, r.DueDate!.Value, r.DataWindow!)));

        // Row 5 states the same four reports: merged, not listed twice.
        Assert.All(reports, r => Assert.Equal("p5", r.TaskId));
        Assert.Equal([0, 1, 2, 3], reports.Select(r => r.ObligationIndex!.Value));
        Assert.All(reports, r => Assert.Equal("van-phong", r.UnitId));
    }

    [Fact]
    public void The_inclusive_reading_keeps_the_stated_days_and_article_148_moves_Sunday_forward()
    {
        var (plan, _) = SamplePlans.Load("003-cong-thuong-2021.json");

        var inclusive = new DeadlineOptions { ByDateReading = ByDateReading.OnOrBefore };
        Assert.Equal(
            [new LocalDate(2021, 3, 10), new LocalDate(2021, 6, 10), new LocalDate(2021, 9, 10), new LocalDate(2021, 12, 3)],
            ReportingCalendar.For(plan, 2021, options: inclusive).Reports.Select(r => r.DueDate!.Value));
        Assert.Equal(
            new LocalDate(2021, 12, 6),
            ReportingCalendar.For(plan, 2021, options: inclusive with { LimitOnDayOff = DayOffRule.NextWorkingDay }).Reports[^1].DueDate);
    }

    [Fact]
    public void Reports_without_a_due_day_keep_their_window_and_ad_hoc_reports_have_neither()
    {
        var (plan, _) = SamplePlans.Load("002-ninh-thuan-cong-thuong-tuyen-truyen-2022.json");
        var reports = ReportingCalendar.For(plan, 2022).Reports;
        Assert.Equal([ReportingPeriodKind.Quarter1, ReportingPeriodKind.FirstSixMonths, ReportingPeriodKind.NineMonths, ReportingPeriodKind.Year], reports.Select(r => r.Kind));
        Assert.All(reports, r => Assert.Null(r.DueDate));
        Assert.Equal(new DateInterval(new LocalDate(2021, 12, 15), new LocalDate(2022, 9, 14)), reports[2].DataWindow);

        var (plan004, _) = SamplePlans.Load("004-ha-tinh-ngoai-vu-2023.json");
        var adHoc = Assert.Single(ReportingCalendar.For(plan004, 2023).Reports, r => r.Kind == ReportingPeriodKind.AdHoc);
        Assert.Null(adHoc.Period);
        Assert.Null(adHoc.DataWindow);
    }

    [Fact]
    public void Seed_000_year_report_before_10_11_2022_is_due_on_Wednesday_9_11()
    {
        var (plan, _) = SamplePlans.Load("000-dien-bien-cong-thuong-2022.json");

        var report = Assert.Single(ReportingCalendar.For(plan, 2022).Reports, r => r.Kind == ReportingPeriodKind.Year);

        Assert.Equal((new LocalDate(2022, 11, 10), new LocalDate(2022, 11, 9)), (report.StatedDate!.Value, report.DueDate!.Value));
    }

    [Fact]
    public void Monthly_reports_list_twelve_months_with_their_windows()
    {
        var plan = new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch", "Sở", 2024))
        {
            Reporting = [new ReportingObligation(ReportingPeriodKind.Month, "Báo cáo tháng chậm nhất ngày 31") { DueDay = new AnnualDate(1, 31) }],
        };

        var reports = ReportingCalendar.For(plan, 2024).Reports;

        Assert.Equal(12, reports.Count);
        Assert.Equal(new DateInterval(new LocalDate(2024, 1, 15), new LocalDate(2024, 2, 14)), reports[1].DataWindow);
        Assert.Equal(new LocalDate(2024, 2, 29), reports[1].StatedDate);
        Assert.Equal(new LocalDate(2024, 3, 29), reports[2].DueDate);   // 31/03/2024 is a Sunday
        Assert.Equal(new LocalDate(2024, 8, 30), reports[7].DueDate);   // 31/08/2024 is a Saturday
    }

    [Theory]
    [InlineData(ReportingPeriodKind.Quarter2, "2024-04-01", "2024-06-30", "2024-03-15", "2024-06-14")]
    [InlineData(ReportingPeriodKind.Quarter4, "2024-10-01", "2024-12-31", "2024-09-15", "2024-12-14")]
    [InlineData(ReportingPeriodKind.SecondSixMonths, "2024-07-01", "2024-12-31", "2024-06-15", "2024-12-14")]
    [InlineData(ReportingPeriodKind.NineMonths, "2024-01-01", "2024-09-30", "2023-12-15", "2024-09-14")]
    public void Periods_have_their_calendar_range_and_data_window(ReportingPeriodKind kind, string start, string end, string windowStart, string windowEnd)
    {
        var period = ReportingPeriod.Of(kind, 2024);

        Assert.Equal(new DateInterval(Date(start), Date(end)), period.Coverage);
        Assert.Equal(new DateInterval(Date(windowStart), Date(windowEnd)), period.DataWindow);
    }

    [Fact]
    public void Periods_reject_what_is_not_a_period()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Of(ReportingPeriodKind.AdHoc, 2024));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Of(ReportingPeriodKind.Month, 2024));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfMonth(2024, 13));
        Assert.False(ReportingPeriod.TryCreate(ReportingPeriodKind.Month, 2024, null, out _));
        Assert.Equal("tháng 7/2024", ReportingPeriod.OfMonth(2024, 7).Name);
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void A_due_day_in_the_year_after_9999_is_not_put_before_its_period()
    {
        // "quý IV, trước ngày 15/01" falls in the next January; after 9999 there is none to give.
        Assert.False(Deadline.TryParse("Báo cáo quý IV, trước ngày 15/01", 9999, out _));
        Assert.True(Deadline.TryParse("Báo cáo quý IV, trước ngày 15/01", 9998, out var last));
        Assert.Equal([new LocalDate(9999, 1, 14)], last.DueDates(Cchc.Domain.Calendar.WorkingCalendar.Default));

        var plan = new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch", "Sở", 9999))
        {
            Reporting = [new ReportingObligation(ReportingPeriodKind.Quarter4, "Báo cáo quý IV, trước ngày 15/01") { DueDay = new AnnualDate(1, 15) }],
        };

        var report = Assert.Single(ReportingCalendar.For(plan, 9999).Reports);
        Assert.Null(report.StatedDate);
        Assert.Null(report.DueDate);
        Assert.Equal(new DateInterval(new LocalDate(9999, 10, 1), new LocalDate(9999, 12, 31)), report.Period!.Coverage);
    }

    [Theory]
    [InlineData("Báo cáo năm, so sánh với cùng kỳ năm trước, chậm nhất ngày 20/12", 20)]
    [InlineData("Báo cáo năm (số liệu kỳ trước), hạn ngày 20/12", 20)]
    [InlineData("Báo cáo năm, trước ngày 20/12", 17)]
    [InlineData("Bao cao nam truoc 20/12", 17)]
    public void Only_truoc_before_the_due_day_reads_as_before_not_nam_truoc_the_previous_year(string text, int dueDay)
    {
        // 20/12/2021 is a Monday; the day before is a Sunday, so "trước ngày 20/12" is due on Friday 17/12.
        var plan = new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch", "Sở", 2021))
        {
            Reporting = [new ReportingObligation(ReportingPeriodKind.Year, text) { DueDay = new AnnualDate(12, 20) }],
        };

        Assert.Equal(new LocalDate(2021, 12, dueDay), Assert.Single(ReportingCalendar.For(plan, 2021).Reports).DueDate);
    }
}
