using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>One line of "Nơi nhận": who receives the document and why ("UBND tỉnh (thay b/c)").</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Name">The recipient as written.</param>
/// <param name="Purpose">The purpose in parentheses ("để biết", "thay b/c"), or <see langword="null"/>.</param>
/// <param name="UnitId">The id of the matching unit of the plan, or <see langword="null"/>.</param>
public sealed record Recipient(string Name, string? Purpose = null, string? UnitId = null);
