using Cchc.Domain.Legal;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cchc.Domain.Tests.Legal;

/// <summary>Documents cited by name, without a number: laws, codes, the Constitution, congress resolutions, programmes.</summary>
public sealed class NamedCitationTests
{
    [Theory]
    // The seeds' sentences.
    [InlineData("đúng trình tự, thủ tục và thời gian quy định tại Luật CBCC và các văn bản hướng dẫn thi hành", LegalDocumentType.Law, "Luật CBCC", "CBCC", null)]
    [InlineData("theo quy định của Luật Phổ biến, giáo dục pháp luật và trong sinh hoạt Ngày pháp luật.", LegalDocumentType.Law, "Luật Phổ biến, giáo dục pháp luật", "Phổ biến, giáo dục pháp luật", null)]
    [InlineData("theo quy định của Luật ban hành VBQPPL và các văn bản dưới luật hướng dẫn việc thực hiện.", LegalDocumentType.Law, "Luật ban hành VBQPPL", "ban hành VBQPPL", null)]
    [InlineData("theo đúng quy định của Luật ngân sách nhà nước, các văn bản hướng dẫn thi hành và Quy chế chi tiêu nội bộ", LegalDocumentType.Law, "Luật ngân sách nhà nước", "ngân sách nhà nước", null)]
    [InlineData("tuyên truyền, phổ biến Chương trình cải cách hành chính giai đoạn 2021-2030, kế hoạch thực hiện", LegalDocumentType.Programme, "Chương trình cải cách hành chính giai đoạn 2021-2030", "cải cách hành chính giai đoạn 2021-2030", null)]
    [InlineData("triển khai Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030; Nghị quyết", LegalDocumentType.Programme, "Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030", "tổng thể CCHC nhà nước giai đoạn 2021 - 2030", null)]
    // Forms the seeds do not use, in the way documents write them.
    [InlineData("Căn cứ Bộ luật Lao động năm 2019;", LegalDocumentType.Code, "Bộ luật Lao động năm 2019", "Lao động", 2019)]
    [InlineData("theo Bộ Luật Dân sự", LegalDocumentType.Code, "Bộ Luật Dân sự", "Dân sự", null)]
    [InlineData("Căn cứ Hiến pháp năm 2013;", LegalDocumentType.Constitution, "Hiến pháp năm 2013", null, 2013)]
    [InlineData("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", LegalDocumentType.Constitution, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "nước Cộng hòa xã hội chủ nghĩa Việt Nam", null)]
    [InlineData("Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 2013", LegalDocumentType.Constitution, "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 2013", "nước Cộng hoà xã hội chủ nghĩa Việt Nam", 2013)]
    [InlineData("Căn cứ Luật Tổ chức chính quyền địa phương năm 2015 và các văn bản hướng dẫn", LegalDocumentType.Law, "Luật Tổ chức chính quyền địa phương năm 2015", "Tổ chức chính quyền địa phương", 2015)]
    [InlineData("Luật Đất đai 2013, các văn bản hướng dẫn", LegalDocumentType.Law, "Luật Đất đai 2013", "Đất đai", 2013)]
    [InlineData("thực hiện Luật Phòng, chống tham nhũng năm 2018", LegalDocumentType.Law, "Luật Phòng, chống tham nhũng năm 2018", "Phòng, chống tham nhũng", 2018)]
    [InlineData("Luật Khoa học và công nghệ quy định", LegalDocumentType.Law, "Luật Khoa học và công nghệ", "Khoa học và công nghệ", null)]
    [InlineData("Luật Thi hành án dân sự", LegalDocumentType.Law, "Luật Thi hành án dân sự", "Thi hành án dân sự", null)]
    [InlineData("Luật KH&CN hiện hành", LegalDocumentType.Law, "Luật KH&CN", "KH&CN", null)]
    [InlineData("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019.", LegalDocumentType.Law, "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức năm 2019", "sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức", 2019)]
    public void Reads_a_citation_by_name(string text, LegalDocumentType type, string citation, string? title, int? year)
    {
        var found = Assert.Single(LegalReferenceParser.FindAll(text));

        Assert.Equal(new LegalReference(type, citation) { Title = title, Year = year }, found);
    }

