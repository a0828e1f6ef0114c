namespace Cchc.Domain.Diagnostics;

/// <summary>
/// Every diagnostic the library can report, gathered from the catalogue of each area. Codes are
/// grouped by thousands: 1xxx reading JSON, 2xxx plans, 3xxx calendar and deadlines, 4xxx scoring.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>All descriptors, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [.. JsonDiagnostics.All.Concat(PlanDiagnostics.All).Concat(CalendarDiagnostics.All).Concat(ScoringDiagnostics.All)
            .OrderBy(d => d.Code, StringComparer.Ordinal)];

    /// <summary>Finds the descriptor of <paramref name="code"/>.</summary>
    /// <param name="code">A diagnostic code such as <c>CCHC1001</c>.</param>
    /// <returns>The descriptor, or <see langword="null"/> when the code is unknown.</returns>
    public static DiagnosticDescriptor? Find(string code) =>
        All.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.Ordinal));
}
