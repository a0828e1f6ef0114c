using Cchc.Domain.Calendar;
using Cchc.Domain.Scoring;
using NodaTime;

namespace Cchc.Domain.Tests.Scoring;

public sealed class WorkingDayGraceTests
{
    // Tết Ất Tỵ 2025: civil servants were off from Saturday 25 January to Sunday 2 February.
    private static readonly LocalDate FridayBeforeTet = new(2025, 1, 24);

    [Fact]
    public void Grace_before_Tet_skips_the_whole_holiday()
    {
        Assert.Equal(new LocalDate(2025, 2, 5), WorkingDayGrace.Default.LastOnTimeDate(FridayBeforeTet, 3));
        Assert.Equal(new LocalDate(2025, 1, 27), CalendarDayGrace.Instance.LastOnTimeDate(FridayBeforeTet, 3));
    }

    [Fact]
    public void A_report_delivered_after_Tet_is_on_time_in_working_days_and_late_in_calendar_days()
    {
        var rule = new TimelinessRule(0.5m, GraceDays: 3);
        var input = new TimelinessInput(FridayBeforeTet, new LocalDate(2025, 2, 4));
        Assert.Equal(2m, rule.Evaluate(input, 2m, WorkingDayGrace.Default));
        Assert.Equal(1m, rule.Evaluate(input, 2m, CalendarDayGrace.Instance));
        Assert.Equal(1m, rule.Evaluate(new TimelinessInput(FridayBeforeTet, new LocalDate(2025, 2, 6)), 2m, WorkingDayGrace.Default));
    }

    [Fact]
    public void Scorer_uses_the_working_calendar_through_the_options()
    {
        var framework = Build.Framework(Criterion.Leaf("1", "Báo cáo CCHC năm", 2m, new TimelinessRule(0m, GraceDays: 3)));
        var assessment = Build.Assessment(framework, "stp", Build.Entry("1", new TimelinessInput(FridayBeforeTet, new LocalDate(2025, 2, 5))));
        Assert.Equal(100m, Scorer.Score(framework, assessment, new ScoringOptions { Calendar = WorkingDayGrace.Default }).IndexPercent);
        Assert.Equal(0m, Scorer.Score(framework, assessment).IndexPercent);
    }

    [Fact]
    public void No_grace_keeps_the_due_date_even_on_a_day_off_and_far_dates_fall_back_to_calendar_days()
    {
        var tetMonday = new LocalDate(2025, 1, 27);
        Assert.Equal(tetMonday, WorkingDayGrace.Default.LastOnTimeDate(tetMonday, 0));
        Assert.Equal(new LocalDate(1990, 1, 4), WorkingDayGrace.Default.LastOnTimeDate(new LocalDate(1990, 1, 1), 3));
        Assert.Equal(new LocalDate(2199, 12, 30), WorkingDayGrace.Default.LastOnTimeDate(new LocalDate(2199, 12, 20), 10));
        Assert.Same(WorkingCalendar.Default, WorkingDayGrace.Default.Calendar);
    }

    public static TheoryData<int, int, int, int> Grace_past_the_last_date_stops_at_the_last_dateCases => new()
    {
        { 9999, 12, 31, 1 },                // due on the last date NodaTime holds
        { 9999, 12, 25, 30 },
        { 2025, 1, 1, int.MaxValue },       // a graceDays the framework reader accepts
        { 2025, 1, 1, 1_000_000_000 },
    };

    [Theory]
    [MemberData(nameof(Grace_past_the_last_date_stops_at_the_last_dateCases))]
    public void Grace_past_the_last_date_stops_at_the_last_date(int year, int month, int day, int graceDays)
    {
        var due = new LocalDate(year, month, day);
        Assert.Equal(LocalDate.MaxIsoValue, CalendarDayGrace.Instance.LastOnTimeDate(due, graceDays));
        Assert.Equal(LocalDate.MaxIsoValue, WorkingDayGrace.Default.LastOnTimeDate(due, graceDays));
        Assert.Equal(2m, new TimelinessRule(0.5m, graceDays).Evaluate(new TimelinessInput(due, due), 2m, WorkingDayGrace.Default));
    }
}
