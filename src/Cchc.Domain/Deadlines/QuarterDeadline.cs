namespace Cchc.Domain.Deadlines;

/// <summary>Due within a quarter ("Quý I", "trong Quý I năm 2022").</summary>
/// <param name="Year">The year.</param>
/// <param name="Quarter">The quarter, 1–4.</param>
public sealed record QuarterDeadline(int Year, int Quarter) : Deadline;
