namespace Cchc.Domain.Diagnostics;

/// <summary>Diagnostics of scoring frameworks and assessments (codes CCHC4xxx). Paths are JSON Pointers into the framework or assessment document.</summary>
internal static class ScoringDiagnostics
{
    /// <summary>CCHC4001: a parent criterion's maximum differs from the sum of its children's maxima.</summary>
    public static DiagnosticDescriptor ParentMaxMismatch { get; } = new(
        DiagnosticCodes.Scoring.ParentMaxMismatch, DiagnosticSeverity.Error, "Parent maximum is not the sum of its children",
        "The maximum of '{0}' is {1} but its children's maxima sum to {2}.",
        "Điểm tối đa của '{0}' là {1} nhưng tổng điểm tối đa của các tiêu chí con là {2}.");

    /// <summary>CCHC4002: a criterion or bonus/penalty code used more than once in a framework.</summary>
    public static DiagnosticDescriptor DuplicateCode { get; } = new(
        DiagnosticCodes.Scoring.DuplicateCode, DiagnosticSeverity.Error, "Duplicate criterion code",
        "The code '{0}' is used more than once in the framework.",
        "Mã '{0}' được dùng nhiều lần trong bộ chỉ số.");

    /// <summary>CCHC4003: a criterion without children and without a scoring rule.</summary>
    public static DiagnosticDescriptor LeafWithoutRule { get; } = new(
        DiagnosticCodes.Scoring.LeafWithoutRule, DiagnosticSeverity.Error, "Leaf without a rule",
        "'{0}' has no children and no scoring rule.",
        "'{0}' không có tiêu chí con và không có cách chấm điểm.");

    /// <summary>CCHC4004: a criterion with children that also has a rule; the rule is ignored.</summary>
    public static DiagnosticDescriptor ParentWithRule { get; } = new(
        DiagnosticCodes.Scoring.ParentWithRule, DiagnosticSeverity.Warning, "Rule on a parent",
        "'{0}' has children; its rule is ignored (a parent's points are the sum of its children's).",
        "'{0}' có tiêu chí con; cách chấm điểm của nó bị bỏ qua (điểm của tiêu chí cha là tổng điểm các tiêu chí con).");

    /// <summary>CCHC4005: a maximum that is not more than 0.</summary>
    public static DiagnosticDescriptor InvalidMaxPoints { get; } = new(
        DiagnosticCodes.Scoring.InvalidMaxPoints, DiagnosticSeverity.Error, "Maximum not positive",
        "The maximum points of '{0}' must be more than 0; found {1}.",
        "Điểm tối đa của '{0}' phải lớn hơn 0; giá trị hiện tại {1}.");

    /// <summary>CCHC4006: a rule, band or cap parameter outside its range.</summary>
    public static DiagnosticDescriptor InvalidParameter { get; } = new(
        DiagnosticCodes.Scoring.InvalidParameter, DiagnosticSeverity.Error, "Parameter out of range",
        "{0} must be {1}; found {2}.",
        "{0} phải {3}; giá trị hiện tại {2}.");

    /// <summary>CCHC4007: two percentage bands of a ratio-bands rule overlap.</summary>
    public static DiagnosticDescriptor RatioBandsOverlap { get; } = new(
        DiagnosticCodes.Scoring.RatioBandsOverlap, DiagnosticSeverity.Error, "Ratio bands overlap",
        "Bands {0} and {1} of '{2}' overlap; a percentage must fall in one band at most.",
        "Khoảng {0} và {1} của '{2}' chồng lên nhau; mỗi tỷ lệ chỉ được thuộc tối đa một khoảng.");

    /// <summary>CCHC4008: a level or survey answer option defined twice in one rule.</summary>
    public static DiagnosticDescriptor DuplicateOption { get; } = new(
        DiagnosticCodes.Scoring.DuplicateOption, DiagnosticSeverity.Error, "Duplicate level or option",
        "'{0}' is defined more than once in the rule of '{1}'.",
        "'{0}' được khai báo nhiều lần trong cách chấm điểm của '{1}'.");

    /// <summary>CCHC4009: two classification bands overlap.</summary>
    public static DiagnosticDescriptor ClassBandsOverlap { get; } = new(
        DiagnosticCodes.Scoring.ClassBandsOverlap, DiagnosticSeverity.Error, "Classification bands overlap",
        "The classes '{0}' and '{1}' overlap.",
        "Các mức xếp loại '{0}' và '{1}' chồng lên nhau.");

