using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>What kind of body a <see cref="Unit"/> is.</summary>
public enum UnitKind
{
    /// <summary>The leadership (Lãnh đạo Sở, Giám đốc).</summary>
    Leadership = 0,

    /// <summary>The office (Văn phòng Sở), possibly merged with the inspectorate ("Văn phòng - Thanh tra Sở").</summary>
    Office = 1,

    /// <summary>The inspectorate (Thanh tra Sở).</summary>
    Inspectorate = 2,

    /// <summary>A professional division (Phòng …).</summary>
    Division = 3,

    /// <summary>A sub-department (Chi cục …).</summary>
    SubDepartment = 4,

    /// <summary>A centre (Trung tâm …).</summary>
    Centre = 5,

    /// <summary>Another public service unit (đơn vị sự nghiệp).</summary>
    PublicServiceUnit = 6,

    /// <summary>A group the plan names as one ("Các phòng, đơn vị thuộc Sở").</summary>
    Collective = 7,

    /// <summary>A body outside the issuer (UBND tỉnh, Sở Nội vụ, Bộ Công Thương).</summary>
    External = 8,

    /// <summary>Anything else.</summary>
    Other = 9,
}
