using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due within a half-year ("6 tháng đầu năm", "6 tháng cuối năm 2022", "nửa đầu năm").</summary>
/// <param name="Year">The year.</param>
/// <param name="Half">1 for January–June, 2 for July–December.</param>
public sealed record HalfYearDeadline(int Year, int Half) : WithinPeriodDeadline
{
    /// <inheritdoc />
    public override DateInterval? Period => Half switch
    {
        1 => DueDateRules.Months(Year, 1, 6),
        2 => DueDateRules.Months(Year, 7, 12),
        _ => null,
    };
}
