using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Cchc.Domain.Legal;

/// <summary>
/// Finds and structures document citations in Vietnamese text, in the forms documents use:
/// "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ", "Nghị quyết số 05-NQ/TU ngày 28/9/2021",
/// "Nghị quyết 30c/NQ-CP", "Quyết định số 3349/QĐ-UBND ngày 30 tháng 12 năm 2021 của UBND tỉnh",
/// "Văn bản Hướng dẫn số 2333/SNV-CCHC&amp;VTLT ngày 02/12/2022", "Công văn số 123/SNV-CCHC", "Nghị định 30/NĐ-CP năm 2020";
/// and documents cited by name, without a number: laws and codes ("Luật CBCC", "Luật Phổ biến, giáo dục pháp luật",
/// "Bộ luật Lao động năm 2019", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
/// "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"), the Constitution
/// ("Hiến pháp năm 2013"), a Party congress's resolution ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV") and a
/// programme with its period ("Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030").
/// </summary>
/// <remarks>
/// <para>
/// The parser is a hand-written scanner: it reads each position of the text at most a bounded number of times, so its time
/// is linear in the length of the text, and it never throws on any string (lone surrogates, U+FFFE, digits of any script).
/// The typography of real documents is read as meant: spaces missing or doubled around the number, the code and the date
/// ("số12/KH-UBND", "45/QĐ-UBNDngày 3/1/2024", "07- CT/TU", "số 12 /KH-UBND"), dashes of any kind, dates written
/// "3/1/2024", "3-1-2024", "03.01.2024" or "03 tháng 01 năm 2024".
/// </para>
/// <para>
/// A document cited again by the same number and code (a short form, "… nêu trên") is returned once, at its first citation.
/// A law's name ends at a comma, at a word such as "và", "năm", "của", "theo", "quy định", at another citation, or after an
/// abbreviation ("Luật CBCC và …"); the names of laws with a comma or such a word inside ("Cán bộ, công chức", "Khoa học
/// và công nghệ") are known. "Luật", "Bộ luật" and "Hiến pháp" count only with a capital: "pháp luật", "kỷ luật", "văn bản
/// dưới luật" are not citations. docs/json-format.md ("Citations") describes the grammar.
/// </para>
/// </remarks>
public static partial class LegalReferenceParser
{
    // The words that begin a citation, lower-case, longest first where one begins another. A weak word is a common noun
    // too ("theo quy định", "đề án của tỉnh"): it begins a citation only with a capital or right before the number.
    private static readonly (string Word, LegalDocumentType Type, bool Weak)[] TypeWords =
    [
        ("văn bản hướng dẫn", LegalDocumentType.Guidance, false),
        ("hướng dẫn", LegalDocumentType.Guidance, false),
        ("bộ luật", LegalDocumentType.Code, false),
        ("luật", LegalDocumentType.Law, false),
        ("nghị quyết", LegalDocumentType.Resolution, false),
        ("nghị định", LegalDocumentType.Decree, false),
        ("quyết định", LegalDocumentType.Decision, false),
        ("chỉ thị", LegalDocumentType.Directive, false),
        ("thông tư liên tịch", LegalDocumentType.JointCircular, false),
        ("thông tư", LegalDocumentType.Circular, false),
        ("kế hoạch", LegalDocumentType.Plan, false),
        ("công văn", LegalDocumentType.OfficialLetter, false),
        ("văn bản", LegalDocumentType.OfficialLetter, false),
        ("thông báo", LegalDocumentType.Notice, false),
        ("chương trình", LegalDocumentType.Programme, false),
        ("kết luận", LegalDocumentType.Conclusion, false),
        ("báo cáo", LegalDocumentType.Report, false),
        ("công điện", LegalDocumentType.Telegram, false),
        ("tờ trình", LegalDocumentType.Submission, true),
        ("đề án", LegalDocumentType.Scheme, true),
        ("quy chế", LegalDocumentType.Rules, true),
        ("qui chế", LegalDocumentType.Rules, true),
        ("quy định", LegalDocumentType.Regulation, true),
        ("qui định", LegalDocumentType.Regulation, true),
        ("pháp lệnh", LegalDocumentType.Other, true),
    ];

