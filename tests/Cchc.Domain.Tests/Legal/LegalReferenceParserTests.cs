using Cchc.Domain.Legal;
using FsCheck.Fluent;
using NodaTime;

namespace Cchc.Domain.Tests.Legal;

public sealed class LegalReferenceParserTests
{
    [Theory]
    [InlineData("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ", LegalDocumentType.Decree, "61", 2018, "NĐ-CP", "2018-04-23", "Chính phủ")]
    [InlineData("Nghị quyết số 05-NQ/TU ngày 28/9/2021", LegalDocumentType.Resolution, "05", null, "NQ/TU", "2021-09-28", null)]
    [InlineData("Nghị quyết 30c/NQ-CP", LegalDocumentType.Resolution, "30c", null, "NQ-CP", null, null)]
    [InlineData("Quyết định số 2629/QĐ-UBND", LegalDocumentType.Decision, "2629", null, "QĐ-UBND", null, null)]
    [InlineData("Thông tư số 343/2016/TT-BTC", LegalDocumentType.Circular, "343", 2016, "TT-BTC", null, null)]
    [InlineData("Văn bản Hướng dẫn số 2333/SNV-CCHC&VTLT ngày 02/12/2022", LegalDocumentType.Guidance, "2333", null, "SNV-CCHC&VTLT", "2022-12-02", null)]
    [InlineData("Kế hoạch số 4289/KH-UBND ngày 21/12/2021 của UBND tỉnh về việc ban hành Kế hoạch", LegalDocumentType.Plan, "4289", null, "KH-UBND", "2021-12-21", "UBND tỉnh")]
    [InlineData("Quyết định số 3349/QĐ-UBND ngày 30 tháng 12 năm 2021 của UBND tỉnh Điện Biên về việc kiện toàn", LegalDocumentType.Decision, "3349", null, "QĐ-UBND", "2021-12-30", "UBND tỉnh Điện Biên")]
    [InlineData("Chỉ thị số 12/CT-UBND ngày 11/11/2016 của UBND tỉnh", LegalDocumentType.Directive, "12", null, "CT-UBND", "2016-11-11", "UBND tỉnh")]
    public void Parses_the_forms_the_seeds_use(string text, LegalDocumentType type, string number, int? year, string code, string? date, string? issuer)
    {
        Assert.True(LegalReferenceParser.TryParse(text, out var reference));
        Assert.Equal(type, reference.Type);
        Assert.Equal(number, reference.Number);
        Assert.Equal(year, reference.Year);
        Assert.Equal(code, reference.IssuerCode);
        Assert.Equal(date is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, reference.Date);
        Assert.Equal(issuer, reference.Issuer);
    }

    [Fact]
    public void Finds_every_document_of_a_sentence_once_and_keeps_the_typo_of_seed_000()
    {
        // The decree 61/2018 is cited twice: it is one document.
        const string text = "theo Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính Phủ về thực hiện cơ chế một cửa; Nghị định 107/2001/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi Nghị định 61/2018/NĐ-CP.";
        var found = LegalReferenceParser.FindAll(text);

        Assert.Equal(["61", "107"], found.Select(r => r.Number));
        Assert.Equal(2001, found[1].Year);
        Assert.Equal(new LocalDate(2021, 12, 6), found[1].Date);
    }

    [Fact]
    public void An_impossible_date_is_left_out_rather_than_invented()
    {
        Assert.True(LegalReferenceParser.TryParse("Quyết định số 1/QĐ-UBND ngày 31/02/2022", out var reference));
        Assert.Null(reference.Date);
    }

    [Fact]
    public void Never_throws_and_finds_nothing_in_text_without_citations() =>
        PropertyCheck.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var found = LegalReferenceParser.FindAll(text);
            Assert.All(found, r => Assert.Contains(r.Text, text, StringComparison.Ordinal));
        }, maxTest: 500);
}

public sealed class LegalReferenceParserSeedCasesTests
{
    [Fact]
    public void A_sentence_ending_full_stop_is_not_part_of_the_code()
    {
        var found = LegalReferenceParser.FindAll("…sửa đổi Nghị định 61/2018/NĐ-CP. Bảo đảm 100% TTHC");
        Assert.Equal("NĐ-CP", Assert.Single(found).IssuerCode);
        Assert.Equal("Nghị định 61/2018/NĐ-CP", found[0].Text);
    }

