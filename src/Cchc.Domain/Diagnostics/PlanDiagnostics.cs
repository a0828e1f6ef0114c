namespace Cchc.Domain.Diagnostics;

/// <summary>Diagnostics of plans (codes CCHC2xxx): references, structure and plausibility.</summary>
internal static class PlanDiagnostics
{
    /// <summary>CCHC2001: an id used twice in one collection.</summary>
    public static DiagnosticDescriptor DuplicateId { get; } = new(
        DiagnosticCodes.Plan.DuplicateId, DiagnosticSeverity.Error, "Duplicate id",
        "The id '{0}' is used more than once among the plan's {1}.",
        "Mã '{0}' bị trùng trong danh sách {2} của kế hoạch.");

    /// <summary>CCHC2002: a reference to a unit the plan does not declare.</summary>
    public static DiagnosticDescriptor UnknownUnit { get; } = new(
        DiagnosticCodes.Plan.UnknownUnit, DiagnosticSeverity.Error, "Unknown unit",
        "'{0}' is not the id of any unit of the plan.",
        "'{0}' không phải mã của đơn vị nào trong kế hoạch.");

    /// <summary>CCHC2003: a reference to an area the plan does not declare.</summary>
    public static DiagnosticDescriptor UnknownArea { get; } = new(
        DiagnosticCodes.Plan.UnknownArea, DiagnosticSeverity.Error, "Unknown area",
        "'{0}' is not the id of any reform area of the plan.",
        "'{0}' không phải mã của nội dung cải cách nào trong kế hoạch.");

    /// <summary>CCHC2004: a reference to a target the plan does not declare.</summary>
    public static DiagnosticDescriptor UnknownTarget { get; } = new(
        DiagnosticCodes.Plan.UnknownTarget, DiagnosticSeverity.Error, "Unknown target",
        "'{0}' is not the id of any target of the plan.",
        "'{0}' không phải mã của chỉ tiêu nào trong kế hoạch.");

    /// <summary>CCHC2005: a reference to a task the plan does not declare.</summary>
    public static DiagnosticDescriptor UnknownTask { get; } = new(
        DiagnosticCodes.Plan.UnknownTask, DiagnosticSeverity.Error, "Unknown task",
        "'{0}' is not the id of any task of the plan.",
        "'{0}' không phải mã của nhiệm vụ nào trong kế hoạch.");

    /// <summary>CCHC2006: units whose parents form a cycle.</summary>
    public static DiagnosticDescriptor UnitCycle { get; } = new(
        DiagnosticCodes.Plan.UnitCycle, DiagnosticSeverity.Error, "Cycle of unit parents",
        "The unit '{0}' is its own ancestor: {1}.",
        "Đơn vị '{0}' là cấp trên của chính nó: {1}.");

    /// <summary>CCHC2007: targets whose parents form a cycle.</summary>
    public static DiagnosticDescriptor TargetCycle { get; } = new(
        DiagnosticCodes.Plan.TargetCycle, DiagnosticSeverity.Error, "Cycle of parent targets",
        "The target '{0}' is its own parent: {1}.",
        "Chỉ tiêu '{0}' là chỉ tiêu cha của chính nó: {1}.");

    /// <summary>CCHC2008: a task that nothing assigns a lead to.</summary>
    public static DiagnosticDescriptor TaskWithoutLead { get; } = new(
        DiagnosticCodes.Plan.TaskWithoutLead, DiagnosticSeverity.Warning, "Task without a lead",
        "The task '{0}' has no lead unit: none on the task, on its deliverables, or by an assignment of its area or of the task.",
        "Nhiệm vụ '{0}' không có đơn vị chủ trì: không có trên nhiệm vụ, trên sản phẩm, hay trong phân công của nội dung hoặc nhiệm vụ.");

    /// <summary>CCHC2009: a text that must say something is empty.</summary>
    public static DiagnosticDescriptor EmptyText { get; } = new(
        DiagnosticCodes.Plan.EmptyText, DiagnosticSeverity.Error, "Empty text",
        "This text must not be empty.",
        "Nội dung này không được để trống.");

