using System.Collections.Frozen;
using System.Globalization;

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
            "tổ chức hội đồng nhân dân và ủy ban nhân dân",
            "tổ chức hội đồng nhân dân và uỷ ban nhân dân",
            "tổ chức hđnd và ubnd",
            "tổ chức hdnd và ubnd",
        }.Select(n => n.Split(' ')),
    ];

    private enum NamedKind
    {
        Law,
        Code,
        Constitution,
        Congress,
        Programme,
    }

    /// <summary>Where a citation by name begins, and the part of it read so far (the type words, a congress, a programme).</summary>
    private readonly record struct NamedStart(int Index, int End, NamedKind Kind, string? Part);

    private static IEnumerable<(int Start, int End, LegalReference Reference)> FindNamed(string text)
    {
        var end = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (ReadNamedStart(text, i) is not { } match)
            {
                i++;
                continue;
            }

            i = match.End;

            // "Luật sửa đổi … của Luật ban hành …": the inner law is part of the name of the one found.
            if (match.Index < end)
            {
                continue;
            }

            var value = text[match.Index..match.End];
            (int End, LegalReference Reference)? found = match.Kind switch
            {
                NamedKind.Congress => (match.End, new LegalReference(LegalDocumentType.Resolution, value) { Issuer = match.Part }),
                NamedKind.Programme => (match.End, new LegalReference(LegalDocumentType.Programme, value) { Title = match.Part }),
                NamedKind.Constitution => WithYearOrNumber(text, match.Index, match.End, new LegalReference(LegalDocumentType.Constitution, string.Empty) { Title = match.Part?.Trim() }),
                _ => ReadLaw(text, match),
            };
            if (found is { } citation)
            {
                end = citation.End;
                yield return (match.Index, citation.End, citation.Reference);
            }
        }
    }

    private static (int End, LegalReference Reference)? ReadLaw(string text, NamedStart match)
    {
        var type = match.Kind == NamedKind.Code ? LegalDocumentType.Code : LegalDocumentType.Law;
        if (type == LegalDocumentType.Law && NotBeforeLaw.Contains(WordBefore(text, match.Index)))
        {
            return null;
        }

        var words = Words(text, match.End);
        var count = AmendingName(words) ?? Name(words, 0);
        if (count == 0)
        {
            return null;
        }

        var nameStart = words[0].Start;
        var nameEnd = words[count - 1].End;
        return WithYearOrNumber(text, match.Index, nameEnd, new LegalReference(type, string.Empty) { Title = text[nameStart..nameEnd] });
    }

    /// <summary>
    /// The citation from <paramref name="start"/> to <paramref name="end"/>, with what is written after the name: the number
    /// ("Luật Cán bộ, công chức số 22/2008/QH12 ngày 13/11/2008 của Quốc hội"), the adoption date ("Luật Tổ chức chính
    /// quyền địa phương ngày 19 tháng 6 năm 2015", its year the year), or the year ("Bộ luật Lao động năm 2019").
    /// </summary>
    private static (int End, LegalReference Reference) WithYearOrNumber(string text, int start, int end, LegalReference reference)
    {
        var space = SkipSpaces(text, end);
        if (space > end && ReadNumberAndAfter(text, space, start) is { } numbered)
        {
            return (numbered.End, numbered.Reference with { Type = reference.Type, Title = reference.Title });
        }

        if (ReadDate(text, end) is { Date: { } date } dated && space > end && At(text, space) != ',')
        {
            var (tailEnd, withIssuer) = ReadTail(text, dated.End, reference with { Date = date, Year = date.Year, Title = null });
            return (tailEnd, withIssuer with { Title = reference.Title, Text = text[start..tailEnd].TrimEnd() });
        }

        if (ReadYearAfterName(text, end) is { } year)
        {
            end = year.End;
            reference = reference with { Year = year.Year };
        }

        return (end, reference with { Text = text[start..end] });
    }

    /// <summary>" năm 2019" or " 2019" right after a name: a year from 1900 to 2099, not followed by a digit or "/".</summary>
    private static (int End, int Year)? ReadYearAfterName(string text, int index)
    {
        var i = SkipSpaces(text, index);
        if (i == index)
        {
            return null;
        }

        var nam = MatchPhrase(text, i, "năm");
        if (nam >= 0)
        {
            var digits = SkipSpaces(text, nam);
            if (digits == nam)
            {
                return null;
            }

            i = digits;
        }

        var end = ReadDigits(text, i, 4, 4, out var year);
        return end < 0 || year is < 1900 or > 2099 || IsDigit(At(text, end)) || At(text, end) == '/' ? null : (end, year);
    }

    /// <summary>
    /// Where a citation by name begins at <paramref name="index"/>. Laws, codes and the Constitution are written with a
    /// capital ("Luật", "Bộ luật", "Hiến pháp", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"): "pháp luật", "kỷ
    /// luật", "văn bản dưới luật" are not citations. A Party congress's resolution ("Nghị quyết Đại hội Đảng bộ tỉnh lần
    /// thứ XIV") ends with the congress's Roman number; a programme by name ("Chương trình cải cách hành chính giai đoạn
    /// 2021-2030") with its period.
    /// </summary>
    private static NamedStart? ReadNamedStart(string text, int index)
    {
        var c = text[index];
        if (c is not ('B' or 'L' or 'H' or 'N' or 'n' or 'C' or 'c') || (index > 0 && (IsLetterOrDigit(text[index - 1]))))
        {
            return null;
        }

        NamedStart? found = c switch
        {
            'B' when ExactWords(text, index, "Bộ") is var bo and >= 0 && SkipSpaces(text, bo) is var l && l > bo
                && (ExactWords(text, l, "luật") >= 0 || ExactWords(text, l, "Luật") >= 0) => new NamedStart(index, l + 4, NamedKind.Code, null),
            'L' when ExactWords(text, index, "Luật") >= 0 => new NamedStart(index, index + 4, NamedKind.Law, null),
            'H' when ExactWords(text, index, "Hiến pháp") is var hp and >= 0 => Constitution(text, index, hp),
            'N' or 'n' => Congress(text, index),
            _ => Programme(text, index),
        };
        return found is { } start && !IsLetterOrDigit(At(text, start.End)) ? found : null;
    }

    /// <summary>Words matched exactly, in this case, with any spaces between; the end, or -1.</summary>
    private static int ExactWords(string text, int index, string phrase)
    {
        var i = index;
        foreach (var word in phrase.Split(' '))
        {
            if (i > index)
            {
                var next = SkipSpaces(text, i);
                if (next == i)
                {
                    return -1;
                }

                i = next;
            }

            if (!text.AsSpan(i).StartsWith(word, StringComparison.Ordinal))
            {
                return -1;
            }

            i += word.Length;
        }

        return IsLetter(At(text, i)) ? -1 : i;
    }

    private static NamedStart Constitution(string text, int index, int end)
    {
        var country = SkipSpaces(text, end);
        var countryEnd = country > end ? MatchAny(text, country, ["nước cộng hòa xã hội chủ nghĩa việt nam", "nước cộng hoà xã hội chủ nghĩa việt nam"]) : -1;
        return countryEnd < 0 ? new NamedStart(index, end, NamedKind.Constitution, null) : new NamedStart(index, countryEnd, NamedKind.Constitution, text[country..countryEnd]);
    }

    /// <summary>"Nghị quyết Đại hội" and up to eight words, then "lần thứ", "khóa" or nothing, then a Roman number.</summary>
    private static NamedStart? Congress(string text, int index)
    {
        var resolution = MatchPhrase(text, index, "nghị quyết");
        var congress = resolution < 0 ? -1 : SkipSpaces(text, resolution);
        var i = congress > resolution ? ExactWords(text, congress, "Đại hội") : -1;
        if (i < 0)
        {
            return null;
        }

        for (var words = 0; words <= 8; words++)
        {
            var next = SkipSpaces(text, i);
            if (next == i)
            {
                return null;
            }

            var numbered = next;
            foreach (var before in new[] { "lần thứ", "khóa", "khoá" })
            {
                var after = ExactWords(text, next, before);
                if (after >= 0 && SkipSpaces(text, after) is var roman && roman > after)
                {
                    numbered = roman;
                    break;
                }
            }

            var romanEnd = numbered;
            while (At(text, romanEnd) is 'I' or 'V' or 'X' or 'L' or 'C')
            {
                romanEnd++;
            }

            if (romanEnd > numbered && !IsLetterOrDigit(At(text, romanEnd)))
            {
                return new NamedStart(index, romanEnd, NamedKind.Congress, text[congress..romanEnd]);
            }

            // One more word of the congress's name.
            var wordEnd = next;
            while (IsLetter(At(text, wordEnd)))
            {
                wordEnd++;
            }

            if (wordEnd == next)
            {
                return null;
            }

            i = wordEnd;
        }

        return null;
    }

    // Words that a programme's name does not hold: "Chương trình … được bố trí", "Chương trình … theo …".
    private static readonly FrozenSet<string> NotInProgrammeName = FrozenSet.Create(
        StringComparer.Ordinal, "và", "hoặc", "được", "theo", "để", "nhằm", "đã", "tại", "trong", "với", "cho", "là", "thì", "từ", "số", "ngày");

    /// <summary>"Chương trình" and one to twelve words, then "giai đoạn 2021 - 2030".</summary>
    private static NamedStart? Programme(string text, int index)
    {
        var programme = MatchPhrase(text, index, "chương trình");
        if (programme < 0)
        {
            return null;
        }

        var i = programme;
        var nameStart = SkipSpaces(text, i);
        for (var words = 0; words < 12; words++)
        {
            var next = SkipSpaces(text, i);
            var wordEnd = next;
            while (IsLetter(At(text, wordEnd)))
            {
                wordEnd++;
            }

            if (next == i || wordEnd == next || !IsSpace(At(text, wordEnd)) || NotInProgrammeName.Contains(text[next..wordEnd].ToLower(Vietnamese)))
            {
                return null;
            }

            i = wordEnd;
            var period = SkipSpaces(text, i);
            var giai = period == i ? -1 : MatchPhrase(text, period, "giai đoạn");
            if (giai >= 0 && Period(text, giai) is var end and >= 0)
            {
                return new NamedStart(index, end, NamedKind.Programme, text[nameStart..end]);
            }
        }

        return null;
    }

    /// <summary>" 2021 - 2030", " 2021–2030" after "giai đoạn"; the end, or -1.</summary>
    private static int Period(string text, int index)
    {
        var from = SkipSpaces(text, index);
        var fromEnd = from > index ? ReadDigits(text, from, 4, 4, out _) : -1;
        var dash = fromEnd < 0 ? -1 : SkipSpaces(text, fromEnd);
        if (dash < 0 || !IsDash(At(text, dash)))
        {
            return -1;
        }

        return ReadDigits(text, SkipSpaces(text, dash + 1), 4, 4, out _);
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
        var i = start;
        while (words.Count < 3 * MaxNameWords)
        {
            var at = SkipSpaces(text, i);
            if (At(text, at) == ',')
            {
                words.Add(new Word(",", at, at + 1));
                i = at + 1;
                continue;
            }

            // Letters, with "&" inside ("KH&CN"), not followed by a digit or "&".
            var end = at;
            while (end < text.Length && (IsLetter(text[end]) || text[end] == '&'))
            {
                end++;
            }

            if (end == at || text[end - 1] == '&' || !IsLetter(text[at]) || IsDigit(At(text, end)))
            {
                break;
            }

            words.Add(new Word(text[at..end], at, end));
            i = end;
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
}
