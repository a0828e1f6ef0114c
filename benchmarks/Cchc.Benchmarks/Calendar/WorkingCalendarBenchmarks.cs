using BenchmarkDotNet.Attributes;
using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Benchmarks.Calendar;

/// <summary>Working-day arithmetic on the default calendar, and the build of a calendar's index (2000–2199).</summary>
[MemoryDiagnoser]
public class WorkingCalendarBenchmarks
{
    private readonly WorkingCalendar _calendar = WorkingCalendar.Default;
    private readonly LocalDate _start = new(2024, 2, 7);
    private OfficialSchedule _schedule = null!;

    [Params(5, 250)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ = _calendar.IsWorkingDay(_start);
        _schedule = new OfficialSchedule(2027, [], [new WorkdaySwap(new LocalDate(2027, 9, 1), new LocalDate(2027, 9, 11))]);
    }

    [Benchmark]
    public LocalDate AddWorkingDays() => _calendar.AddWorkingDays(_start, Count);

    [Benchmark]
    public int CountWorkingDays() => _calendar.CountWorkingDays(_start, _start.PlusDays(Count));

    [Benchmark]
    public bool RegisterScheduleAndBuildIndex() => _calendar.With(_schedule).IsWorkingDay(_start);
}