    /// <summary>CCHC4010: classification bands leave indexes without a class.</summary>
    public static DiagnosticDescriptor ClassBandsGap { get; } = new(
        DiagnosticCodes.Scoring.ClassBandsGap, DiagnosticSeverity.Warning, "Gap between classification bands",
        "No class covers indexes in [{0}, {1}); units there get no class.",
        "Không có mức xếp loại nào cho chỉ số trong khoảng [{0}, {1}); đơn vị ở khoảng này không được xếp loại.");

    /// <summary>CCHC4011: a year range whose last year is before its first.</summary>
    public static DiagnosticDescriptor InvalidYearRange { get; } = new(
        DiagnosticCodes.Scoring.InvalidYearRange, DiagnosticSeverity.Error, "Invalid year range",
        "The last year {1} is before the first year {0}.",
        "Năm cuối {1} trước năm đầu {0}.");

    /// <summary>CCHC4012: an assessment made against another framework or version.</summary>
    public static DiagnosticDescriptor FrameworkMismatch { get; } = new(
        DiagnosticCodes.Scoring.FrameworkMismatch, DiagnosticSeverity.Error, "Assessment of another framework",
        "The assessment is for framework '{0}' version '{1}', not '{2}' version '{3}'.",
        "Bản đánh giá thuộc bộ chỉ số '{0}' phiên bản '{1}', không phải '{2}' phiên bản '{3}'.");

    /// <summary>CCHC4013: an assessment year outside the framework's years.</summary>
    public static DiagnosticDescriptor YearOutsideFramework { get; } = new(
        DiagnosticCodes.Scoring.YearOutsideFramework, DiagnosticSeverity.Warning, "Year outside the framework",
        "The year {0} is outside the years the framework applies to ({1}–{2}).",
        "Năm {0} nằm ngoài thời gian áp dụng của bộ chỉ số ({1}–{2}).");

    /// <summary>CCHC4014: an entry whose code is not a criterion of the framework.</summary>
    public static DiagnosticDescriptor UnknownCriterion { get; } = new(
        DiagnosticCodes.Scoring.UnknownCriterion, DiagnosticSeverity.Error, "Unknown criterion code",
        "'{0}' is not a criterion code of the framework.",
        "'{0}' không phải mã tiêu chí của bộ chỉ số.");

    /// <summary>CCHC4015: an entry for a criterion that has children (only leaves are scored).</summary>
    public static DiagnosticDescriptor NotALeaf { get; } = new(
        DiagnosticCodes.Scoring.NotALeaf, DiagnosticSeverity.Error, "Entry for a parent criterion",
        "'{0}' has sub-criteria; enter its sub-criteria instead.",
        "'{0}' có tiêu chí thành phần; hãy chấm điểm các tiêu chí thành phần.");

    /// <summary>CCHC4016: two entries for the same criterion.</summary>
    public static DiagnosticDescriptor DuplicateEntry { get; } = new(
        DiagnosticCodes.Scoring.DuplicateEntry, DiagnosticSeverity.Error, "Duplicate entry",
        "'{0}' already has an entry; this one is ignored.",
        "'{0}' đã có một mục chấm điểm; mục này bị bỏ qua.");

    /// <summary>CCHC4017: an entry without any round.</summary>
    public static DiagnosticDescriptor EntryWithoutRounds { get; } = new(
        DiagnosticCodes.Scoring.EntryWithoutRounds, DiagnosticSeverity.Warning, "Entry without rounds",
        "'{0}' has no scoring round; it scores 0.",
        "'{0}' chưa có lượt chấm điểm nào; được 0 điểm.");

    /// <summary>CCHC4018: an input whose kind does not fit the leaf's rule.</summary>
    public static DiagnosticDescriptor InputDoesNotFitRule { get; } = new(
        DiagnosticCodes.Scoring.InputDoesNotFitRule, DiagnosticSeverity.Error, "Input does not fit the rule",
        "The rule of '{0}' is '{1}' and takes '{2}' inputs, not '{3}'.",
        "Cách chấm điểm của '{0}' là '{1}' và nhận dữ liệu loại '{2}', không phải '{3}'.");

