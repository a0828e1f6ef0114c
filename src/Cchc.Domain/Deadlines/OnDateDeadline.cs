using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due on a given day ("Ngày 05/12/2021").</summary>
/// <param name="Date">The day.</param>
public sealed record OnDateDeadline(LocalDate Date) : Deadline;
