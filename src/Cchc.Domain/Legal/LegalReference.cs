using NodaTime;

namespace Cchc.Domain.Legal;

/// <summary>
/// A cited document, structured: "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ" is a
/// decree, number "61", year 2018, issuer code "NĐ-CP", dated 2018-04-23, issued by "Chính phủ".
/// </summary>
/// <remarks>The citation is kept exactly as written in <see cref="Text"/>, typos included.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Type">The document type.</param>
/// <param name="Text">The citation exactly as written.</param>
public sealed record LegalReference(LegalDocumentType Type, string Text)
{
    /// <summary>The number ("61", "30c", "05"), or <see langword="null"/>.</summary>
    public string? Number { get; init; }

    /// <summary>The year inside the number ("61/2018/NĐ-CP" → 2018), or <see langword="null"/>.</summary>
    public int? Year { get; init; }

    /// <summary>The code after the number ("NĐ-CP", "NQ/TU", "KH-UBND", "SNV-CCHC&amp;VTLT").</summary>
    public string? IssuerCode { get; init; }

    /// <summary>The signing date, when cited.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The issuing body as written ("Chính phủ", "UBND tỉnh").</summary>
    public string? Issuer { get; init; }

    /// <summary>What the document is about, when cited.</summary>
    public string? Title { get; init; }
}
