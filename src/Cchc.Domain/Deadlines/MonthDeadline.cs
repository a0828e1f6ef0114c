using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due within a month ("Tháng 12/2021", "Tháng 6").</summary>
/// <param name="Month">The month.</param>
public sealed record MonthDeadline(YearMonth Month) : WithinPeriodDeadline
{
    /// <inheritdoc />
    public override DateInterval? Period => Month.ToDateInterval();
}