    /// <summary>CCHC4019: points above the leaf's maximum.</summary>
    public static DiagnosticDescriptor PointsAboveMax { get; } = new(
        DiagnosticCodes.Scoring.PointsAboveMax, DiagnosticSeverity.Error, "Points above maximum",
        "{0} points is above the maximum {1} of '{2}'; the maximum is used.",
        "{0} điểm vượt điểm tối đa {1} của '{2}'; tính bằng điểm tối đa.");

    /// <summary>CCHC4020: a negative number where only zero or more makes sense.</summary>
    public static DiagnosticDescriptor NegativeValue { get; } = new(
        DiagnosticCodes.Scoring.NegativeValue, DiagnosticSeverity.Error, "Negative value",
        "The value of '{0}' cannot be negative; found {1}.",
        "Giá trị của '{0}' không được âm; giá trị hiện tại {1}.");

    /// <summary>CCHC4021: a level code the leaf's levels rule does not define.</summary>
    public static DiagnosticDescriptor UnknownLevel { get; } = new(
        DiagnosticCodes.Scoring.UnknownLevel, DiagnosticSeverity.Error, "Unknown level",
        "'{0}' is not a level of '{1}'; expected one of: {2}.",
        "'{0}' không phải mức đánh giá của '{1}'; các mức hợp lệ: {2}.");

    /// <summary>CCHC4022: a survey answer option the leaf's answer map does not define.</summary>
    public static DiagnosticDescriptor UnknownSurveyOption { get; } = new(
        DiagnosticCodes.Scoring.UnknownSurveyOption, DiagnosticSeverity.Error, "Unknown survey option",
        "'{0}' is not an answer option of '{1}'; expected one of: {2}. Its respondents are left out.",
        "'{0}' không phải phương án trả lời của '{1}'; các phương án hợp lệ: {2}. Số người chọn phương án này bị bỏ qua.");

    /// <summary>CCHC4023: a survey tally without respondents.</summary>
    public static DiagnosticDescriptor NoRespondents { get; } = new(
        DiagnosticCodes.Scoring.NoRespondents, DiagnosticSeverity.Warning, "No survey respondents",
        "The survey of '{0}' has no respondents; it scores 0.",
        "Khảo sát của '{0}' không có người trả lời; được 0 điểm.");

    /// <summary>CCHC4024: a self-assessed leaf with points but neither evidence nor an explanation.</summary>
    public static DiagnosticDescriptor MissingEvidence { get; } = new(
        DiagnosticCodes.Scoring.MissingEvidence, DiagnosticSeverity.Warning, "Points without evidence or explanation",
        "'{0}' has points but neither evidence documents nor an explanation.",
        "'{0}' có điểm nhưng không có tài liệu kiểm chứng hoặc giải trình.");

    /// <summary>CCHC4025: a leaf of the framework without an entry in the assessment.</summary>
    public static DiagnosticDescriptor NotAssessed { get; } = new(
        DiagnosticCodes.Scoring.NotAssessed, DiagnosticSeverity.Warning, "Criterion not assessed",
        "There is no entry for '{0}'; it scores 0.",
        "Không có mục chấm điểm cho '{0}'; được 0 điểm.");

    /// <summary>CCHC4026: an entry without an appraisal round; its latest round is used.</summary>
    public static DiagnosticDescriptor NotAppraised { get; } = new(
        DiagnosticCodes.Scoring.NotAppraised, DiagnosticSeverity.Info, "Not appraised yet",
        "'{0}' has no appraisal yet; its latest round ({1}) is used.",
        "'{0}' chưa được thẩm định; dùng lượt chấm gần nhất ({1}).");

    /// <summary>All descriptors of this catalogue.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        ParentMaxMismatch, DuplicateCode, LeafWithoutRule, ParentWithRule, InvalidMaxPoints, InvalidParameter,
        RatioBandsOverlap, DuplicateOption, ClassBandsOverlap, ClassBandsGap, InvalidYearRange, FrameworkMismatch,
        YearOutsideFramework, UnknownCriterion, NotALeaf, DuplicateEntry, EntryWithoutRounds, InputDoesNotFitRule,
        PointsAboveMax, NegativeValue, UnknownLevel, UnknownSurveyOption, NoRespondents, MissingEvidence, NotAssessed,
        NotAppraised,
    ];
}
