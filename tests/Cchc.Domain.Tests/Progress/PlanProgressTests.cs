using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using Cchc.Domain.Progress;
using Cchc.Domain.Targets;
using NodaTime;

namespace Cchc.Domain.Tests.Progress;

public sealed class PlanProgressTests
{
    private static readonly LocalDate AsOf = new(2022, 12, 30);

    private static PlanTask Task(string id, PlanTaskStatus? status, Deadline? deadline, LocalDate? completedOn = null) =>
        new(id, "Nhiệm vụ " + id) { Status = status, Deadline = deadline, CompletedOn = completedOn };

    private static Plan Sample()
    {
        var quarter1 = new QuarterDeadline(2022, 1);
        var beforeMay = new ByDateDeadline(new LocalDate(2022, 5, 1)) { Text = "Trước ngày 01/5/2022" };
        return new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch CCHC năm 2022", "Sở Công Thương", 2022))
        {
            Targets = [new Target("tp1", "Tối thiểu 80% TTHC trực tuyến", TargetMeasure.Level) { Comparator = Comparator.AtLeast, Value = 80, Unit = QuantityUnit.Percent }],
            Areas =
            [
                new ReformArea("a1", "1", "Công tác chỉ đạo điều hành", ReformAreaKind.Direction)
                {
                    Targets =
                    [
                        new Target("ta1", "Ít nhất 10 sáng kiến", TargetMeasure.Level) { Comparator = Comparator.AtLeast, Value = 10, Unit = QuantityUnit.Count },
                        new Target("ta2", "Ít nhất 2 cuộc kiểm tra", TargetMeasure.Level) { Comparator = Comparator.AtLeast, Value = 2, Unit = QuantityUnit.Count },
                    ],
                    Tasks =
                    [
                        Task("t1", PlanTaskStatus.Done, quarter1, new LocalDate(2022, 3, 30)),
                        Task("t2", PlanTaskStatus.Done, quarter1, new LocalDate(2022, 4, 5)),
                        Task("t3", PlanTaskStatus.DoneLate, null),
                        Task("t4", PlanTaskStatus.Done, null),
                        Task("t5", PlanTaskStatus.InProgress, new OnDateDeadline(new LocalDate(2022, 6, 30))),
                        Task("t6", PlanTaskStatus.NotStarted, new YearDeadline(2022)),
                        Task("t7", PlanTaskStatus.Cancelled, quarter1),
                        Task("t8", null, new YearDeadline(2022), new LocalDate(2023, 1, 5)),
                    ],
                },
                new ReformArea("a2", "2", "Cải cách thủ tục hành chính", ReformAreaKind.AdministrativeProcedures)
                {
                    Targets = [new Target("tq", "Nâng cao sự hài lòng", TargetMeasure.Qualitative)],
                    Tasks =
                    [
                        Task("t9", PlanTaskStatus.Done, beforeMay, new LocalDate(2022, 4, 29)),
                        Task("t10", PlanTaskStatus.Done, beforeMay, new LocalDate(2022, 4, 30)),
                    ],
                },
            ],
        };
    }

    private static PlanProgress Measure() =>
        PlanProgress.Of(Sample(), new Dictionary<string, decimal> { ["tp1"] = 85m, ["ta1"] = 5m, ["tq"] = 1m }, WorkingCalendar.Default, AsOf);

    [Fact]
    public void Each_task_gets_its_state_from_dates_then_status()
    {
        var states = Measure().TaskStates.ToDictionary(t => t.TaskId, t => t.State);
        Assert.Equal(TaskState.DoneOnTime, states["t1"]);        // 30/3 within Quý I
        Assert.Equal(TaskState.DoneLate, states["t2"]);          // the dates win over the status 'done'
        Assert.Equal(TaskState.DoneLate, states["t3"]);          // no date: the status says late
        Assert.Equal(TaskState.DoneOnTime, states["t4"]);        // no date: the status says on time
        Assert.Equal(TaskState.Overdue, states["t5"]);           // due 30/6, not done on 30/12
        Assert.Equal(TaskState.NotDone, states["t6"]);           // due on the last working day of 2022, 30/12
        Assert.Equal(TaskState.Cancelled, states["t7"]);
        Assert.Equal(TaskState.NotDone, states["t8"]);           // completed after the day measured
        Assert.Equal(TaskState.DoneOnTime, states["t9"]);        // "trước ngày 01/5": due Friday 29/4 (30/4 is a holiday)
        Assert.Equal(TaskState.DoneLate, states["t10"]);
    }

