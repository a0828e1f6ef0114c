using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>
/// Who signed the document. "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đoàn Tân Đạt" is a deputy director
/// signing on behalf of (ký thay) the director.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Name">The signer's name, when the copy shows it.</param>
/// <param name="Position">The signer's position as printed ("PHÓ GIÁM ĐỐC").</param>
/// <param name="OnBehalfOf">The position signed for, after "KT." ("GIÁM ĐỐC"), or <see langword="null"/>.</param>
public sealed record Signer(string? Name, string Position, string? OnBehalfOf = null);
