namespace Cchc.Domain.Diagnostics;

/// <summary>Diagnostics of the working calendar (codes CCHC3001–CCHC3099): official holiday schedules.</summary>
internal static class CalendarDiagnostics
{
    /// <summary>CCHC3001: a schedule's year is outside the supported range.</summary>
    public static DiagnosticDescriptor YearOutOfRange { get; } = new(
        DiagnosticCodes.Calendar.YearOutOfRange, DiagnosticSeverity.Error, "Schedule year out of range",
        "The year {0} is outside the supported range {1}–{2}.",
        "Năm {0} nằm ngoài phạm vi hỗ trợ {1}–{2}.");

    /// <summary>CCHC3002: a date lies too far from the schedule's year.</summary>
    public static DiagnosticDescriptor DateOutsideYear { get; } = new(
        DiagnosticCodes.Calendar.DateOutsideYear, DiagnosticSeverity.Error, "Date outside the schedule year",
        "{0} is more than 31 days outside the schedule year {1}.",
        "Ngày {0} cách năm {1} của lịch nghỉ quá 31 ngày.");

    /// <summary>CCHC3003: two schedules of the same year in one document; they are merged in document order.</summary>
    public static DiagnosticDescriptor DuplicateYear { get; } = new(
        DiagnosticCodes.Calendar.DuplicateYear, DiagnosticSeverity.Warning, "Year scheduled twice",
        "The year {0} already has a schedule in this document; the two are merged, the later one winning per occasion.",
        "Năm {0} đã có lịch nghỉ trong tài liệu này; hai lịch được gộp, lịch sau thay thế theo từng dịp lễ.");

    /// <summary>CCHC3004: the same occasion appears twice in one schedule.</summary>
    public static DiagnosticDescriptor DuplicateOccasion { get; } = new(
        DiagnosticCodes.Calendar.DuplicateOccasion, DiagnosticSeverity.Error, "Occasion listed twice",
        "The occasion '{0}' appears more than once in the schedule of {1}.",
        "Dịp lễ '{0}' xuất hiện nhiều lần trong lịch nghỉ năm {1}.");

    /// <summary>CCHC3005: a swap's worked day is not a Saturday or Sunday.</summary>
    public static DiagnosticDescriptor WorkedDayNotWeekend { get; } = new(
        DiagnosticCodes.Calendar.WorkedDayNotWeekend, DiagnosticSeverity.Error, "Worked day is not a weekend day",
        "{0} is a {1}: a day worked in exchange (làm bù) must be a Saturday or a Sunday.",
        "Ngày {0} là {2}: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");

    /// <summary>CCHC3006: a swap's day off is a Saturday or Sunday.</summary>
    public static DiagnosticDescriptor SwappedDayNotWeekday { get; } = new(
        DiagnosticCodes.Calendar.SwappedDayNotWeekday, DiagnosticSeverity.Error, "Swapped day off is a weekend day",
        "{0} is a {1}: a day given off in a swap must be a working weekday.",
        "Ngày {0} là {2}: ngày nghỉ hoán đổi phải là ngày làm việc trong tuần.");

    /// <summary>CCHC3007: a holiday entry without any day.</summary>
    public static DiagnosticDescriptor NoDays { get; } = new(
        DiagnosticCodes.Calendar.NoDays, DiagnosticSeverity.Error, "Holiday without days",
        "The occasion '{0}' lists no day off.",
        "Dịp lễ '{0}' không có ngày nghỉ nào.");

    /// <summary>CCHC3008: a date listed twice as a day off, or both off and worked, in one schedule.</summary>
    public static DiagnosticDescriptor DateConflict { get; } = new(
        DiagnosticCodes.Calendar.DateConflict, DiagnosticSeverity.Error, "Date listed twice",
        "{0} is already listed at {1}.",
        "Ngày {0} đã được liệt kê tại {1}.");

    /// <summary>CCHC3009: an occasion 'other' without its names.</summary>
    public static DiagnosticDescriptor OtherNeedsNames { get; } = new(
        DiagnosticCodes.Calendar.OtherNeedsNames, DiagnosticSeverity.Error, "Unnamed holiday",
        "A holiday of occasion 'other' needs both nameVi and nameEn.",
        "Ngày nghỉ thuộc dịp 'other' phải có cả nameVi và nameEn.");

    /// <summary>CCHC3010: a holiday with a number of days that differs from the Labour Code of that year.</summary>
    public static DiagnosticDescriptor UnexpectedDayCount { get; } = new(
        DiagnosticCodes.Calendar.UnexpectedDayCount, DiagnosticSeverity.Warning, "Unusual number of holiday days",
        "'{0}' lists {1} statutory day(s); {2} gives {3}.",
        "'{0}' có {1} ngày nghỉ theo luật; {2} quy định {3} ngày.");

    /// <summary>CCHC3011: a compensatory day on a weekend, which gives nothing off.</summary>
    public static DiagnosticDescriptor CompensatoryOnWeekend { get; } = new(
        DiagnosticCodes.Calendar.CompensatoryOnWeekend, DiagnosticSeverity.Warning, "Compensatory day on a weekend",
        "The compensatory day {0} is a {1}, already a weekly rest day.",
        "Ngày nghỉ bù {0} là {2}, vốn đã là ngày nghỉ hằng tuần.");

    /// <summary>All descriptors of this catalogue.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        YearOutOfRange, DateOutsideYear, DuplicateYear, DuplicateOccasion, WorkedDayNotWeekend, SwappedDayNotWeekday,
        NoDays, DateConflict, OtherNeedsNames, UnexpectedDayCount, CompensatoryOnWeekend,
    ];
}
