using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>What kind of plan a document is.</summary>
public enum PlanKind
{
    /// <summary>The yearly administrative-reform plan (kế hoạch cải cách hành chính năm).</summary>
    AnnualReform = 0,

    /// <summary>A communication plan for administrative reform (kế hoạch tuyên truyền CCHC).</summary>
    Communication = 1,

    /// <summary>An inspection plan (kế hoạch kiểm tra CCHC).</summary>
    Inspection = 2,

    /// <summary>A plan on one theme (kế hoạch chuyên đề), such as TTHC control.</summary>
    Thematic = 3,

    /// <summary>Any other plan.</summary>
    Other = 4,
}