    // The type a code's first part names, for a number cited without a type word ("số 12/KH-UBND", "và số 45/QĐ-UBND").
    private static readonly Dictionary<string, LegalDocumentType> CodeTypes = new(StringComparer.Ordinal)
    {
        ["NQ"] = LegalDocumentType.Resolution,
        ["NĐ"] = LegalDocumentType.Decree,
        ["QĐ"] = LegalDocumentType.Decision,
        ["CT"] = LegalDocumentType.Directive,
        ["TT"] = LegalDocumentType.Circular,
        ["TTLT"] = LegalDocumentType.JointCircular,
        ["KH"] = LegalDocumentType.Plan,
        ["CV"] = LegalDocumentType.OfficialLetter,
        ["HD"] = LegalDocumentType.Guidance,
        ["TB"] = LegalDocumentType.Notice,
        ["CTr"] = LegalDocumentType.Programme,
        ["KL"] = LegalDocumentType.Conclusion,
        ["BC"] = LegalDocumentType.Report,
        ["CĐ"] = LegalDocumentType.Telegram,
        ["TTr"] = LegalDocumentType.Submission,
        ["ĐA"] = LegalDocumentType.Scheme,
        ["QC"] = LegalDocumentType.Rules,
        ["QyĐ"] = LegalDocumentType.Regulation,
    };

    private const int MaxNameLength = 80;

    /// <summary>Parses the first citation in <paramref name="text"/>.</summary>
    /// <param name="text">Text that contains a citation.</param>
    /// <param name="reference">The citation found, its <see cref="LegalReference.Text"/> the matched part of the text; <see langword="null"/> when none is found.</param>
    /// <returns>Whether a citation was found.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out LegalReference? reference)
    {
        reference = null;
        var found = FindAll(text);
        if (found.IsEmpty)
        {
            return false;
        }

        reference = found[0];
        return true;
    }

    /// <summary>Finds every cited document in <paramref name="text"/>, each once, in order of its first citation.</summary>
    /// <param name="text">Any text. Text not in Unicode NFC (decomposed diacritics) is read in its NFC form, and the citations' texts are in that form.</param>
    /// <returns>The citations found, possibly none.</returns>
    public static ValueList<LegalReference> FindAll(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // The type words are precomposed ("định"); decomposed text ("đi\u0323nh") would match none of them.
        text = SafeNfc(text);
        var numbered = FindNumbered(text);

        // Citations by name ("Luật CBCC"), where no numbered citation already stands; a name written before its number
        // ("Luật Cán bộ, công chức số 22/2008/QH12") takes the number it runs over. Both lists are in order and without
        // overlaps of their own, so one pass over each decides.
        var named = FindNamed(text).ToList();
        var all = new List<(int Start, int End, LegalReference Reference)>(numbered.Count + named.Count);
        var n = 0;
        foreach (var citation in numbered)
        {
            while (n + 1 < named.Count && named[n + 1].Start < citation.Start)
            {
                n++;
            }

            if (!(n < named.Count && named[n].Start < citation.Start && citation.Start < named[n].End))
            {
                all.Add(citation);
            }
        }

        var kept = all.Count;
        var k = 0;
        foreach (var citation in named)
        {
            while (k < kept && all[k].End <= citation.Start)
            {
                k++;
            }

            if (!(k < kept && all[k].Start < citation.End))
            {
                all.Add(citation);
            }
        }

        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return OncePerDocument(all.Select(c => c.Reference));
    }

