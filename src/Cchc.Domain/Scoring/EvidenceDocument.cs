using NodaTime;

namespace Cchc.Domain.Scoring;

/// <summary>An evidence document (tài liệu kiểm chứng) attached to a leaf.</summary>
/// <param name="Number">The document number, for example <c>"12/KH-STP"</c>.</param>
/// <param name="Date">The issue date.</param>
/// <param name="Issuer">The issuing body.</param>
/// <param name="Section">The section or page that holds the evidence, when only part of the document does.</param>
/// <param name="FileName">The attached file's name.</param>
public sealed record EvidenceDocument(string? Number, LocalDate? Date, string? Issuer, string? Section, string? FileName);
