using Cchc.Domain;
using Cchc.Domain.Reporting;
using Cchc.Domain.Calendar;

namespace Cchc.Domain.Plans;

/// <summary>The identity of a plan document: what it is, who issued it, when and where, and who signed it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Kind">The kind of plan.</param>
/// <param name="Title">The title as written ("Kế hoạch Cải cách hành chính năm 2022").</param>
/// <param name="Issuer">The issuing body (cơ quan ban hành).</param>
/// <param name="Year">The plan year (the first year of a multi-year plan).</param>
public sealed record PlanHeader(PlanKind Kind, string Title, string Issuer, int Year)
{
    /// <summary>The body the issuer belongs to (cơ quan chủ quản), such as "UBND tỉnh Ninh Thuận".</summary>
    public string? ParentAuthority { get; init; }

    /// <summary>The document number and symbol (số, ký hiệu).</summary>
    public DocumentNumber? DocumentNumber { get; init; }

    /// <summary>The issue date (ngày ban hành), possibly partial.</summary>
    public PartialDate? IssueDate { get; init; }

    /// <summary>The place of issue (địa danh), such as "Ninh Thuận".</summary>
    public string? Place { get; init; }

    /// <summary>The last year of a multi-year plan; <see langword="null"/> for a one-year plan.</summary>
    public int? EndYear { get; init; }

    /// <summary>Who signed the document.</summary>
    public Signer? Signer { get; init; }

    /// <summary>The recipients (nơi nhận).</summary>
    public ValueList<Recipient> Recipients { get; init; }

    /// <summary>The last year the plan covers: <see cref="EndYear"/> or <see cref="Year"/>.</summary>
    public int LastYear => EndYear ?? Year;
}