    /// <summary>The citations but those of a document cited before (see <see cref="SameDocument"/>).</summary>
    private static ValueList<LegalReference> OncePerDocument(IEnumerable<LegalReference> citations)
    {
        var result = new List<LegalReference>();
        var cited = new Dictionary<string, List<LegalReference>>(StringComparer.Ordinal);
        foreach (var reference in citations)
        {
            if (reference.Number is not { } number)
            {
                result.Add(reference);
                continue;
            }

            var key = number.TrimStart('0') + "\u0001" + reference.IssuerCode?.ToUpperInvariant();
            if (!cited.TryGetValue(key, out var same))
            {
                cited[key] = same = [];
            }

            if (!same.Exists(r => SameDocument(r, reference)))
            {
                same.Add(reference);
                result.Add(reference);
            }
        }

        return [.. result];
    }

    /// <summary>
    /// Whether <paramref name="later"/> cites the document <paramref name="earlier"/> cites: the same number and code, and
    /// no year or date that differs ("Quyết định số 45/QĐ-UBND nêu trên", "Nghị định 61/NĐ-CP" after
    /// "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018"). Two resolutions "05-NQ/TU" of different dates are two documents.
    /// </summary>
    private static bool SameDocument(LegalReference earlier, LegalReference later) =>
        earlier.Number is { } number && later.Number is { } other
        && string.Equals(number.TrimStart('0'), other.TrimStart('0'), StringComparison.Ordinal)
        && string.Equals(earlier.IssuerCode, later.IssuerCode, StringComparison.OrdinalIgnoreCase)
        && (earlier.Year is null || later.Year is null || earlier.Year == later.Year)
        && (earlier.Date is null || later.Date is null || earlier.Date == later.Date);

    private static List<(int Start, int End, LegalReference Reference)> FindNumbered(string text)
    {
        var found = new List<(int Start, int End, LegalReference Reference)>();
        var i = 0;
        while (i < text.Length)
        {
            if (IsWordStart(text, i))
            {
                var previous = found.Count > 0 ? found[^1].Reference.Type : (LegalDocumentType?)null;
                if (ReadNumbered(text, i, previous) is { } citation)
                {
                    found.Add((i, citation.End, citation.Reference));
                    i = citation.End;
                    continue;
                }
            }

            i++;
        }

        return found;
    }

    /// <summary>A numbered citation beginning at the word at <paramref name="start"/>, or <see langword="null"/>.</summary>
    private static (int End, LegalReference Reference)? ReadNumbered(string text, int start, LegalDocumentType? previous)
    {
        foreach (var (word, type, weak) in TypeWords)
        {
            var end = MatchPhrase(text, start, word);
            if (end < 0)
            {
                continue;
            }

            return ReadAfterTypeWord(text, start, end, type, weak && !char.IsUpper(text[start]));
        }

        // "QĐ số 45/QĐ-UBND", "NQ 05-NQ/TU": the type written as its code, right before the number.
        var abbreviation = start;
        while (abbreviation < text.Length && IsLetter(text[abbreviation]) && abbreviation - start < 5)
        {
            abbreviation++;
        }

        if (!IsLetter(At(text, abbreviation)) && CodeTypes.TryGetValue(text[start..abbreviation], out var coded))
        {
            return ReadAfterTypeWord(text, start, abbreviation, coded, numberOnly: true);
        }

        // "… số 920-CTr/TU và số 1011-CTr/TU": a continuation takes the type of the citation before it.
        var and = MatchPhrase(text, start, "và");
        if (and >= 0 && SkipSpaces(text, and) is var so && so > and && MatchPhrase(text, so, "số") >= 0
            && ReadNumberAndAfter(text, so, start) is { } continued)
        {
            return (continued.End, continued.Reference with { Type = previous ?? TypeOfCode(continued.Reference.IssuerCode) });
        }

        // "số 123/SNV-CCHC", "số 12/KH-UBND": a number without a type word; the code tells the type, or it is a letter.
        if (MatchPhrase(text, start, "số") >= 0 && ReadNumberAndAfter(text, start, start) is { } bare)
        {
            return (bare.End, bare.Reference with { Type = TypeOfCode(bare.Reference.IssuerCode) });
        }

        return null;
    }

