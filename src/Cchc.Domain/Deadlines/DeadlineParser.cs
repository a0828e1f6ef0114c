using System.Globalization;
using System.Text.RegularExpressions;
using Cchc.Domain.Text;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Reads Vietnamese deadline phrases; matching is accent- and case-insensitive.</summary>
internal static partial class DeadlineParser
{
    public static bool TryParse(string? text, int planYear, out Deadline deadline)
    {
        try
        {
            return TryParseCore(text, planYear, out deadline);
        }
        catch (RegexMatchTimeoutException)
        {
            deadline = null!;
            return false;
        }
    }

    private static bool TryParseCore(string? text, int planYear, out Deadline deadline)
    {
        deadline = null!;
        if (string.IsNullOrWhiteSpace(text) || planYear is < 1 or > 9999)
        {
            return false;
        }

        var folded = VietnameseText.Fold(text).Trim().TrimEnd('.', ';', ')');
        Deadline? parsed = null;
        if (MonthPattern().Match(folded) is { Success: true } month && Int(month, "m") is >= 1 and <= 12 and var m)
        {
            parsed = new MonthDeadline(new YearMonth(Int(month, "y"), m));
        }
        else if (BeforePattern().Match(folded) is { Success: true } before)
        {
            parsed = ToDate(before, planYear) is { } date ? new ByDateDeadline(date) : null;
        }
        else if (DatePattern().Match(folded) is { Success: true } on)
        {
            parsed = ToDate(on, planYear) is { } date ? new OnDateDeadline(date) : null;
        }
        else if (QuarterPattern().Match(folded) is { Success: true } quarter)
        {
            parsed = new QuarterDeadline(quarter.Groups["y"].Success ? Int(quarter, "y") : planYear, QuarterNumber(quarter.Groups["q"].Value));
        }
        else if (YearPattern().Match(folded) is { Success: true } year)
        {
            parsed = new YearDeadline(year.Groups["y"].Success ? Int(year, "y") : planYear);
        }

        if (parsed is null)
        {
            return false;
        }

        deadline = parsed with { Text = text };
        return true;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static LocalDate? ToDate(Match match, int planYear)
    {
        var year = match.Groups["y"].Success ? Int(match, "y") : planYear;
        var month = Int(match, "m");
        var day = Int(match, "d");
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    private static int QuarterNumber(string roman) => roman switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };

    [GeneratedRegex(@"^thang\s+(?<m>\d{1,2})\s*/\s*(?<y>\d{4})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^truoc\s+(?:ngay\s+)?(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>\d{4}))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BeforePattern();

    [GeneratedRegex(@"^(?:ngay\s+)?(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:trong\s+)?quy\s+(?<q>iv|iii|ii|i|[1-4])(?:\s+nam\s+(?<y>\d{4}))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?:nam\s+(?<y>\d{4})|ca\s+nam)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearPattern();
}
