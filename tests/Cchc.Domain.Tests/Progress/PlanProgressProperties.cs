using FsCheck;
using Cchc.Domain.Calendar;
using Cchc.Domain.Plans;
using Cchc.Domain.Progress;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cchc.Domain.Tests.Progress;

public sealed class PlanProgressProperties
{
    /// <summary>A generated plan whose tasks get completion dates in 2021–2023 or none, measured on a day of 2022.</summary>
    private static readonly FsCheck.Gen<(Plan Plan, int Seed)> Plans =
        from plan in PlanGenerators.Plan
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select (plan, seed);

    private static (PlanProgress Progress, Plan Plan) Measure((Plan Plan, int Seed) input)
    {
        var random = new Random(input.Seed);
        var start = new LocalDate(2021, 1, 1);
        var plan = input.Plan with
        {
            Areas = [.. input.Plan.Areas.Select(a => a with
            {
                Tasks = [.. a.Tasks.Select(t => t with { CompletedOn = random.Next(3) == 0 ? null : start.PlusDays(random.Next(3 * 365)) })],
            })],
        };
        var actuals = plan.AllTargets.Where(_ => random.Next(2) == 0).GroupBy(t => t.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, _ => (decimal)random.Next(0, 200), StringComparer.Ordinal);
        return (PlanProgress.Of(plan, actuals, WorkingCalendar.Default, new LocalDate(2022, 1, 1).PlusDays(random.Next(365))), plan);
    }

    private static void AssertShares(TaskCounts counts)
    {
        Assert.Equal(counts.Total, counts.Done + counts.NotDone);
        Assert.InRange(counts.Overdue, 0, counts.NotDone);
        foreach (var share in new[] { counts.DoneShare, counts.OnTimeShare, counts.LateShare, counts.OverdueShare })
        {
            Assert.Equal(counts.Total == 0, share is null);
            if (share is { } s)
            {
                Assert.InRange(s, 0m, 1m);
            }
        }
    }

    [Property(MaxTest = 150)]
    public Property Shares_are_fractions_and_done_plus_not_done_is_the_total() =>
        Prop.ForAll(Plans.ToArbitrary(), input =>
        {
            var (progress, plan) = Measure(input);
            AssertShares(progress.Tasks);
            foreach (var area in progress.Areas)
            {
                AssertShares(area.Tasks);
            }

            Assert.Equal(plan.AllTasks.Count(), progress.Tasks.Total + progress.Tasks.Cancelled);
            Assert.Equal(progress.Tasks.Total, progress.Areas.Sum(a => a.Tasks.Total));
            Assert.Equal(progress.Tasks.Done, progress.Areas.Sum(a => a.Tasks.Done));
        });

    [Property(MaxTest = 150)]
    public Property Every_target_has_one_outcome_and_the_counts_add_up() =>
        Prop.ForAll(Plans.ToArbitrary(), input =>
        {
            var (progress, plan) = Measure(input);
            Assert.Equal(plan.AllTargets.Count(), progress.TargetOutcomes.Count);
            Assert.Equal(progress.TargetOutcomes.Count, progress.Targets.Total);
            Assert.Equal(progress.Targets.Total - plan.Targets.Count, progress.Areas.Sum(a => a.Targets.Total));
            if (progress.Targets.MetShareOfDecided is { } share)
            {
                Assert.InRange(share, 0m, 1m);
            }
        });

    [Property(MaxTest = 100)]
    public Property A_task_completed_after_the_day_measured_is_not_done_yet() =>
        Prop.ForAll(Plans.ToArbitrary(), input =>
        {
            var (progress, plan) = Measure(input);
            var tasks = plan.AllTasks.Select(at => at.Task).ToDictionary(t => t.Id, StringComparer.Ordinal);
            foreach (var state in progress.TaskStates.Where(s => tasks[s.TaskId].CompletedOn > progress.AsOf))
            {
                Assert.False(state.IsDone, state.TaskId);
            }
        });
}
