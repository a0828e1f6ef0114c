namespace Cchc.Domain.Deadlines;

/// <summary>Due within the year ("Năm 2021", "Cả năm").</summary>
/// <param name="Year">The year.</param>
public sealed record YearDeadline(int Year) : Deadline;
