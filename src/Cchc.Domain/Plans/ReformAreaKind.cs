using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>
/// The catalog of reform areas: the contents of the 2021–2030 master programme (Nghị quyết
/// 76/NQ-CP) plus the impact area the PAR INDEX scores.
/// </summary>
public enum ReformAreaKind
{
    /// <summary>Direction of reform (công tác chỉ đạo, điều hành CCHC), including communication and inspection.</summary>
    Direction = 0,

    /// <summary>Institutional reform (cải cách thể chế).</summary>
    Institutions = 1,

    /// <summary>Administrative-procedure reform (cải cách thủ tục hành chính).</summary>
    AdministrativeProcedures = 2,

    /// <summary>Reform of the state administrative apparatus (cải cách tổ chức bộ máy hành chính nhà nước).</summary>
    Organization = 3,

    /// <summary>Civil-service reform (cải cách chế độ công vụ; 2011–2020: xây dựng và nâng cao chất lượng đội ngũ CBCCVC).</summary>
    CivilService = 4,

    /// <summary>Public-finance reform (cải cách tài chính công).</summary>
    PublicFinance = 5,

    /// <summary>E-government and digital government (chính quyền điện tử, chính quyền số; 2011–2020: hiện đại hóa hành chính).</summary>
    DigitalGovernment = 6,

    /// <summary>Impact of reform on people, organisations and development (scored, not planned).</summary>
    Impact = 7,
}
