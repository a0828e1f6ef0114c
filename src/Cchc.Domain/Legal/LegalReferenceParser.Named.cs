using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cchc.Domain.Legal;

// Citations by name, without a number: "Luật CBCC", "Luật Phổ biến, giáo dục pháp luật", "Bộ luật Lao động",
// "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019", "Hiến pháp năm 2013",
// "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", "Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030".
public static partial class LegalReferenceParser
{
    private const int MaxNameWords = 12;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    // Words that end a law's name ("Luật CBCC và các văn bản hướng dẫn", "Luật Đất đai năm 2013", "Luật X theo …").
    private static readonly FrozenSet<string> EndWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "và", "hoặc", "năm", "số", "ngày", "của", "theo", "tại", "trong", "để", "nhằm", "đã", "đang", "sẽ", "được", "bị", "với", "cho",
        "khi", "thì", "là", "như", "từ", "đến", "này", "đó", "mới", "về", "các", "những", "nhưng", "mà", "vì", "do", "bởi", "trên", "dưới");

    // Pairs of words that end a law's name after its first word ("Luật Viên chức quy định", "Luật X hiện hành"),
    // though a name may begin with them ("Luật Thi hành án dân sự").
    private static readonly FrozenSet<string> EndPhrases = FrozenSet.Create(
        StringComparer.Ordinal,
        "quy định", "qui định", "hiện hành", "hướng dẫn", "sửa đổi", "bổ sung", "có hiệu", "thi hành", "ban hành");

    // "Luật sư", "Luật gia", "Luật học", "Luật pháp", "Luật lệ", "Luật hóa", "Luật định" are words, not laws.
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.Ordinal, "sư", "gia", "học", "pháp", "lệ", "hóa", "hoá", "định");

    // "Đại học Luật", "Khoa Luật", "ngành Luật", "Trường … Luật": a school or a field, not a law.
    private static readonly FrozenSet<string> NotBeforeLaw = FrozenSet.Create(StringComparer.Ordinal, "học", "khoa", "ngành", "trường");

    // Beginnings of laws' names with a comma or an end word inside; the generic rules would cut them short.
    private static readonly string[][] KnownNames =
    [
        .. new[]
        {
            "cán bộ , công chức",
            "phổ biến , giáo dục pháp luật",
            "phòng , chống",
            "thực hành tiết kiệm , chống lãng phí",
            "thi đua , khen thưởng",
            "tín ngưỡng , tôn giáo",
            "quản lý , sử dụng",
            "chất lượng sản phẩm , hàng hóa",
            "an toàn , vệ sinh lao động",
            "khám bệnh , chữa bệnh",
            "thể dục , thể thao",
            "xuất cảnh , nhập cảnh của công dân việt nam",
            "khoa học và công nghệ",
            "tiêu chuẩn và quy chuẩn kỹ thuật",
            "sử dụng năng lượng tiết kiệm và hiệu quả",
            "phòng cháy và chữa cháy",
            "hôn nhân và gia đình",
            "phí và lệ phí",
            "đo đạc và bản đồ",
            "hỗ trợ doanh nghiệp nhỏ và vừa",
            "trách nhiệm bồi thường của nhà nước",
        }.Select(n => n.Split(' ')),
    ];

    private static IEnumerable<(int Start, int End, LegalReference Reference)> FindNamed(string text)
    {
        var end = 0;
        foreach (Match match in NamedCitation().Matches(text))
        {
            // "Luật sửa đổi … của Luật ban hành …": the inner law is part of the name of the one found.
            if (match.Index < end)
            {
                continue;
            }

            (int End, LegalReference Reference)? found = match switch
            {
                _ when match.Groups["congress"].Success => (match.Index + match.Length, new LegalReference(LegalDocumentType.Resolution, match.Value) { Issuer = match.Groups["congress"].Value }),
                _ when match.Groups["programme"].Success => (match.Index + match.Length, new LegalReference(LegalDocumentType.Programme, match.Value) { Title = match.Groups["programme"].Value }),
                _ when match.Groups["constitution"].Success => WithYearOrNumber(text, match.Index, match.Index + match.Length, new LegalReference(LegalDocumentType.Constitution, string.Empty) { Title = Trimmed(match.Groups["country"]) }),
                _ => ReadLaw(text, match),
            };
            if (found is { } citation)
            {
                end = citation.End;
                yield return (match.Index, citation.End, citation.Reference);
            }
        }
    }

    private static string? Trimmed(Group group) => group.Success ? group.Value.Trim() : null;

    private static (int End, LegalReference Reference)? ReadLaw(string text, Match match)
    {
        var type = match.Groups["code"].Success ? LegalDocumentType.Code : LegalDocumentType.Law;
        if (type == LegalDocumentType.Law && NotBeforeLaw.Contains(WordBefore(text, match.Index)))
        {
            return null;
        }

        var words = Words(text, match.Index + match.Length);
        var count = AmendingName(words) ?? Name(words, 0);
        if (count == 0)
        {
            return null;
        }

        var nameStart = words[0].Start;
        var nameEnd = words[count - 1].End;
        return WithYearOrNumber(text, match.Index, nameEnd, new LegalReference(type, string.Empty) { Title = text[nameStart..nameEnd] });
    }

    /// <summary>The citation from <paramref name="start"/> to <paramref name="end"/>, with the number or the year written after it.</summary>
    private static (int End, LegalReference Reference) WithYearOrNumber(string text, int start, int end, LegalReference reference)
    {
        var number = NumberAfterName().Match(text, end);
        if (number.Success)
        {
            end = number.Index + number.Length;
            return (end, WithNumber(reference, number) with { Text = text[start..end].TrimEnd() });
        }

        var year = YearAfterName().Match(text, end);
        if (year.Success)
        {
            end = year.Index + year.Length;
            reference = reference with { Year = int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture) };
        }

        return (end, reference with { Text = text[start..end] });
    }

    /// <summary>
    /// How many of <paramref name="words"/> from <paramref name="first"/> make a name: a known name or any words up to a
    /// comma, an end word, a type word ("Nghị định"), or just after an abbreviation ("CBCC" stands for the rest); 0 when none.
    /// </summary>
    private static int Name(IReadOnlyList<Word> words, int first)
    {
        var i = first;
        foreach (var known in KnownNames)
        {
            if (StartsWith(words, first, known))
            {
                i = first + known.Length;
                break;
            }
        }

        if (i == first && (i >= words.Count || words[i].IsComma || NotNames.Contains(words[i].Lower) || EndWords.Contains(words[i].Lower)))
        {
            return 0;
        }

        for (; i < words.Count && i - first < MaxNameWords; i++)
        {
            var word = words[i];
            var pair = i + 1 < words.Count ? word.Lower + " " + words[i + 1].Lower : null;
            var atStart = i == first;
            if (!atStart && (word.IsComma || EndWords.Contains(word.Lower) || (pair is not null && EndPhrases.Contains(pair)) || IsTypeWord(words, i)))
            {
                break;
            }

            if (word.IsAbbreviation)
            {
                i++;
                break;
            }
        }

        return i - first;
    }

    /// <summary>
    /// "sửa đổi, bổ sung một số điều của Luật A, Luật B và Bộ luật C": the amended laws, each by the rules of
    /// <see cref="Name"/>, belong to the name. <see langword="null"/> when the name does not begin so; 0 when it does
    /// but no law follows.
    /// </summary>
    private static int? AmendingName(IReadOnlyList<Word> words)
    {
        if (!StartsWith(words, 0, ["sửa", "đổi"]))
        {
            return null;
        }

        var i = 2;
        i += StartsWith(words, i, [",", "bổ", "sung"]) ? 3 : StartsWith(words, i, ["bổ", "sung"]) ? 2 : 0;
        i += StartsWith(words, i, ["một", "số", "điều"]) ? 3 : 0;
        if (!StartsWith(words, i, ["của"]))
        {
            return 0;
        }

        var end = 0;
        for (i++; ; i++)
        {
            var law = StartsWith(words, i, ["luật"]) ? 1 : StartsWith(words, i, ["bộ", "luật"]) ? 2 : 0;
            var name = law == 0 ? 0 : Name(words, i + law);
            if (name == 0)
            {
                return end;
            }

            i += law + name;
            end = i;
            if (i >= words.Count || !(words[i].IsComma || string.Equals(words[i].Lower, "và", StringComparison.Ordinal)))
            {
                return end;
            }
        }
    }

    // A type word written with a capital, where a new citation begins: "Luật A, Luật B", "Luật X và Nghị định …".
    private static bool IsTypeWord(IReadOnlyList<Word> words, int i)
    {
        if (!char.IsUpper(words[i].Text[0]))
        {
            return false;
        }

        var one = words[i].Lower;
        var two = i + 1 < words.Count ? one + " " + words[i + 1].Lower : one;
        return one is "luật" || two is "hiến pháp" || TypeWords.Any(t => string.Equals(t.Word, two, StringComparison.Ordinal));
    }

    private static bool StartsWith(IReadOnlyList<Word> words, int start, string[] expected)
    {
        if (start + expected.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < expected.Length; k++)
        {
            if (!string.Equals(words[start + k].Lower, expected[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words and commas from <paramref name="start"/> up to anything else (a digit, other punctuation, the end).</summary>
    private static List<Word> Words(string text, int start)
    {
        var words = new List<Word>();
        var match = NameWord().Match(text, start);
        while (match.Success && words.Count < 3 * MaxNameWords)
        {
            words.Add(new Word(match.Groups["w"].Value, match.Groups["w"].Index, match.Groups["w"].Index + match.Groups["w"].Length));
            match = match.NextMatch();
        }

        return words;
    }

    private static string WordBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || char.GetUnicodeCategory(text[start - 1]) == UnicodeCategory.NonSpacingMark))
        {
            start--;
        }

        return end < index ? text[start..end].ToLower(Vietnamese) : string.Empty;
    }

    /// <summary>A word of a name, or a comma.</summary>
    private sealed record Word(string Text, int Start, int End)
    {
        public string Lower { get; } = Text.ToLower(Vietnamese);

        public bool IsComma => Text is ",";

        // "CBCC", "VBQPPL", "KH&CN".
        public bool IsAbbreviation => Text.Length >= 2 && Text.All(c => char.IsUpper(c) || c == '&');
    }

    // A name's next word (letters, "&" inside: "KH&CN") or comma.
    [GeneratedRegex(@"\G\s*(?<w>,|[\p{L}\p{M}](?:[\p{L}\p{M}&]*[\p{L}\p{M}])?(?![\p{L}\p{M}\p{Nd}&]))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameWord();

    // "năm 2019" or "2019" right after the name.
    [GeneratedRegex(@"\G\s+(?:năm\s+)?(?<year>(?:19|20)\d{2})(?![\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearAfterName();

    // Where a citation by name begins. Laws, codes and the Constitution are written with a capital ("Luật", "Bộ luật",
    // "Hiến pháp", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"): "pháp luật", "kỷ luật", "văn bản dưới luật" are not citations. A Party congress's resolution
    // ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV") ends with the congress's Roman number; a programme by name
    // ("Chương trình cải cách hành chính giai đoạn 2021-2030") with its period.
    [GeneratedRegex(
        """
        (?<![\p{L}\p{M}\p{Nd}])
        (?:
            (?<code>Bộ\s+[lL]uật)
          | Luật
          | (?<constitution>Hiến\s+pháp(?:\s+(?<country>(?i:nước\s+cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam)))?)
          | (?i:nghị\s+quyết)\s+(?<congress>Đại\s+hội(?:\s+[\p{L}\p{M}]+){0,8}?\s+(?:(?:lần\s+thứ|khóa|khoá)\s+)?[IVXLC]+)
          | (?i:chương\s+trình)\s+(?<programme>(?:(?!(?i:và|hoặc|được|theo|để|nhằm|đã|tại|trong|với|cho|là|thì|từ|số|ngày)\s)[\p{L}\p{M}]+\s+){1,12}?(?i:giai\s+đoạn)\s+\d{4}\s*[-–]\s*\d{4})
        )
        (?![\p{L}\p{M}\p{Nd}])
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedCitation();
}