    [Fact]
    public void Due_dates_are_resolved_over_the_working_calendar()
    {
        var due = Measure().TaskStates.ToDictionary(t => t.TaskId, t => t.DueDate);
        Assert.Equal(new LocalDate(2022, 3, 31), due["t1"]);
        Assert.Equal(new LocalDate(2022, 12, 30), due["t6"]);
        Assert.Equal(new LocalDate(2022, 4, 29), due["t9"]);
        Assert.Null(due["t3"]);
    }

    [Fact]
    public void Counts_and_shares_of_the_plan_and_of_each_area()
    {
        var progress = Measure();
        Assert.Equal(new TaskCounts(Total: 9, DoneOnTime: 3, DoneLate: 3, DoneTimingUnknown: 0, NotDone: 3, Overdue: 1, Cancelled: 1), progress.Tasks);
        Assert.Equal(6, progress.Tasks.Done);
        Assert.Equal(0.6667m, progress.Tasks.DoneShare);
        Assert.Equal(0.3333m, progress.Tasks.OnTimeShare);
        Assert.Equal(0.3333m, progress.Tasks.LateShare);
        Assert.Equal(0.1111m, progress.Tasks.OverdueShare);
        Assert.Equal(AsOf, progress.AsOf);

        Assert.Equal(["a1", "a2"], progress.Areas.Select(a => a.AreaId));
        Assert.Equal(new TaskCounts(7, 2, 2, 0, 3, 1, 1), progress.Areas[0].Tasks);
        Assert.Equal(new TaskCounts(2, 1, 1, 0, 0, 0, 0), progress.Areas[1].Tasks);
        Assert.Equal(1m, progress.Areas[1].Tasks.DoneShare);
    }

    [Fact]
    public void Targets_are_met_not_met_or_unknown()
    {
        var progress = Measure();
        var outcomes = progress.TargetOutcomes.ToDictionary(t => t.TargetId);
        Assert.Equal(TargetOutcome.Met, outcomes["tp1"].Outcome);
        Assert.Null(outcomes["tp1"].AreaId);
        Assert.Equal(TargetOutcome.NotMet, outcomes["ta1"].Outcome);
        Assert.Equal(5m, outcomes["ta1"].Actual);
        Assert.Equal(TargetOutcome.Unknown, outcomes["ta2"].Outcome); // no actual value
        Assert.Equal(TargetOutcome.Unknown, outcomes["tq"].Outcome);  // qualitative
        Assert.Equal(new TargetCounts(Met: 1, NotMet: 1, Unknown: 2), progress.Targets);
        Assert.Equal(0.5m, progress.Targets.MetShareOfDecided);
        Assert.Equal(new TargetCounts(0, 1, 1), progress.Areas[0].Targets);
        Assert.Equal(new TargetCounts(0, 0, 1), progress.Areas[1].Targets);
    }

    [Fact]
    public void An_empty_plan_has_no_shares()
    {
        var progress = PlanProgress.Of(new Plan(new PlanHeader(PlanKind.Other, "Kế hoạch", "UBND", 2022)), new Dictionary<string, decimal>(), WorkingCalendar.Default, AsOf);
        Assert.Equal(0, progress.Tasks.Total);
        Assert.Null(progress.Tasks.DoneShare);
        Assert.Null(progress.Targets.MetShareOfDecided);
        Assert.Empty(progress.Areas);
    }
}

public sealed class PlanProgressDefaultCalendarTests
{
    [Fact]
    public void Without_a_calendar_the_default_working_calendar_is_used()
    {
        var plan = SamplePlan.Build();
        var asOf = new NodaTime.LocalDate(2022, 12, 31);
        var actuals = new Dictionary<string, decimal> { ["tg1"] = 85m };

        Assert.Equal(
            Cchc.Domain.Progress.PlanProgress.Of(plan, actuals, Cchc.Domain.Calendar.WorkingCalendar.Default, asOf),
            Cchc.Domain.Progress.PlanProgress.Of(plan, actuals, asOf),
            new ProgressComparer());
    }

    private sealed class ProgressComparer : IEqualityComparer<Cchc.Domain.Progress.PlanProgress>
    {
        public bool Equals(Cchc.Domain.Progress.PlanProgress? x, Cchc.Domain.Progress.PlanProgress? y) =>
            x!.Tasks == y!.Tasks && x.Targets == y.Targets && x.TaskStates.SequenceEqual(y.TaskStates) && x.TargetOutcomes.SequenceEqual(y.TargetOutcomes);

        public int GetHashCode(Cchc.Domain.Progress.PlanProgress obj) => obj.Tasks.GetHashCode();
    }
}
