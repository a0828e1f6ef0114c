using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>
/// A document's number and symbol (số, ký hiệu): "01/KH-SNgV" is number "01" and symbol "KH-SNgV".
/// Drafts and some published copies leave the number blank ("Số: /KH-SCT").
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Number">The number, or <see langword="null"/> when left blank.</param>
/// <param name="Symbol">The symbol after the slash, such as "KH-SCT".</param>
public sealed record DocumentNumber(string? Number, string Symbol)
{
    /// <summary>The number as printed: "01/KH-SNgV", or "/KH-SCT" when the number is blank.</summary>
    /// <returns>The printed form.</returns>
    public override string ToString() => $"{Number}/{Symbol}";
}
