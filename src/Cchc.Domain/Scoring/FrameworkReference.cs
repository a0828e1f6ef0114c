namespace Cchc.Domain.Scoring;

/// <summary>The framework an assessment was made against.</summary>
/// <param name="Id">The framework's <see cref="FrameworkIdentity.Id"/>.</param>
/// <param name="Version">The framework's <see cref="FrameworkIdentity.Version"/>.</param>
public sealed record FrameworkReference(string Id, string Version);
