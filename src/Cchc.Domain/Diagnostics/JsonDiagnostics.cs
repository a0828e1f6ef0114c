namespace Cchc.Domain.Diagnostics;

/// <summary>Diagnostics of reading JSON documents (codes CCHC1xxx): syntax and structure.</summary>
internal static class JsonDiagnostics
{
    /// <summary>CCHC1001: the bytes are not well-formed JSON (or not UTF-8).</summary>
    public static DiagnosticDescriptor Syntax { get; } = new(
        DiagnosticCodes.Json.Syntax, DiagnosticSeverity.Error, "Malformed JSON",
        "The document is not well-formed JSON at line {1}, column {2}: {0}",
        "Tài liệu không phải JSON hợp lệ tại dòng {1}, cột {2}: {3}");

    /// <summary>CCHC1002: a value has the wrong JSON type.</summary>
    public static DiagnosticDescriptor WrongType { get; } = new(
        DiagnosticCodes.Json.WrongType, DiagnosticSeverity.Error, "Wrong JSON type",
        "Expected {0} but found {1}.",
        "Cần {2} nhưng gặp {3}.");

    /// <summary>CCHC1003: a required member is missing.</summary>
    public static DiagnosticDescriptor MissingMember { get; } = new(
        DiagnosticCodes.Json.MissingMember, DiagnosticSeverity.Error, "Missing required member",
        "The required member '{0}' is missing.",
        "Thiếu thành phần bắt buộc '{0}'.");

    /// <summary>CCHC1004: a member that the format does not define (an error, or a warning when reading leniently).</summary>
    public static DiagnosticDescriptor UnknownMember { get; } = new(
        DiagnosticCodes.Json.UnknownMember, DiagnosticSeverity.Error, "Unknown member",
        "'{0}' is not a member of this object; expected one of: {1}.",
        "'{0}' không phải thành phần của đối tượng này; các thành phần hợp lệ: {1}.");

    /// <summary>CCHC1005: the same member name appears twice in one object.</summary>
    public static DiagnosticDescriptor DuplicateMember { get; } = new(
        DiagnosticCodes.Json.DuplicateMember, DiagnosticSeverity.Error, "Duplicate member",
        "The member '{0}' appears more than once in this object.",
        "Thành phần '{0}' xuất hiện nhiều lần trong đối tượng này.");

    /// <summary>CCHC1006: null where a value is required.</summary>
    public static DiagnosticDescriptor NullNotAllowed { get; } = new(
        DiagnosticCodes.Json.NullNotAllowed, DiagnosticSeverity.Error, "Null not allowed",
        "null is not allowed here; expected {0}.",
        "Không được để null ở đây; cần {1}.");

    /// <summary>CCHC1007: a string that is not a real date or month in ISO-8601 form.</summary>
    public static DiagnosticDescriptor InvalidDate { get; } = new(
        DiagnosticCodes.Json.InvalidDate, DiagnosticSeverity.Error, "Invalid date",
        "'{0}' is not {1}.",
        "'{0}' không phải {2}.");

    /// <summary>CCHC1008: a string outside a closed code list.</summary>
    public static DiagnosticDescriptor UnknownCode { get; } = new(
        DiagnosticCodes.Json.UnknownCode, DiagnosticSeverity.Error, "Value not in code list",
        "'{0}' is not an allowed value; expected one of: {1}.",
        "'{0}' không phải giá trị hợp lệ; các giá trị hợp lệ: {1}.");

    /// <summary>CCHC1009: a union object without its <c>kind</c> discriminator.</summary>
    public static DiagnosticDescriptor MissingKind { get; } = new(
        DiagnosticCodes.Json.MissingKind, DiagnosticSeverity.Error, "Missing kind",
        "The member '{0}' that says which kind of object this is, is missing; expected one of: {1}.",
        "Thiếu thành phần '{0}' cho biết loại đối tượng; các loại hợp lệ: {1}.");

    /// <summary>CCHC1010: a union object whose <c>kind</c> is not one of the known kinds.</summary>
    public static DiagnosticDescriptor UnknownKind { get; } = new(
        DiagnosticCodes.Json.UnknownKind, DiagnosticSeverity.Error, "Unknown kind",
        "'{0}' is not a known kind; expected one of: {1}.",
        "'{0}' không phải loại hợp lệ; các loại hợp lệ: {1}.");

