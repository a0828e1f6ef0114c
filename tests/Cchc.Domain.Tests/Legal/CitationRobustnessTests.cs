using Cchc.Domain.Legal;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cchc.Domain.Tests.Legal;

/// <summary>The parser never throws, reads digits of any script, and stays linear on long hostile text.</summary>
public sealed class CitationRobustnessTests
{
    /// <summary>
    /// /work/shared/reliability: a non-ASCII decimal digit in a citation's date threw FormatException (legal-arabic-indic-digit.txt,
    /// legal__LegalReferenceParser.{FindAll,TryParse}__FormatException__2943D577EA19.min.txt).
    /// </summary>
    [Theory]
    [InlineData("Nghị định 1/N ngày ٣/9/2020", "1", "N", 2020, 9, 3)]
    [InlineData("NGH\u1ECA \u0110\u1ECANH 9-V ng\u00E0y 3/\uFF12/1474", "9", "V", 1474, 2, 3)]
    public void A_date_in_digits_of_another_script_is_read(string text, string number, string code, int year, int month, int day)
    {
        Assert.True(LegalReferenceParser.TryParse(text, out var reference));
        Assert.Equal((LegalDocumentType.Decree, number, code, new LocalDate(year, month, day)), (reference.Type, reference.Number, reference.IssuerCode, reference.Date));
        Assert.Equal(reference, Assert.Single(LegalReferenceParser.FindAll(text)));
    }

    private static readonly string[] Pieces =
    [
        "Nghị định", "Quyết định", "số", "số:", "45", "٣", "３", "2024", "/", "-", "–", "—", "‑", "QĐ", "UBND", "NQ/TW", "CT/TU", "ngày", "tháng", "năm",
        "của", "Bộ trưởng,", "Chủ nhiệm", "về việc", "Luật", "Bộ luật", "Hiến pháp", "Chương trình", "giai đoạn", "và số", ",", ".", ";", "(",
        "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\u0301", "\u00A0", "\u200B", "\n", "e\u0301", "Đại hội", "khóa", "XIII",
    ];

    /// <summary>Arbitrary strings, and strings made of citation pieces with noncharacters, lone surrogates and digits of any script.</summary>
    private static Gen<string> HostileText() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)),
            Gen.Elements(Pieces).ListOf().Select(parts => string.Join(' ', parts)),
            Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars)));

    [Fact]
    public void TryParse_and_FindAll_never_throw_and_return_text_standing_in_the_input() =>
        PropertyCheck.ForAll(HostileText(), text =>
        {
            var found = LegalReferenceParser.FindAll(text);
            var parsed = LegalReferenceParser.TryParse(text, out var first);

            Assert.Equal(!found.IsEmpty, parsed);
            Assert.Equal(found.IsEmpty ? null : found[0], first);
            Assert.All(found, r => Assert.False(string.IsNullOrEmpty(r.Text)));
        }, maxTest: 2000);

    [Fact]
    public void Noncharacters_and_lone_surrogates_around_a_citation_do_not_hide_it()
    {
        var found = LegalReferenceParser.FindAll("\uFFFE\uD800 Quyết định số 45/QĐ-UBND ngày 3/1/2024 \uDC00\uFFFF");

        Assert.Equal(("45", "QĐ-UBND", new LocalDate(2024, 1, 3)), (found[0].Number, found[0].IssuerCode, found[0].Date));
    }

    [Fact]
    public void A_200000_character_text_is_read_whole()
    {
        // Long runs of what a backtracking pattern tries again and again: type words, spaces, digits, codes without end.
        var hostile = string.Concat(Enumerable.Repeat("Quyết định Nghị định số 1/A-B-C-D-E-F-G-H ngày 1/1/ của của ", 1500))
            + new string(' ', 20_000) + string.Concat(Enumerable.Repeat("Chương trình a b c d e f g h i j k l m n giai đoạn ", 500));
        var text = (hostile + "Quyết định số 45/QĐ-UBND ngày 03/01/2024 của UBND tỉnh.")[..];
        text = text.Length >= 200_000 ? text : text.PadLeft(200_000, 'x');
        Assert.True(text.Length >= 200_000);

        var found = LegalReferenceParser.FindAll(text);

        Assert.Contains(found, r => r is { Number: "45", IssuerCode: "QĐ-UBND", Issuer: "UBND tỉnh" } && r.Date == new LocalDate(2024, 1, 3));
    }

    [Fact]
    public void A_text_of_over_200000_characters_of_distinct_citations_gives_each_once()
    {
        var text = string.Concat(Enumerable.Range(1, 4500).Select(i => $"Quyết định số {i}/QĐ-UBND ngày 1/1/2024 của UBND tỉnh; "));
        Assert.True(text.Length >= 200_000);

        var found = LegalReferenceParser.FindAll(text);

        Assert.Equal(4500, found.Count);
        Assert.Equal("4500", found[^1].Number);
    }

    [Fact]
    public void A_document_cited_again_is_returned_once()
    {
        const string text = "Quyết định số 45/QĐ-UBND ngày 03/01/2024 của UBND tỉnh (sau đây gọi là Quyết định 45). Theo Quyết định số 45/QĐ-UBND nêu trên "
            + "và Quyết định 45/QĐ-UBND; Nghị quyết số 05-NQ/TU ngày 28/9/2021 và Nghị quyết số 05-NQ/TU ngày 22/10/2021.";

        var found = LegalReferenceParser.FindAll(text);

        Assert.Equal(["45", "05", "05"], found.Select(r => r.Number));
        Assert.Equal(new LocalDate(2021, 10, 22), found[2].Date);
    }

    [Fact]
    public void A_number_without_a_type_word_takes_its_type_from_the_code_or_the_citation_before()
    {
        var found = LegalReferenceParser.FindAll("theo số 12/KH-UBND ngày 3/1/2024, số 123/SNV-CCHC và Quyết định số 7/QĐ-UBND và số 8/QĐ-SNV");

        Assert.Equal([LegalDocumentType.Plan, LegalDocumentType.OfficialLetter, LegalDocumentType.Decision, LegalDocumentType.Decision], found.Select(r => r.Type));
    }
}
