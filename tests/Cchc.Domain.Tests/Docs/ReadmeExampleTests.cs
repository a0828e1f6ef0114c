using Cchc.Domain.Calendar;
using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using NodaTime;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Docs;

/// <summary>The README's examples, run: if they stop compiling or their answers change, this fails.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_plan_example_reads_a_seed_and_lists_leads_and_deadlines()
    {
        var result = PlanJson.Read(File.ReadAllBytes(RepositoryFiles.Path("samples/plans/000-dien-bien-cong-thuong-2022.json")));
        var plan = result.Plan!;
        var matrix = ResponsibilityMatrix.From(plan);
        var lines = plan.AllTasks.Select(x => $"{x.Task.Number} {x.Task.Title} — chủ trì: {string.Join(", ", matrix.LeadsOfTask(x.Task.Id))}; hạn: {x.Task.Deadline?.Text}").ToList();

        Assert.True(result.IsValid);
        Assert.Equal(plan.AllTasks.Count(), lines.Count);
        Assert.Contains(lines, l => l.StartsWith("2.1 ", StringComparison.Ordinal) && l.Contains("chủ trì: van-phong", StringComparison.Ordinal));
    }

    [Fact]
    public void The_calendar_example_crosses_Tet_2025_and_finds_Tet_2026()
    {
        var calendar = WorkingCalendar.Default;

        Assert.Equal(new LocalDate(2025, 2, 7), calendar.AddWorkingDays(new LocalDate(2025, 1, 24), 5));
        Assert.Equal(new LocalDate(2026, 2, 17), VietnameseLunarCalendar.ToSolar(new LunarDate(2026, 1, 1, false)));
    }
}