    /// <summary>CCHC1011: a <c>schemaVersion</c> this library cannot read.</summary>
    public static DiagnosticDescriptor UnsupportedVersion { get; } = new(
        DiagnosticCodes.Json.UnsupportedVersion, DiagnosticSeverity.Error, "Unsupported schema version",
        "schemaVersion '{0}' is not supported; this library reads {1}.",
        "schemaVersion '{0}' không được hỗ trợ; thư viện này đọc phiên bản {1}.");

    /// <summary>CCHC1012: a number outside the range the member allows (too large, or a fraction where a whole number is needed).</summary>
    public static DiagnosticDescriptor NumberOutOfRange { get; } = new(
        DiagnosticCodes.Json.NumberOutOfRange, DiagnosticSeverity.Error, "Number not representable",
        "{0} is not {1}.",
        "{0} không phải {2}.");

    /// <summary>CCHC1013: a newer minor <c>schemaVersion</c> than this library knows; read as far as possible.</summary>
    public static DiagnosticDescriptor NewerVersion { get; } = new(
        DiagnosticCodes.Json.NewerVersion, DiagnosticSeverity.Warning, "Newer schema version",
        "schemaVersion '{0}' is newer than {1}; members added since are reported as unknown.",
        "schemaVersion '{0}' mới hơn {1}; các thành phần mới được báo là không xác định.");

    /// <summary>CCHC1014: the document passed every structural check but still could not be read (a defect of the library: please report it).</summary>
    public static DiagnosticDescriptor Unreadable { get; } = new(
        DiagnosticCodes.Json.Unreadable, DiagnosticSeverity.Error, "Unreadable document",
        "The document could not be read: {0}",
        "Không đọc được tài liệu: {0}");

    /// <summary>CCHC1015: the document is larger than <c>JsonReadOptions.MaxInputBytes</c>; nothing of it is read.</summary>
    public static DiagnosticDescriptor InputTooLarge { get; } = new(
        "CCHC1015", DiagnosticSeverity.Error, "Document too large",
        "The document has {0} bytes, more than the limit of {1} bytes; it was not read.",
        "Tài liệu có {0} byte, vượt giới hạn {1} byte; tài liệu không được đọc.");

    /// <summary>CCHC1016: an array has more items than <c>JsonReadOptions.MaxArrayLength</c>; the rest are not read.</summary>
    public static DiagnosticDescriptor ArrayTooLong { get; } = new(
        "CCHC1016", DiagnosticSeverity.Error, "Array too long",
        "The array has more than {0} items, the limit; the items after it were not read.",
        "Mảng có hơn {0} phần tử, vượt giới hạn; các phần tử sau đó không được đọc.");

    /// <summary>CCHC1017: a string is longer than <c>JsonReadOptions.MaxStringLength</c>; it is not read.</summary>
    public static DiagnosticDescriptor StringTooLong { get; } = new(
        "CCHC1017", DiagnosticSeverity.Error, "String too long",
        "The string has {0} characters, more than the limit of {1}; it was not read.",
        "Chuỗi có {0} ký tự, vượt giới hạn {1} ký tự; chuỗi không được đọc.");

    /// <summary>CCHC1018: more diagnostics were found than <c>JsonReadOptions.MaxDiagnostics</c>; this one counts the rest.</summary>
    public static DiagnosticDescriptor TooManyDiagnostics { get; } = new(
        "CCHC1018", DiagnosticSeverity.Error, "Too many diagnostics",
        "... and {0} more diagnostics, not reported (the limit is {1}).",
        "... và {0} chẩn đoán khác không được báo (giới hạn là {1}).");

    /// <summary>All descriptors of this catalogue.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        Syntax, WrongType, MissingMember, UnknownMember, DuplicateMember, NullNotAllowed,
        InvalidDate, UnknownCode, MissingKind, UnknownKind, UnsupportedVersion, NumberOutOfRange, NewerVersion, Unreadable,
        InputTooLarge, ArrayTooLong, StringTooLong, TooManyDiagnostics,
    ];
}