    /// <summary>CCHC2010: a percentage level outside 0–100.</summary>
    public static DiagnosticDescriptor PercentOutOfRange { get; } = new(
        DiagnosticCodes.Plan.PercentOutOfRange, DiagnosticSeverity.Error, "Percentage out of range",
        "{0}% is not a percentage between 0 and 100.",
        "{0}% không phải tỷ lệ phần trăm từ 0 đến 100.");

    /// <summary>CCHC2011: a range whose lower bound is above its upper bound.</summary>
    public static DiagnosticDescriptor RangeInverted { get; } = new(
        DiagnosticCodes.Plan.RangeInverted, DiagnosticSeverity.Error, "Inverted range",
        "The lower bound {0} is greater than the upper bound {1}.",
        "Cận dưới {0} lớn hơn cận trên {1}.");

    /// <summary>CCHC2012: a baseline year after the plan year.</summary>
    public static DiagnosticDescriptor BaselineAfterPlanYear { get; } = new(
        DiagnosticCodes.Plan.BaselineAfterPlanYear, DiagnosticSeverity.Error, "Baseline after plan year",
        "The baseline year {0} is after the plan year {1}.",
        "Năm so sánh {0} sau năm kế hoạch {1}.");

    /// <summary>CCHC2013: a legal reference whose number and date disagree on the year (often a typo of the source).</summary>
    public static DiagnosticDescriptor LegalReferenceYearMismatch { get; } = new(
        DiagnosticCodes.Plan.LegalReferenceYearMismatch, DiagnosticSeverity.Warning, "Legal reference year mismatch",
        "The number of '{0}' says {1} but it is dated {2}: one of them is probably a typo.",
        "Số hiệu của '{0}' ghi năm {1} nhưng ngày ban hành là {2}: có thể một trong hai bị gõ nhầm.");

    /// <summary>CCHC2014: a date outside the years the plan covers.</summary>
    public static DiagnosticDescriptor DateOutsidePlan { get; } = new(
        DiagnosticCodes.Plan.DateOutsidePlan, DiagnosticSeverity.Warning, "Date outside the plan period",
        "{0} is outside the plan period {1}–{2}.",
        "{0} nằm ngoài thời kỳ kế hoạch {1}–{2}.");

    /// <summary>CCHC2015: text not in Unicode NFC; the diagnostic's suggestion is the NFC form.</summary>
    public static DiagnosticDescriptor NotNfc { get; } = new(
        DiagnosticCodes.Plan.NotNfc, DiagnosticSeverity.Warning, "Text not in Unicode NFC",
        "The text is not in Unicode Normalization Form C (composed); store it as suggested so that search and comparison work.",
        "Văn bản không ở dạng chuẩn Unicode NFC (dựng sẵn); nên lưu theo dạng gợi ý để tìm kiếm và so sánh chính xác.");

    /// <summary>CCHC2016: a horizon year before the plan year.</summary>
    public static DiagnosticDescriptor HorizonBeforePlanYear { get; } = new(
        DiagnosticCodes.Plan.HorizonBeforePlanYear, DiagnosticSeverity.Warning, "Horizon before plan year",
        "The horizon year {0} is before the plan year {1}.",
        "Năm đích {0} trước năm kế hoạch {1}.");

    /// <summary>CCHC2017: a numeric target without comparator, value or unit, or a qualitative one with them.</summary>
    public static DiagnosticDescriptor IncompleteQuantity { get; } = new(
        DiagnosticCodes.Plan.IncompleteQuantity, DiagnosticSeverity.Error, "Incomplete target",
        "A '{0}' target needs a comparator, a value and a unit; a qualitative target has none.",
        "Chỉ tiêu loại '{0}' cần có phép so sánh, giá trị và đơn vị; chỉ tiêu định tính thì không có.");

    /// <summary>CCHC2018: a deadline phrase the parser does not understand; it is kept as written. {1}/{2}: why and where reading stopped.</summary>
    public static DiagnosticDescriptor UnrecognizedDeadline { get; } = new(
        DiagnosticCodes.Plan.UnrecognizedDeadline, DiagnosticSeverity.Warning, "Deadline phrase not understood",
        "The deadline '{0}' is not a phrase the library understands ({1}); it is kept as written and has no due date.",
        "Không hiểu được thời hạn '{0}' ({2}); giữ nguyên văn và không tính được ngày đến hạn.");