    [Theory]
    [InlineData("theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV đã đề ra.", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", "Đại hội Đảng bộ tỉnh lần thứ XIV")]
    [InlineData("Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII; Nghị quyết Đại hội Đảng toàn quốc khóa XIII; Nghị định", "Nghị quyết Đại hội Đảng toàn quốc khóa XIII", "Đại hội Đảng toàn quốc khóa XIII")]
    public void A_congress_resolution_is_issued_by_the_congress(string text, string citation, string issuer)
    {
        var found = Assert.Single(LegalReferenceParser.FindAll(text), r => r.Number is null);

        Assert.Equal(new LegalReference(LegalDocumentType.Resolution, citation) { Issuer = issuer }, found);
    }

    [Fact]
    public void Two_laws_joined_by_va_are_two_citations_but_an_amending_laws_name_keeps_the_laws_it_amends()
    {
        Assert.Equal(
            [new LegalReference(LegalDocumentType.Law, "Luật Cán bộ, công chức") { Title = "Cán bộ, công chức" }, new LegalReference(LegalDocumentType.Law, "Luật Viên chức") { Title = "Viên chức" }],
            LegalReferenceParser.FindAll("Thực hiện Luật Cán bộ, công chức và Luật Viên chức;"));

        // Seed 001.
        var found = LegalReferenceParser.FindAll("theo quy định của Luật ban hành văn bản quy phạm pháp luật và Luật sửa đổi, bổ sung một số điều của Luật ban hành văn bản quy phạm pháp luật;");
        Assert.Equal(["ban hành văn bản quy phạm pháp luật", "sửa đổi, bổ sung một số điều của Luật ban hành văn bản quy phạm pháp luật"], found.Select(r => r.Title));
    }

    [Fact]
    public void A_number_written_after_the_name_belongs_to_the_law()
    {
        var found = LegalReferenceParser.FindAll("Luật Cán bộ, công chức số 22/2008/QH12 ngày 13/11/2008 của Quốc hội; Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13");

        Assert.Equal(2, found.Count);
        Assert.Equal(
            new LegalReference(LegalDocumentType.Law, "Luật Cán bộ, công chức số 22/2008/QH12 ngày 13/11/2008 của Quốc hội")
            {
                Title = "Cán bộ, công chức",
                Number = "22",
                Year = 2008,
                IssuerCode = "QH12",
                Date = new LocalDate(2008, 11, 13),
                Issuer = "Quốc hội",
            },
            found[0]);
        Assert.Equal(("80", 2015, "QH13", "Ban hành văn bản quy phạm pháp luật"), (found[1].Number, found[1].Year, found[1].IssuerCode, found[1].Title));
    }

    [Fact]
    public void Citations_by_name_and_by_number_come_in_the_order_of_the_text()
    {
        var found = LegalReferenceParser.FindAll("Nghị định số 34/2016/NĐ-CP quy định chi tiết Luật Ban hành văn bản quy phạm pháp luật; Hiến pháp năm 2013 và Nghị định 61/2018/NĐ-CP");

        Assert.Equal([LegalDocumentType.Decree, LegalDocumentType.Law, LegalDocumentType.Constitution, LegalDocumentType.Decree], found.Select(r => r.Type));
    }

    [Theory]
    [InlineData("Đẩy mạnh công tác tuyên truyền, phổ biến, giáo dục pháp luật, đa dạng hóa các phương pháp tuyên truyền")]
    [InlineData("theo quy định của Luật ban hành VBQPPL và các văn bản dưới luật hướng dẫn việc thực hiện", 1)]
    [InlineData("Tăng cường kỷ luật, kỷ cương hành chính; Tổ chức thi hành pháp luật nghiêm minh")]
    [InlineData("trên chuyên mục “Pháp luật và cuộc sống”; sinh hoạt Ngày Pháp luật")]
    [InlineData("văn bản quy phạm pháp luật (QPPL); hệ thống văn bản pháp luật hiện hành")]
    [InlineData("mời Luật sư tư vấn; Hội Luật gia tỉnh; Trường Đại học Luật Hà Nội; Khoa Luật")]
    [InlineData("Luật hóa các quy định; theo Luật định; Luật pháp Việt Nam; Luật lệ")]
    [InlineData("theo quy định của Luật.")]
    [InlineData("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch")]
    [InlineData("Kinh phí thực hiện Chương trình cải cách hành chính được bố trí từ nguồn ngân sách nhà nước")]
    [InlineData("cử đại biểu dự Đại hội Đảng bộ tỉnh lần thứ XIV")]
    [InlineData("bảo đảm tính hợp hiến, hợp pháp")]
    public void Words_about_law_in_passing_are_not_citations(string text, int citations = 0) =>
        Assert.Equal(citations, LegalReferenceParser.FindAll(text).Count);

    [Fact]
    public void Hien_phap_in_a_stock_phrase_is_still_the_Constitution()
    {
        // "tuân thủ Hiến pháp và pháp luật" names the one Constitution; "pháp luật" after it is no law.
        var found = Assert.Single(LegalReferenceParser.FindAll("tuân thủ Hiến pháp và pháp luật"));
        Assert.Equal(new LegalReference(LegalDocumentType.Constitution, "Hiến pháp"), found);
    }

    [Fact]
    public void A_name_runs_to_the_first_word_or_mark_that_ends_it() =>
        PropertyCheck.ForAll(
            from words in Gen.Elements("ngân sách", "nhà nước", "Cán bộ", "đất đai", "xây dựng", "Tổ chức", "Chính phủ", "tài nguyên", "nước", "Viên chức", "đầu tư", "công")
                .NonEmptyListOf().Select(w => string.Join(' ', w.Take(4)))
            from year in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1992, 2030).Select(y => (int?)y))
            from end in Gen.Elements(";", ".", ", các văn bản hướng dẫn", " và các văn bản dưới luật", " theo quy định", " quy định", " hiện hành", " để thực hiện", "", " (sửa đổi)", " và Luật Viên chức")
            select (Name: char.ToUpperInvariant(words[0]) + words[1..], Year: year, End: end),
            c =>
            {
                var citation = "Luật " + c.Name + (c.Year is { } y ? " năm " + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
                var found = LegalReferenceParser.FindAll("theo " + citation + c.End);

                Assert.Equal(new LegalReference(LegalDocumentType.Law, citation) { Title = c.Name, Year = c.Year }, found[0]);
            });

    [Fact]
    public void Citation_dense_text_never_throws_and_gives_ordered_citations_standing_in_the_text() =>
        PropertyCheck.ForAll(
            Gen.Elements(
                    "Luật", "Bộ luật", "Hiến pháp", "Nghị quyết", "Đại hội", "Chương trình", "sửa đổi, bổ sung một số điều của", ",", ";", ".", "và", "năm",
                    "2019", "số 22/2008/QH12", "ngày 13/11/2008", "của Quốc hội", "CBCC", "pháp luật", "Cán bộ, công chức", "giai đoạn 2021 - 2030",
                    "khóa XIII", "lần thứ", "Nghị định 61/2018/NĐ-CP", "Viên chức", "luật", "sư", "\n")
                .ListOf().Select(parts => string.Join(' ', parts)),
            text =>
            {
                var from = 0;
                foreach (var reference in LegalReferenceParser.FindAll(text))
                {
                    var at = text.IndexOf(reference.Text, from, StringComparison.Ordinal);
                    Assert.True(at >= 0, $"'{reference.Text}' is not in '{text}' after {from}");
                    from = at + reference.Text.Length;
                    if (reference.Number is null)
                    {
                        // No code without a number; a date only as written ("Luật Viên chức ngày 15/11/2010").
                        Assert.Null(reference.IssuerCode);
                        Assert.True(reference.Date is null || reference.Text.Contains("ngày", StringComparison.Ordinal), reference.Text);
                        Assert.Contains(reference.Title ?? string.Empty, reference.Text, StringComparison.Ordinal);
                    }
                }
            },
            maxTest: 1000);
}
