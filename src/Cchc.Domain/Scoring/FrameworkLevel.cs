namespace Cchc.Domain.Scoring;

/// <summary>The administrative level whose units a scoring framework assesses.</summary>
public enum FrameworkLevel
{
    /// <summary>Ministries and ministry-level agencies (cấp bộ).</summary>
    Ministry = 0,

    /// <summary>Provincial people's committees (cấp tỉnh).</summary>
    Province = 1,

    /// <summary>Provincial departments and equivalent agencies (cấp sở, ban, ngành).</summary>
    Department = 2,

    /// <summary>District-level people's committees (cấp huyện).</summary>
    District = 3,

    /// <summary>Commune-level people's committees (cấp xã).</summary>
    Commune = 4,

    /// <summary>Public service units (đơn vị sự nghiệp công lập).</summary>
    PublicServiceUnit = 5,
}