    /// <summary>CCHC2019: an upper value on a comparator other than between, or between without one.</summary>
    public static DiagnosticDescriptor UpperValueMismatch { get; } = new(
        DiagnosticCodes.Plan.UpperValueMismatch, DiagnosticSeverity.Error, "Upper value mismatch",
        "upperValue goes with the comparator 'between', and 'between' needs it.",
        "upperValue chỉ dùng với phép so sánh 'between', và 'between' bắt buộc phải có.");

    /// <summary>CCHC2020: a multi-year plan whose end year is before its first year.</summary>
    public static DiagnosticDescriptor EndYearBeforeYear { get; } = new(
        DiagnosticCodes.Plan.EndYearBeforeYear, DiagnosticSeverity.Error, "End year before year",
        "The end year {0} is before the plan year {1}.",
        "Năm kết thúc {0} trước năm kế hoạch {1}.");

    /// <summary>CCHC2021: a negative count, rank or points level.</summary>
    public static DiagnosticDescriptor NegativeValue { get; } = new(
        DiagnosticCodes.Plan.NegativeValue, DiagnosticSeverity.Error, "Negative value",
        "{0} cannot be negative for this unit.",
        "{0} không thể là số âm với đơn vị này.");

    /// <summary>CCHC2022: an assignment whose id lists do not fit its scope.</summary>
    public static DiagnosticDescriptor ScopeMismatch { get; } = new(
        DiagnosticCodes.Plan.ScopeMismatch, DiagnosticSeverity.Error, "Assignment scope mismatch",
        "An assignment with scope '{0}' needs {1} and no other id list.",
        "Phân công phạm vi '{0}' cần có {1} và không có danh sách mã khác.");

    /// <summary>CCHC2023: a structured deadline whose parts are out of range (quarter 5, year 0).</summary>
    public static DiagnosticDescriptor InvalidDeadline { get; } = new(
        DiagnosticCodes.Plan.InvalidDeadline, DiagnosticSeverity.Error, "Invalid deadline",
        "{0} is not a valid {1}.",
        "{0} không phải {2} hợp lệ.");

    /// <summary>CCHC2024: a plan year outside the years the library's calendars cover.</summary>
    public static DiagnosticDescriptor YearOutOfRange { get; } = new(
        DiagnosticCodes.Plan.YearOutOfRange, DiagnosticSeverity.Error, "Year out of range",
        "The year {0} is outside 1900–2199, the years the library's calendars cover.",
        "Năm {0} nằm ngoài khoảng 1900–2199 mà lịch của thư viện hỗ trợ.");

    /// <summary>CCHC2025: a deadline phrase that names a day that does not exist ("30/02/2022"); it is kept as written.</summary>
    public static DiagnosticDescriptor ImpossibleDeadlineDate { get; } = new(
        DiagnosticCodes.Plan.ImpossibleDeadlineDate, DiagnosticSeverity.Warning, "Deadline names a day that does not exist",
        "The deadline '{0}' names a day that does not exist ({1}); it is kept as written and has no due date.",
        "Thời hạn '{0}' ghi một ngày không có thật ({2}); giữ nguyên văn và không tính được ngày đến hạn.");

    /// <summary>All descriptors of this catalogue.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        DuplicateId, UnknownUnit, UnknownArea, UnknownTarget, UnknownTask, UnitCycle, TargetCycle, TaskWithoutLead,
        EmptyText, PercentOutOfRange, RangeInverted, BaselineAfterPlanYear, LegalReferenceYearMismatch, DateOutsidePlan,
        NotNfc, HorizonBeforePlanYear, IncompleteQuantity, UnrecognizedDeadline, UpperValueMismatch, EndYearBeforeYear,
        NegativeValue, ScopeMismatch, InvalidDeadline, YearOutOfRange, ImpossibleDeadlineDate,
    ];
}
