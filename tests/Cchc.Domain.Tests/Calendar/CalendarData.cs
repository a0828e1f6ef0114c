using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Domain.Tests.Calendar;

/// <summary>The research data files copied into Calendar/Data (tet-dates.csv, hung-kings.csv).</summary>
internal static class CalendarData
{
    public static IEnumerable<(int Year, LocalDate Vietnam, LocalDate China, string Source)> TetDates() =>
        Rows("tet-dates.csv").Select(r => (Year(r[0]), Date(r[1]), Date(r[2]), r[3]));

    public static IEnumerable<(int Year, LocalDate Date, string Source)> HungKings() =>
        Rows("hung-kings.csv").Select(r => (Year(r[0]), Date(r[1]), r[3]));

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static IEnumerable<string[]> Rows(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Calendar", "Data", file);
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(SplitCsv);
    }

    // Four columns; only the last one is quoted and may contain commas.
    private static string[] SplitCsv(string line)
    {
        var parts = line.Split(',', 4);
        parts[3] = parts[3].Trim('"');
        return parts;
    }
}
