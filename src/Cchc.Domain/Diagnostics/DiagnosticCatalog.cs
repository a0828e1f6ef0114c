namespace Cchc.Domain.Diagnostics;

/// <summary>
/// Every diagnostic the library can report, gathered from the catalogue of each area. Codes are
/// grouped by thousands: 1xxx reading JSON, 2xxx plans, 3xxx calendar and deadlines, 4xxx scoring,
/// 9xxx rules users add to the validators. The codes are also constants of <see cref="DiagnosticCodes"/>.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>The descriptors, ordered by code (the library's own use: they create the diagnostics).</summary>
    internal static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [.. JsonDiagnostics.All.Concat(PlanDiagnostics.All).Concat(CalendarDiagnostics.All).Concat(ScoringDiagnostics.All).Concat(UserRuleDiagnostics.All)
            .OrderBy(d => d.Code, StringComparer.Ordinal)];

    private static readonly Dictionary<string, DiagnosticInfo> ByCode =
        Descriptors.ToDictionary(d => d.Code, d => new DiagnosticInfo(d.Code, d.Severity, d.Title), StringComparer.Ordinal);

    /// <summary>Every code with its default severity and title, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticInfo> All { get; } = [.. Descriptors.Select(d => ByCode[d.Code])];

    /// <summary>Finds the code <paramref name="code"/>.</summary>
    /// <param name="code">A diagnostic code such as <c>CCHC1001</c>.</param>
    /// <returns>Its severity and title, or <see langword="null"/> when the code is unknown.</returns>
    public static DiagnosticInfo? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.GetValueOrDefault(code);
    }

    /// <summary>The descriptor of <paramref name="code"/>, or <see langword="null"/>.</summary>
    internal static DiagnosticDescriptor? Descriptor(string code) =>
        Descriptors.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.Ordinal));
}
