using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Cchc.Domain.Text;
using NodaTime;

namespace Cchc.Domain.Legal;

/// <summary>
/// Finds and structures document citations in Vietnamese text, in the forms plans use:
/// "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ", "Nghị quyết số 05-NQ/TU ngày 28/9/2021",
/// "Nghị quyết 30c/NQ-CP", "Quyết định số 3349/QĐ-UBND ngày 30 tháng 12 năm 2021 của UBND tỉnh",
/// "Văn bản Hướng dẫn số 2333/SNV-CCHC&amp;VTLT ngày 02/12/2022"; and documents cited by name, without a number:
/// laws and codes ("Luật CBCC", "Luật Phổ biến, giáo dục pháp luật", "Bộ luật Lao động năm 2019",
/// "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"), the Constitution
/// ("Hiến pháp năm 2013"), a Party congress's resolution ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV") and a
/// programme with its period ("Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030").
/// </summary>
/// <remarks>
/// Parsing never throws on any text; what is not a citation is simply not found. A law's name ends at a comma, at a word
/// such as "và", "năm", "của", "theo", "quy định", at another citation, or after an abbreviation ("Luật CBCC và …");
/// the names of laws with a comma or such a word inside ("Cán bộ, công chức", "Khoa học và công nghệ") are known.
/// "Luật", "Bộ luật" and "Hiến pháp" count only with a capital: "pháp luật", "kỷ luật", "văn bản dưới luật" are not citations.
/// </remarks>
public static partial class LegalReferenceParser
{
    private static readonly (string Word, LegalDocumentType Type)[] TypeWords =
    [
        ("văn bản hướng dẫn", LegalDocumentType.Guidance),
        ("hướng dẫn", LegalDocumentType.Guidance),
        ("bộ luật", LegalDocumentType.Code),
        ("luật", LegalDocumentType.Law),
        ("nghị quyết", LegalDocumentType.Resolution),
        ("nghị định", LegalDocumentType.Decree),
        ("quyết định", LegalDocumentType.Decision),
        ("chỉ thị", LegalDocumentType.Directive),
        ("thông tư", LegalDocumentType.Circular),
        ("kế hoạch", LegalDocumentType.Plan),
        ("công văn", LegalDocumentType.OfficialLetter),
        ("văn bản", LegalDocumentType.OfficialLetter),
        ("thông báo", LegalDocumentType.Notice),
        ("chương trình", LegalDocumentType.Programme),
        ("kết luận", LegalDocumentType.Conclusion),
        ("báo cáo", LegalDocumentType.Report),
    ];

    /// <summary>Parses the first citation in <paramref name="text"/>.</summary>
    /// <param name="text">Text that contains a citation.</param>
    /// <param name="reference">The citation found, its <see cref="LegalReference.Text"/> the matched part of the text; <see langword="null"/> when none is found.</param>
    /// <returns>Whether a citation was found.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out LegalReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var found = FindAll(text);
        if (found.IsEmpty)
        {
            return false;
        }

