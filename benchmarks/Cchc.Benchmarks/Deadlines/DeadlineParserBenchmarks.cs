using BenchmarkDotNet.Attributes;
using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using NodaTime;

namespace Cchc.Benchmarks.Deadlines;

/// <summary>Reading seed phrases (a short one, the labelled parts, the recurring report) and resolving their due dates.</summary>
[MemoryDiagnoser]
public class DeadlineParserBenchmarks
{
    private Deadline _recurring = null!;

    [Params(
        "Trước 30/11",
        "- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)",
        "Báo cáo quý I, trước ngày 10/3; 6 tháng đầu năm, trước ngày 10/6; quý III, trước ngày 10/9; báo cáo năm, trước ngày 5/12).")]
    public string Phrase { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _recurring = Deadline.TryParse(Phrase, 2021, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"'{Phrase}' is not a deadline.");
        _ = WorkingCalendar.Default.IsWorkingDay(new LocalDate(2021, 1, 4));
    }

    [Benchmark]
    public bool TryParse() => Deadline.TryParse(Phrase, 2021, out _);

    [Benchmark]
    public int DueDates() => _recurring.DueDates(WorkingCalendar.Default).Count;
}
