using Cchc.Domain.Diagnostics;
using Cchc.Tests.Shared;
using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Validation;
using NodaTime;

namespace Cchc.Domain.Tests.Deadlines;

/// <summary>The report-after-period rule, the validator's deadline warnings, and the moved working-day twin.</summary>
public sealed class DeadlineRuleTests
{
    [Fact]
    public void A_year_report_due_on_15_January_is_due_the_following_January()
    {
        var plan = new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch", "Sở", 2024))
        {
            Reporting = [new ReportingObligation(ReportingPeriodKind.Year, "Báo cáo năm, chậm nhất ngày 15/01") { DueDay = new AnnualDate(1, 15) }],
        };

        var report = Assert.Single(ReportingCalendar.For(plan, 2024).Reports);

        Assert.Equal(new LocalDate(2025, 1, 15), report.StatedDate);
        Assert.True(report.StatedDate > report.DataWindow!.End);
    }

    [Theory]
    [InlineData(ReportingPeriodKind.Year, 1, 15, 2025)]
    [InlineData(ReportingPeriodKind.Year, 11, 10, 2024)]
    [InlineData(ReportingPeriodKind.Year, 12, 5, 2024)]
    [InlineData(ReportingPeriodKind.Quarter4, 1, 15, 2025)]
    [InlineData(ReportingPeriodKind.Quarter1, 3, 10, 2024)]
    [InlineData(ReportingPeriodKind.Quarter2, 1, 15, 2025)]
    [InlineData(ReportingPeriodKind.FirstSixMonths, 7, 5, 2024)]
    public void A_due_day_without_a_year_is_never_before_its_period_nor_half_a_year_before_its_data_window_closes(ReportingPeriodKind kind, int month, int day, int year) =>
        Assert.Equal(year, ReportingPeriod.Of(kind, 2024).DueYearOf(month, day));

    [Fact]
    public void The_warning_for_a_phrase_not_understood_says_why_and_where_and_an_impossible_day_has_its_own_code()
    {
        var notUnderstood = DeadlineWarning(new UnrecognizedDeadline("Khi có yêu cầu"));
        var impossible = DeadlineWarning(Deadline.Parse("Trước 30/02/2022", 2022).ToDeadline());

        Assert.Equal("CCHC2018", notUnderstood.Code);
        Assert.Contains("stopped at character 0: 'Khi'", notUnderstood.MessageEn, StringComparison.Ordinal);
        Assert.Contains("dừng ở ký tự 0: 'Khi'", notUnderstood.MessageVi, StringComparison.Ordinal);
        Assert.Equal("CCHC2025", impossible.Code);
        Assert.Contains("stopped at character 6: '30/02/2022'", impossible.MessageEn, StringComparison.Ordinal);
    }

    private static Diagnostic DeadlineWarning(Deadline deadline)
    {
        var valid = SamplePlan.Build();
        var area = valid.Areas[0];
        var plan = valid with { Areas = [area with { Tasks = [area.Tasks[0] with { Deadline = deadline }] }, .. valid.Areas.Skip(1)] };
        return Assert.Single(new PlanValidator().Diagnose(plan), d => d.Code is "CCHC2018" or "CCHC2025" && d.Path == "/areas/0/tasks/0/deadline");
    }

    [Fact]
    public void WorkingDayOnOrBefore_is_the_twin_of_WorkingDayOnOrAfter()
    {
        var saturday = new LocalDate(2021, 12, 4);

        Assert.Equal(new LocalDate(2021, 12, 3), WorkingCalendar.Default.WorkingDayOnOrBefore(saturday));
        Assert.Equal(new LocalDate(2021, 12, 6), WorkingCalendar.Default.WorkingDayOnOrAfter(saturday));
        Assert.Equal(new LocalDate(2021, 12, 3), WorkingCalendar.Default.WorkingDayOnOrBefore(new LocalDate(2021, 12, 3)));
    }
}