        reference = found[0];
        return true;
    }

    /// <summary>Finds every citation in <paramref name="text"/>, in order.</summary>
    /// <param name="text">Any text. Text not in Unicode NFC (decomposed diacritics) is read in its NFC form, and the citations' texts are in that form.</param>
    /// <returns>The citations found, possibly none.</returns>
    public static ValueList<LegalReference> FindAll(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        try
        {
            // The pattern's words are precomposed ("định"); decomposed text ("đi\u0323nh") would match none of them.
            text = VietnameseText.IsNfc(text) ? text : VietnameseText.ToNfc(text);
            var numbered = new List<(int Start, int End, LegalReference Reference)>();
            foreach (Match found in Citation().Matches(text))
            {
                var match = WithoutInnerCitation(found, text);
                // "… số 920-CTr/TU và số 1011-CTr/TU": a continuation takes the type of the citation before it.
                var previous = numbered.Count > 0 ? numbered[^1].Reference.Type : LegalDocumentType.Other;
                numbered.Add((match.Index, match.Index + match.Length, ToReference(match, previous)));
            }

            // Citations by name ("Luật CBCC"), where no numbered citation already stands.
            var named = FindNamed(text).Where(n => !numbered.Exists(c => n.Start < c.End && c.Start < n.End));
            return [.. numbered.Concat(named).OrderBy(c => c.Start).Select(c => c.Reference)];
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological text: report no citation rather than fail.
            return [];
        }
    }

    /// <summary>
    /// The citation a match really is when its name holds another capitalised type word: in "Kế hoạch triển khai thực
    /// hiện Nghị định số 61/2018/NĐ-CP" the number is the decree's, and the plan is not cited by number.
    /// </summary>
    private static Match WithoutInnerCitation(Match match, string text)
    {
        var name = match.Groups["name"];
        if (!name.Success)
        {
            return match;
        }

        // Only a capitalised type word begins a citation: "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13" is one law.
        var inner = InnerTypeWord().Match(text, name.Index, name.Length);
        while (inner.Success && !char.IsUpper(text[inner.Index]))
        {
            inner = inner.NextMatch();
        }

        return inner.Success && Citation().Match(text, inner.Index) is { Success: true } citation && citation.Index == inner.Index ? citation : match;
    }

    private static LegalReference ToReference(Match match, LegalDocumentType previous)
    {
        var typeWord = string.Join(' ', match.Groups["type"].Value.ToLower(CultureInfo.GetCultureInfo("vi-VN")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var type = match.Groups["continued"].Success ? previous : TypeWords.FirstOrDefault(t => string.Equals(t.Word, typeWord, StringComparison.Ordinal)).Type;

        // A law's or code's name is its title ("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13"); other types'
        // words before the number are not ("Chương trình hành động của Tỉnh ủy số 920-CTr/TU").
        var name = type is LegalDocumentType.Law or LegalDocumentType.Code && match.Groups["name"].Success ? match.Groups["name"].Value.Trim() : null;
        return WithNumber(new LegalReference(type, match.Value.Trim()) { Title = string.IsNullOrEmpty(name) ? null : name }, match);
    }

    /// <summary>The number, the code, the date and the issuer of a match of <see cref="NumberAndAfter"/>.</summary>
    private static LegalReference WithNumber(LegalReference reference, Match match)
    {
        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var issuer = match.Groups["issuer"].Success ? match.Groups["issuer"].Value.Trim() : null;
        return reference with
        {
            Number = match.Groups["number"].Value,
            Year = year,
            IssuerCode = match.Groups["code"].Value,
            Date = ParseDate(match),
            Issuer = string.IsNullOrEmpty(issuer) ? null : issuer,
        };
    }

    private static LocalDate? ParseDate(Match match)
    {
        if (!match.Groups["d"].Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var valid = year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
        return valid ? new LocalDate(year, month, day) : null;
    }

    // The words that begin a citation, as TypeWords lists them (longest first where one begins another).
    private const string TypeWordPattern =
        """
        (?:văn\s+bản\s+hướng\s+dẫn|hướng\s+dẫn|bộ\s+luật|luật|nghị\s+quyết|nghị\s+định|quyết\s+định|chỉ\s+thị|thông\s+tư|kế\s+hoạch|công\s+văn|văn\s+bản|thông\s+báo|chương\s+trình|kết\s+luận|báo\s+cáo)
        """;

    // The number and code ("61/2018/NĐ-CP", "05-NQ/TU", "30c/NQ-CP"; a full stop ends the code unless a letter follows
    // it); an optional date; an optional issuer after "của", ending where the subject, the next citation ("và Nghị định …",
    // "và các Thông tư …") or the sentence begins.
    private const string NumberAndAfter =
        """
        (?<number>\d+[a-z]?)(?:/(?<year>\d{4}))?[/-]
        (?<code>[A-ZĐ](?:[\p{L}\d&]|\.(?=[\p{L}\d]))*(?:[/-](?:[\p{L}\d&]|\.(?=[\p{L}\d]))+)*)
        (?:\s*,?\s*ngày\s+(?:(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})))?
        """ + "\n" + """(?:\s+của\s+(?<issuer>[^,;.()]+?)(?=\s+(?:về|v/v|quy\s+định|qui\s+định|ban\s+hành|phê\s+duyệt|sửa\s+đổi|hướng\s+dẫn|triển\s+khai|đối\s+với|nhằm|trong\s+việc|tại|và\s+(?:(?:các|những)\s+)?(?:số\s|""" + TypeWordPattern + """))\b|[,;.()]|$))?""";

    // A numbered citation: a type word (optionally followed by a short name, "Chương trình hành động của Tỉnh ủy số …"),
    // or "và số" continuing the previous citation's type; then the number and what follows it.
    [GeneratedRegex(
        """(?:(?<type>""" + TypeWordPattern + """)(?:\s+(?<name>[^\d,;.()]{1,80}?))??\s+(?:số\s*:?\s*)?|(?<continued>\bvà\s+số\s+))"""
        + "\n" + NumberAndAfter,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Citation();

    // A type word inside the name of another citation ("Kế hoạch triển khai thực hiện Nghị định").
    [GeneratedRegex(
        """\b""" + TypeWordPattern + """\b""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex InnerTypeWord();

    // The number written after a name: "Luật Cán bộ, công chức số 22/2008/QH12 ngày 13/11/2008".
    [GeneratedRegex(
        """
        \G\s+(?:số\s*:?\s*)?
        """ + "\n" + NumberAndAfter,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberAfterName();
}
