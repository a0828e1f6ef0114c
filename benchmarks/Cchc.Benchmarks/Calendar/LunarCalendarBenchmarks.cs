using BenchmarkDotNet.Attributes;
using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Benchmarks.Calendar;

/// <summary>Solar↔lunar conversions (1,000 dates 1950–2050 per operation) and the one-off table build.</summary>
[MemoryDiagnoser]
public class LunarCalendarBenchmarks
{
    private const int Batch = 1000;
    private readonly LocalDate[] _dates = new LocalDate[Batch];
    private readonly LunarDate[] _lunarDates = new LunarDate[Batch];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = new LocalDate(1950, 1, 1);
        for (var i = 0; i < Batch; i++)
        {
            _dates[i] = start.PlusDays(random.Next(0, 36500));
            _lunarDates[i] = VietnameseLunarCalendar.ToLunar(_dates[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ToLunar()
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            sum += VietnameseLunarCalendar.ToLunar(date).Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ToSolar()
    {
        var sum = 0;
        foreach (var date in _lunarDates)
        {
            sum += VietnameseLunarCalendar.ToSolar(date).Day;
        }

        return sum;
    }

    [Benchmark]
    public int LunarTableBuild() => LunarTable.Build().MonthCount;
}
