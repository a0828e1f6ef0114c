using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due before a given day ("Trước ngày 05/12/2021", "Trước 30/11").</summary>
/// <param name="Date">The day named in the phrase.</param>
public sealed record ByDateDeadline(LocalDate Date) : Deadline;
