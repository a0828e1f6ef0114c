using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due within the year ("Năm 2021", "Cả năm", "Trong năm 2022").</summary>
/// <param name="Year">The year.</param>
public sealed record YearDeadline(int Year) : WithinPeriodDeadline
{
    /// <inheritdoc />
    public override DateInterval? Period => DueDateRules.Months(Year, 1, 12);
}
