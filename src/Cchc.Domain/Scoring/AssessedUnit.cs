namespace Cchc.Domain.Scoring;

/// <summary>The unit assessed.</summary>
/// <param name="Code">A stable code of the unit, for example <c>"stp"</c>.</param>
/// <param name="Name">The name, for example <c>"Sở Tư pháp"</c>.</param>
/// <param name="Block">The block the unit is ranked in (khối), or <see langword="null"/> for the framework's block.</param>
public sealed record AssessedUnit(string Code, string Name, string? Block);
