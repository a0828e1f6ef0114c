namespace Cchc.Domain.Deadlines;

/// <summary>One labelled part of a deadline ("Kế hoạch (Quý I)").</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Label">The label as written ("Kế hoạch", "Báo cáo").</param>
/// <param name="Deadline">The part's deadline, whose <see cref="Deadline.Text"/> is the part's phrase ("Quý I").</param>
public sealed record LabelledPart(string Label, Deadline Deadline);
