using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due within the first nine months of a year ("9 tháng đầu năm", "09 tháng").</summary>
/// <param name="Year">The year.</param>
public sealed record NineMonthsDeadline(int Year) : WithinPeriodDeadline
{
    /// <inheritdoc />
    public override DateInterval? Period => DueDateRules.Months(Year, 1, 9);
}
