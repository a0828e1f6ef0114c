using NodaTime;

namespace Cchc.Domain.Legal;

/// <summary>
/// A cited document, structured: "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ" is a
/// decree, number "61", year 2018, issuer code "NĐ-CP", dated 2018-04-23, issued by "Chính phủ".
/// Documents cited by name have no number: "Luật Cán bộ, công chức năm 2008" is a law titled
/// "Cán bộ, công chức", year 2008.
/// </summary>
/// <remarks>
/// The citation is kept exactly as written in <see cref="Text"/>, typos included; so is a name in
/// <see cref="Title"/> ("Luật CBCC" is titled "CBCC": abbreviations are not expanded).
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Type">The document type.</param>
/// <param name="Text">The citation exactly as written.</param>
public sealed record LegalReference(LegalDocumentType Type, string Text)
{
    /// <summary>The number ("61", "30c", "05"), or <see langword="null"/> for a document cited by name ("Luật CBCC").</summary>
    public string? Number { get; init; }

    /// <summary>
    /// The year inside the number ("61/2018/NĐ-CP" → 2018); for a document cited by name, the year written after the
    /// name ("Luật Viên chức năm 2010", "Hiến pháp 2013"); otherwise <see langword="null"/>.
    /// </summary>
    public int? Year { get; init; }

    /// <summary>The code after the number ("NĐ-CP", "NQ/TU", "KH-UBND", "SNV-CCHC&amp;VTLT").</summary>
    public string? IssuerCode { get; init; }

    /// <summary>The signing date, when cited.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The issuing body as written ("Chính phủ", "UBND tỉnh", "Đại hội Đảng bộ tỉnh lần thứ XIV").</summary>
    public string? Issuer { get; init; }

    /// <summary>
    /// What the document is about, when cited; for a law, a code, the Constitution or a programme cited by name, the
    /// name after the type word, as written ("Cán bộ, công chức", "Lao động" of "Bộ luật Lao động",
    /// "tổng thể CCHC nhà nước giai đoạn 2021 - 2030").
    /// </summary>
    public string? Title { get; init; }
}