    private static LegalDocumentType TypeOfCode(string? code)
    {
        var first = code ?? string.Empty;
        var cut = first.IndexOfAny(['-', '/']);
        first = cut < 0 ? first : first[..cut];
        if (CodeTypes.TryGetValue(first, out var type))
        {
            return type;
        }

        // "QH13": a law of the 13th National Assembly.
        return first.Length > 2 && first.StartsWith("QH", StringComparison.Ordinal) && first[2..].All(char.IsAsciiDigit) ? LegalDocumentType.Law : LegalDocumentType.OfficialLetter;
    }

    /// <summary>
    /// After a type word: an optional short name ("Chương trình hành động của Tỉnh ủy số 920-CTr/TU", "Luật Ban hành văn bản
    /// quy phạm pháp luật số 80/2015/QH13"), then the number. A name never runs over another capitalised type word: in
    /// "Kế hoạch triển khai thực hiện Nghị định số 61/2018/NĐ-CP" the number is the decree's.
    /// </summary>
    private static (int End, LegalReference Reference)? ReadAfterTypeWord(string text, int start, int typeEnd, LegalDocumentType type, bool numberOnly)
    {
        var nameEnd = typeEnd;
        while (true)
        {
            if (ReadNumberAndAfter(text, SkipSpaces(text, nameEnd), start) is { } citation)
            {
                var name = nameEnd > typeEnd ? text[typeEnd..nameEnd].Trim() : null;
                var reference = citation.Reference with { Type = type };
                if (type is LegalDocumentType.Law or LegalDocumentType.Code && !string.IsNullOrEmpty(name))
                {
                    // A law's or code's name is its title; other types' words before the number are not.
                    reference = reference with { Title = name };
                }

                return (citation.End, reference);
            }

            if (numberOnly)
            {
                return null;
            }

            // The next word of the name: no digit, no ",;.()", and not a capitalised type word.
            var word = SkipSpaces(text, nameEnd);
            if (word == nameEnd || word >= text.Length || IsTypeWordAt(text, word))
            {
                return null;
            }

            var wordEnd = word;
            while (wordEnd < text.Length && !IsSpace(text[wordEnd]))
            {
                if (IsDigit(text[wordEnd]) || text[wordEnd] is ',' or ';' or '.' or '(' or ')')
                {
                    return null;
                }

                wordEnd++;
            }

            if (wordEnd - typeEnd > MaxNameLength + 1)
            {
                return null;
            }

            nameEnd = wordEnd;
        }
    }

