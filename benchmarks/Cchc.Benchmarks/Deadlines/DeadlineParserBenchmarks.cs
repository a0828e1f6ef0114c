using BenchmarkDotNet.Attributes;
using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using NodaTime;

namespace Cchc.Benchmarks.Deadlines;

/// <summary>
/// Reading a short phrase, the seed's composite phrase (labelled parts, recurring report) and a phrase of 4,000
/// characters (not a deadline: the reader must give up in linear time), and resolving the recurring report's due dates.
/// </summary>
[MemoryDiagnoser]
public class DeadlineParserBenchmarks
{
    private const string Recurring = "Báo cáo quý I, trước ngày 10/3; 6 tháng đầu năm, trước ngày 10/6; quý III, trước ngày 10/9; báo cáo năm, trước ngày 5/12).";

    private Deadline _recurring = null!;
    private string _phrase = string.Empty;

    [Params("short", "labelled", "recurring", "4000 characters")]
    public string Phrase { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _phrase = Phrase switch
        {
            "short" => "Trước 30/11",
            "labelled" => "- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)",
            "recurring" => Recurring,
            _ => string.Concat(Enumerable.Repeat("Gửi về Sở Nội vụ trước ngày 30/11, quý I năm 2022 và ", 80))[..4000],
        };
        _recurring = Deadline.Parse(Recurring, 2021).Value;
        _ = WorkingCalendar.Default.IsWorkingDay(new LocalDate(2021, 1, 4));
    }

    [Benchmark]
    public bool TryParse() => Deadline.TryParse(_phrase, 2021, out _);

    [Benchmark]
    public int DueDates() => _recurring.DueDates(WorkingCalendar.Default).Count;
}
