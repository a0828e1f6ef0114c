namespace Cchc.Domain.Scoring;

/// <summary>Which criteria set a framework is: its identifier and version, the decision that issued it, the level and block it assesses, the years it applies to.</summary>
/// <remarks>Scores are comparable only between cards of the same <see cref="Id"/> and <see cref="Version"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Id">A stable identifier, for example <c>"hn-so-2025"</c>.</param>
/// <param name="Version">The version of the criteria set, for example <c>"2025.1"</c>.</param>
/// <param name="Title">The title, in Vietnamese.</param>
/// <param name="Decision">The methodology decision, for example <c>"876/QĐ-BNV"</c>; <see langword="null"/> when unknown.</param>
/// <param name="Level">The administrative level assessed.</param>
/// <param name="Block">The default block of units (khối), for example <c>"khoiSo"</c>; <see langword="null"/> when the framework serves several blocks.</param>
/// <param name="FirstYear">The first assessment year the framework applies to.</param>
/// <param name="LastYear">The last assessment year, or <see langword="null"/> when open-ended.</param>
public sealed record FrameworkIdentity(
    string Id,
    string Version,
    string Title,
    string? Decision,
    FrameworkLevel Level,
    string? Block,
    int FirstYear,
    int? LastYear)
{
    /// <summary>Whether the framework applies to assessment year <paramref name="year"/>.</summary>
    /// <param name="year">An assessment year.</param>
    /// <returns><see langword="true"/> when <paramref name="year"/> is within the year range.</returns>
    public bool AppliesTo(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);
}
