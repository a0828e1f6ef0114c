using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>Where money for the plan comes from (kinh phí).</summary>
public enum FundingKind
{
    /// <summary>The regular state budget allocated for the year (ngân sách thường xuyên).</summary>
    RegularBudget = 0,

    /// <summary>Fees and charges retained by the unit (kinh phí trích lại từ thu phí, lệ phí).</summary>
    FeeRetention = 1,

    /// <summary>A programme or project budget.</summary>
    Programme = 2,

    /// <summary>Any other source.</summary>
    Other = 3,
}