    [Theory]
    [InlineData("Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ qui định chế độ tự chủ, tự chịu trách nhiệm", "Chính phủ")]
    [InlineData("Nghị định số 130/NĐ-CP ngày 17/10/2015 của Chính phủ đối với cơ quan Văn phòng Sở Công Thương", "Chính phủ")]
    [InlineData("Chỉ thị số 12/CT-UBND ngày 11/11/2016 của UBND tỉnh về việc đẩy mạnh", "UBND tỉnh")]
    [InlineData("Nghị quyết số 10-NQ/TU ngày 29/7/2021 của Ban chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực", "Ban chấp hành Đảng bộ tỉnh")]
    public void The_issuer_stops_where_the_subject_begins(string text, string issuer) =>
        Assert.Equal(issuer, Assert.Single(LegalReferenceParser.FindAll(text)).Issuer);

    [Fact]
    public void Two_citations_joined_by_va_are_two_references()
    {
        var found = LegalReferenceParser.FindAll("Nghị định số 117/2013/NĐ-CP của Chính phủ và Nghị định số 60/2021/NĐ-CP của Chính phủ");
        Assert.Equal(["117", "60"], found.Select(r => r.Number));
        Assert.All(found, r => Assert.Equal("Chính phủ", r.Issuer));
    }

    [Fact]
    public void A_programme_with_a_name_before_its_number_and_a_continuation_va_so_are_found()
    {
        var found = LegalReferenceParser.FindAll("Chương trình hành động của Tỉnh ủy số 920-CTr/TU ngày 26/4/2021 và số 1011-CTr/TU ngày 14/7/2021");
        Assert.Equal(["920", "1011"], found.Select(r => r.Number));
        Assert.All(found, r => Assert.Equal(LegalDocumentType.Programme, r.Type));
        Assert.All(found, r => Assert.Equal("CTr/TU", r.IssuerCode));
        Assert.Equal(new LocalDate(2021, 7, 14), found[1].Date);
    }

    [Fact]
    public void Decomposed_text_is_read_as_its_composed_form()
    {
        const string Composed = "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa; Quyết định số 3349/QĐ-UBND ngày 30 tháng 12 năm 2021 của UBND tỉnh về việc kiện toàn";
        var decomposed = Composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(Composed, decomposed);

        var found = LegalReferenceParser.FindAll(decomposed);

        Assert.Equal(LegalReferenceParser.FindAll(Composed), found);
        Assert.Equal(2, found.Count);
        Assert.Equal(LegalDocumentType.Decree, found[0].Type);
        Assert.Equal("Chính phủ", found[0].Issuer);
        Assert.True(LegalReferenceParser.TryParse(decomposed, out var first));
        Assert.Equal("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ", first.Text);
    }

    /// <summary>A name before a number never runs over another capitalised type word: the number is the last document's.</summary>
    [Theory]
    [InlineData("và Kế hoạch triển khai thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện", LegalDocumentType.Decree, "Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ")]
    [InlineData("Chương trình hành động của Tỉnh ủy số 920-CTr/TU", LegalDocumentType.Programme, "Chương trình hành động của Tỉnh ủy số 920-CTr/TU")]
    [InlineData("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13", LegalDocumentType.Law, "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13")]
    public void A_name_before_the_number_stops_at_another_type_word(string text, LegalDocumentType type, string cited)
    {
        var found = Assert.Single(LegalReferenceParser.FindAll(text));

        Assert.Equal(type, found.Type);
        Assert.Equal(cited, found.Text);
    }

    /// <summary>The issuer ends where other documents are named after "và", "và các", "và những".</summary>
    [Theory]
    [InlineData("theo quy định tại Nghị định số 108/2020/NĐ-CP của Chính phủ và các Thông tư hướng dẫn của Bộ Công Thương về chức năng", "Chính phủ")]
    [InlineData("Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII và các văn bản của Tỉnh ủy, Ủy ban nhân dân tỉnh", "Ban Chấp hành Trung ương khóa XII")]
    [InlineData("Quyết định số 3349/QĐ-UBND của UBND tỉnh và những Kế hoạch khác", "UBND tỉnh")]
    [InlineData("Quyết định số 3349/QĐ-UBND của Sở Nội vụ và Sở Tài chính", "Sở Nội vụ và Sở Tài chính")]
    public void The_issuer_ends_where_other_documents_are_named(string text, string issuer) =>
        Assert.Equal(issuer, LegalReferenceParser.FindAll(text)[0].Issuer);
}