    /// <summary>Whether a type word written with a capital begins at <paramref name="index"/>.</summary>
    private static bool IsTypeWordAt(string text, int index)
    {
        if (!char.IsUpper(text[index]) || !IsWordStart(text, index))
        {
            return false;
        }

        foreach (var (word, _, _) in TypeWords)
        {
            if (MatchPhrase(text, index, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về …" from <paramref name="index"/>: an optional "số" or "số:", the
    /// number and code, then what may follow them. The citation's text runs from <paramref name="start"/>.
    /// </summary>
    private static (int End, LegalReference Reference)? ReadNumberAndAfter(string text, int index, int start)
    {
        var i = index;
        // "số 12", "số: 12", "số12/KH-UBND" (the number written against the word).
        var so = MatchPhrase(text, i, "số");

        if (so >= 0)
        {
            i = SkipSpaces(text, so);
            if (At(text, i) == ':')
            {
                i = SkipSpaces(text, i + 1);
            }
        }

        if (!ReadNumberAndCode(text, i, out var number, out var year, out var code, out var end))
        {
            return null;
        }

        var reference = new LegalReference(LegalDocumentType.Other, string.Empty) { Number = number, Year = year, IssuerCode = code };
        var (tailEnd, withTail) = ReadTail(text, end, reference);
        return (tailEnd, withTail with { Text = text[start..tailEnd].Trim() });
    }

    /// <summary>
    /// "61/2018/NĐ-CP", "05-NQ/TU", "30c/NQ-CP", "12 /KH-UBND", "07- CT/TU", "2333/SNV-CCHC&amp;VTLT" at <paramref name="index"/>.
    /// The code is returned with its separators as written, dashes as "-", spaces around them left out.
    /// </summary>
    private static bool ReadNumberAndCode(string text, int index, out string number, out int? year, out string code, out int end)
    {
        number = code = string.Empty;
        year = null;
        end = -1;
        var i = ReadDigits(text, index, 1, 6, out _);
        if (i < 0)
        {
            return false;
        }

        // "30c/NQ-CP": one small letter after the digits.
        if (At(text, i) is >= 'a' and <= 'z' && !IsLetter(At(text, i + 1)))
        {
            i++;
        }

        number = AsciiDigits(text, index, i);
        var separator = Separator(text, i, out var spaced);
        if (separator < 0)
        {
            return false;
        }

        // "/2018/": the year inside the number.
        var afterYear = ReadDigits(text, separator, 4, 4, out var value);
        if (afterYear >= 0 && Separator(text, afterYear, out var spacedAfterYear) is var codeStart and >= 0)
        {
            year = value;
            separator = codeStart;
            spaced |= spacedAfterYear;
        }

        return ReadCode(text, separator, spaced, out code, out end);
    }

    /// <summary>A "/" or dash with at most two spaces either side, at <paramref name="index"/>; the position after it, or -1.</summary>
    private static int Separator(string text, int index, out bool spaced)
    {
        spaced = false;
        var i = SkipFewSpaces(text, index, 2);
        if (i < 0 || !(At(text, i) == '/' || IsDash(At(text, i))))
        {
            return -1;
        }

        var after = SkipFewSpaces(text, i + 1, 2);
        spaced = i > index || after > i + 1;
        return after;
    }

    /// <summary>
    /// A code: parts of capitals, digits, "&amp;" and a few small letters ("CTr", "SNgV"), joined by "/" or a dash. A run of
    /// three or more small letters, or "về", "và", ends it: "45/QĐ-UBNDngày 3/1/2024" has the code "QĐ-UBND".
    /// </summary>
    private static bool ReadCode(string text, int index, bool spaced, out string code, out int end)
    {
        code = string.Empty;
        end = -1;
        if (!char.IsUpper(At(text, index)))
        {
            return false;
        }

        var builder = new System.Text.StringBuilder();
        var i = index;
        var separator = '-';
        for (var parts = 0; parts < 8; parts++)
        {
            // A part after spaces ("SNV- CCHC") must look like a code: two capitals or digits.
            if (spaced && parts > 0 && !(IsCodeCapital(At(text, i)) && IsCodeCapital(At(text, i + 1))))
            {
                break;
            }

            var partEnd = ReadCodePart(text, i);
            if (partEnd == i)
            {
                break;
            }

            if (parts > 0)
            {
                builder.Append(separator);
            }

            builder.Append(text, i, partEnd - i);
            end = partEnd;
            var next = Separator(text, partEnd, out spaced);
            if (next < 0 || builder.Length > 40)
            {
                break;
            }

            separator = text[SkipSpaces(text, partEnd)] == '/' ? '/' : '-';
            i = next;
        }

        code = builder.ToString();

        // A capitalised word ("Về", "Bộ") alone is not a code; a single capital ("V") is.
        return code.Length > 0 && !(code.Length > 1 && code.Count(char.IsUpper) == 1 && code.All(IsLetter));
    }

    private static bool IsCodeCapital(char c) => char.IsUpper(c) || IsDigit(c);

    /// <summary>One part of a code from <paramref name="index"/>; its end (equal to <paramref name="index"/> when there is none).</summary>
    private static int ReadCodePart(string text, int index)
    {
        var i = index;
        while (i < text.Length && i - index < 24)
        {
            var c = text[i];
            if (char.IsUpper(c) || IsDigit(c) || c == '&')
            {
                i++;
            }
            else if (c == '.' && IsCodeCapital(At(text, i + 1)) && i > index && !(IsLetter(At(text, i + 2)) && !char.IsUpper(At(text, i + 2))))
            {
                // "UBND.TH"; not the full stop of "NĐ-CP. Bảo đảm" or "NĐ-CP.Bảo".
                i++;
            }
            else if (IsLetter(c) && i > index)
            {
                var run = i;
                while (run < text.Length && run - i < 3 && IsLetter(text[run]) && !char.IsUpper(text[run]))
                {
                    run++;
                }

                var small = text[i..run];
                if (run - i > 2 || small is "về" or "và")
                {
                    break;
                }

                i = run;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>What may follow a number and code: a date, a year, the issuer, another date; then the title, which the text does not include.</summary>
    private static (int End, LegalReference Reference) ReadTail(string text, int index, LegalReference reference)
    {
        var end = index;
        if (ReadDate(text, end) is { } date)
        {
            reference = reference with { Date = date.Date };
            end = date.End;
        }
        else if (reference.Year is null && ReadYear(text, end) is { } year)
        {
            // "Nghị định 30/NĐ-CP năm 2020".
            reference = reference with { Year = year.Year };
            end = year.End;
        }

        if (ReadIssuer(text, end) is { } issuer)
        {
            reference = reference with { Issuer = issuer.Issuer };
            end = issuer.End;
            if (reference.Date is null && ReadDate(text, end) is { } after)
            {
                // "… của UBND tỉnh ngày 03/01/2024".
                reference = reference with { Date = after.Date };
                end = after.End;
            }
        }

        if (reference.Title is null && ReadTitle(text, end) is { } title)
        {
            reference = reference with { Title = title.Title };
            if (reference.Issuer is null && ReadIssuedBy(text, SkipSpaces(text, title.End)) is { } issuedBy)
            {
                // "Nghị quyết 99/NQ-CP năm 2020 về … do Chính phủ ban hành": the issuer after the title.
                reference = reference with { Issuer = issuedBy.Issuer };
            }
        }

        return (end, reference);
    }

    /// <summary>
    /// ", ngày 23/4/2018", "ngày 3-1-2024", "ngày 03.01.2024", "ngày 30 tháng 12 năm 2021", with any spaces; an impossible
    /// date ("31/02/2022") is read but its value left out.
    /// </summary>
    private static (int End, LocalDate? Date)? ReadDate(string text, int index)
    {
        var i = SkipSpaces(text, index);
        if (At(text, i) == ',')
        {
            i = SkipSpaces(text, i + 1);
        }

        var ngay = MatchPhrase(text, i, "ngày");
        if (ngay < 0)
        {
            return null;
        }

        i = SkipSpaces(text, ngay);
        var dayEnd = ReadDigits(text, i, 1, 2, out var day);
        if (dayEnd < 0)
        {
            return null;
        }

        int month, end;
        var year = 0;
        var separator = SkipSpaces(text, dayEnd);
        var s = At(text, separator);
        if (s is '/' or '.' || IsDash(s))
        {
            var monthEnd = ReadDigits(text, SkipSpaces(text, separator + 1), 1, 2, out month);
            var second = monthEnd < 0 ? -1 : SkipSpaces(text, monthEnd);
            if (second < 0 || !(At(text, second) == s || (IsDash(s) && IsDash(At(text, second)))))
            {
                return null;
            }

            end = ReadDigits(text, SkipSpaces(text, second + 1), 4, 4, out year);
        }
        else
        {
            var thang = MatchPhrase(text, separator, "tháng");
            month = 0;
            var monthEnd = thang < 0 ? -1 : ReadDigits(text, SkipSpaces(text, thang), 1, 2, out month);
            if (thang < 0 || monthEnd < 0)
            {
                return null;
            }

            var nam = MatchPhrase(text, SkipSpaces(text, monthEnd), "năm");
            end = nam < 0 ? -1 : ReadDigits(text, SkipSpaces(text, nam), 4, 4, out year);
            if (nam < 0)
            {
                return null;
            }
        }

        if (end < 0 || IsLetterOrDigit(At(text, end)))
        {
            return null;
        }

        var valid = year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
        return (end, valid ? new LocalDate(year, month, day) : null);
    }

    /// <summary>"năm 2020" after a number.</summary>
    private static (int End, int Year)? ReadYear(string text, int index)
    {
        var nam = MatchPhrase(text, SkipSpaces(text, index), "năm");
        if (nam < 0)
        {
            return null;
        }

        var end = ReadDigits(text, SkipSpaces(text, nam), 4, 4, out var year);
        return end < 0 || IsLetterOrDigit(At(text, end)) || At(text, end) == '/' || year < 1900 || year > 2100 ? null : (end, year);
    }

    // Words that end an issuer: the subject ("về việc …", "ban hành …"), a later date, a verb of the sentence.
    private static readonly string[] IssuerEnds =
    [
        "về", "v/v", "quy định", "qui định", "ban hành", "phê duyệt", "sửa đổi", "hướng dẫn", "triển khai", "đối với", "nhằm",
        "trong việc", "tại", "ngày", "nêu trên", "đã", "được", "thì", "là", "với", "theo", "để", "thực hiện", "kiện toàn",
        "thành lập", "công bố", "giao", "quyết định", "năm",
    ];

    // Issuers whose name holds a comma: "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "Bộ Văn hóa, Thể thao và Du lịch".
    private static readonly string[] BeforeCommaInIssuer = ["bộ trưởng", "văn hóa", "văn hoá", "lao động"];

    /// <summary>" của Chính phủ", " của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": the issuer, up to the subject or the sentence's next part.</summary>
    private static (int End, string Issuer)? ReadIssuer(string text, int index)
    {
        var i = SkipSpaces(text, index);
        var cua = MatchPhrase(text, i, "của");
        if (cua < 0)
        {
            return ReadIssuedBy(text, i);
        }

        var begin = SkipSpaces(text, cua);
        if (begin == cua)
        {
            return null;
        }

        var end = begin;
        var limit = Math.Min(text.Length, begin + 160);
        for (var k = begin; k < limit; k++)
        {
            var c = text[k];
            if (c == ',')
            {
                var next = SkipSpaces(text, k + 1);
                if (next > k + 1 && char.IsUpper(At(text, next)) && !IsTypeWordAt(text, next) && EndsWithAny(text, begin, end, BeforeCommaInIssuer))
                {
                    continue;
                }

                break;
            }

            if (c is ';' or '(' or ')' or '[' or ']' or ':' or '"' or '“' or '”' or '\n' or '\r' or '\u2028' or '\u2029'
                || (c == '.' && !(char.IsUpper(At(text, k + 1)) && IsLetter(At(text, k - 1)))))
            {
                break;
            }

            if (IsWordStart(text, k) && (k > begin && EndsIssuer(text, k)))
            {
                break;
            }

            if (!IsSpace(c))
            {
                end = k + 1;
            }
        }

        if (end == begin || end == limit && limit < text.Length && !IsSpace(text[limit]) && IsLetterOrDigit(text[limit]))
        {
            return null;
        }

        return (end, text[begin..end]);
    }

    /// <summary>"do Văn phòng Chính phủ ban hành": the issuer named before "ban hành", within the clause.</summary>
    private static (int End, string Issuer)? ReadIssuedBy(string text, int index)
    {
        var doWord = MatchPhrase(text, index, "do");
        var begin = doWord < 0 ? -1 : SkipSpaces(text, doWord);
        if (begin <= doWord || !char.IsUpper(At(text, begin)))
        {
            return null;
        }

        var limit = Math.Min(text.Length, begin + 100);
        for (var k = begin; k < limit; k++)
        {
            if (text[k] is ',' or ';' or '.' or '(' or ')' or ':' or '\n' or '\r' or '"' or '“' or '”')
            {
                return null;
            }

            if (k > begin && IsWordStart(text, k) && MatchPhrase(text, k, "ban hành") is var issued and >= 0)
            {
                var issuer = text[begin..k].TrimEnd();
                return issuer.Length == 0 ? null : (issued, issuer);
            }
        }

        return null;
    }

    private static bool EndsWithAny(string text, int begin, int end, string[] phrases)
    {
        var written = text[begin..end].ToLowerInvariant();
        foreach (var phrase in phrases)
        {
            if (written.EndsWith(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsIssuer(string text, int index)
    {
        // Only in small letters: "Sở Giao thông vận tải", "Ban Hướng dẫn" are names; "V/v" is the subject.
        if ((char.IsLower(text[index]) && MatchAny(text, index, IssuerEnds) >= 0) || MatchPhrase(text, index, "v/v") >= 0)
        {
            return true;
        }

        // "… của Sở Nội vụ và các Thông tư …", "và Nghị định …", "và số …": another document.
        var and = MatchPhrase(text, index, "và");
        if (and < 0)
        {
            return false;
        }

        var next = SkipSpaces(text, and);
        var plural = MatchAny(text, next, ["các", "những"]);
        if (plural >= 0)
        {
            next = SkipSpaces(text, plural);
        }

        return MatchPhrase(text, next, "số") >= 0 || (next < text.Length && IsWordStart(text, next) && TypeWords.Any(t => MatchPhrase(text, next, t.Word) >= 0));
    }

    // Words that begin a title after the citation: "về việc …", "ban hành …", "quy định …".
    private static readonly string[] TitleStarts =
        ["về việc", "v/v", "về", "ban hành", "quy định", "qui định", "hướng dẫn", "phê duyệt", "sửa đổi", "kiện toàn", "thành lập", "công bố"];

    /// <summary>The title after a citation ("về thực hiện cơ chế một cửa"), as written, up to the end of its clause.</summary>
    private static (string Title, int End)? ReadTitle(string text, int index)
    {
        var begin = SkipSpaces(text, index);
        if (begin == index && index < text.Length || MatchAny(text, begin, TitleStarts) < 0)
        {
            return null;
        }

        var end = begin;
        var limit = Math.Min(text.Length, begin + 250);
        for (var k = begin; k < limit; k++)
        {
            var c = text[k];
            // A quoted name belongs to the title: "phê duyệt Đề án “Xây dựng phương pháp …”".
            if (c is ';' or '(' or ')' or '[' or ']' or ':' or '\n' or '\r' or '\u2028' or '\u2029'
                || (c == '.' && !IsLetterOrDigit(At(text, k + 1))))
            {
                break;
            }

            if (c == ',' && IsTypeWordAt(text, Math.Min(SkipSpaces(text, k + 1), text.Length - 1)))
            {
                break;
            }

            if (IsWordStart(text, k) && k > begin && (EndsTitle(text, k) || ReadIssuedBy(text, k) is not null))
            {
                break;
            }

            if (k == limit - 1 && limit < text.Length)
            {
                // Too long for a title: keep the words read whole.
                end = Math.Max(begin, text.LastIndexOf(' ', k, k - begin + 1));
                break;
            }

            if (!IsSpace(c) && c != ',')
            {
                end = k + 1;
            }
        }

        return end > begin ? (text[begin..end], end) : null;
    }

    // "… và các văn bản hướng dẫn", "… và số 12/KH-UBND" after a title belong to the sentence; "… và số lượng người làm
    // việc", "… và các địa phương khác" to the title.
    private static bool EndsTitle(string text, int index)
    {
        var and = MatchPhrase(text, index, "và");
        if (and < 0)
        {
            return false;
        }

        var next = SkipSpaces(text, and);
        var plural = MatchAny(text, next, ["các", "những"]);
        if (plural >= 0)
        {
            var document = SkipSpaces(text, plural);
            return TypeWords.Any(t => MatchPhrase(text, document, t.Word) >= 0);
        }

        var so = MatchPhrase(text, next, "số");
        if (so < 0)
        {
            return false;
        }

        var number = SkipSpaces(text, so);
        return IsDigit(At(text, At(text, number) == ':' ? SkipSpaces(text, number + 1) : number));
    }
}
