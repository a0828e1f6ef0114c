using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due within a quarter ("Quý I", "trong Quý I năm 2022", "Quý 3/2021").</summary>
/// <param name="Year">The year.</param>
/// <param name="Quarter">The quarter, 1–4.</param>
public sealed record QuarterDeadline(int Year, int Quarter) : WithinPeriodDeadline
{
    /// <inheritdoc />
    public override DateInterval? Period =>
        Quarter is >= 1 and <= 4 ? DueDateRules.Months(Year, (3 * Quarter) - 2, 3 * Quarter) : null;
}
