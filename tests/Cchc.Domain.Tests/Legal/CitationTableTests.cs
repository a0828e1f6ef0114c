using System.Globalization;
using Cchc.Domain.Legal;
using NodaTime;

namespace Cchc.Domain.Tests.Legal;

/// <summary>
/// Citations written the way officials write them, none copied from the samples: the typography of real documents, the
/// document types beyond the samples', issuers with a comma, the year after the number, laws with their adoption date.
/// </summary>
public sealed class CitationTableTests
{
    // text | type | number | year | code | date | issuer | title ("" for none). Each row's text holds one citation, the first.
    private const string Table =
        """
        Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; | decree | 30 | 2020 | NĐ-CP | 2020-03-05 | Chính phủ | về công tác văn thư
        Thực hiện Kế hoạch số12/KH-UBND ngày 10/01/2024 của UBND tỉnh | plan | 12 | | KH-UBND | 2024-01-10 | UBND tỉnh |
        Quyết định số 45/QĐ-UBNDngày 3/1/2024 của Ủy ban nhân dân huyện | decision | 45 | | QĐ-UBND | 2024-01-03 | Ủy ban nhân dân huyện |
        Chỉ thị số 07- CT/TU ngày 15/6/2021 của Ban Thường vụ Tỉnh ủy | directive | 07 | | CT/TU | 2021-06-15 | Ban Thường vụ Tỉnh ủy |
        Công văn số 1520/SNV- CCHC ngày 20/8/2023 của Sở Nội vụ | officialLetter | 1520 | | SNV-CCHC | 2023-08-20 | Sở Nội vụ |
        Kế hoạch số 12 /KH-UBND ngày 5/2/2024 | plan | 12 | | KH-UBND | 2024-02-05 | |
        Quyết định số 1291/QĐ‐UBND ngày 12/7/2022 | decision | 1291 | | QĐ-UBND | 2022-07-12 | |
        Quyết định số 1291/QĐ‑UBND ngày 12/7/2022 | decision | 1291 | | QĐ-UBND | 2022-07-12 | |
        Quyết định số 1291/QĐ–UBND ngày 12/7/2022 | decision | 1291 | | QĐ-UBND | 2022-07-12 | |
        Nghị quyết số 18—NQ/TW ngày 25/10/2017 | resolution | 18 | | NQ/TW | 2017-10-25 | |
        Quyết định số 25/QĐ-UBND ngày 03/01/2024 | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Quyết định số 25/QĐ-UBND ngày 3-1-2024 | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Quyết định số 25/QĐ-UBND ngày 03.01.2024 | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Quyết định số 25/QĐ-UBND ngày 03 tháng 01 năm 2024 | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Quyết định số 25/QĐ-UBND ngày  03  tháng  01  năm  2024 | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Quyết định số 25/QĐ-UBND ngày 03 tháng 01 năm 2024 | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Quyết định số 25/QĐ-UBND ngày 3 tháng 1 năm 2024 | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Quyết định số 25/QĐ-UBND, ngày 03/01/2024 | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Quyết định số ٢٥/QĐ-UBND ngày ٣/١/٢٠٢٤ | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Quyết định số 25/QĐ-UBND ngày ３/１/２０２４ | decision | 25 | | QĐ-UBND | 2024-01-03 | |
        Chỉ thị số 05-CT/TU ngày 12/4/2021 của Ban Thường vụ Tỉnh ủy về tăng cường | directive | 05 | | CT/TU | 2021-04-12 | Ban Thường vụ Tỉnh ủy | về tăng cường
        Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Hội nghị Trung ương 6 khóa XIII | resolution | 27 | | NQ/TW | 2022-11-09 | Hội nghị Trung ương 6 khóa XIII |
        Hướng dẫn số 12-HD/BTGTW ngày 20/5/2023 của Ban Tuyên giáo Trung ương | guidance | 12 | | HD/BTGTW | 2023-05-20 | Ban Tuyên giáo Trung ương |
        Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích | conclusion | 14 | | KL/TW | 2021-09-22 | Bộ Chính trị | về chủ trương khuyến khích
        Công điện số 08/CĐ-TTg ngày 02/3/2024 của Thủ tướng Chính phủ | telegram | 08 | | CĐ-TTg | 2024-03-02 | Thủ tướng Chính phủ |
        Tờ trình số 115/TTr-SNV ngày 14/6/2023 của Sở Nội vụ | submission | 115 | | TTr-SNV | 2023-06-14 | Sở Nội vụ |
        Thông báo số 356/TB-VPCP ngày 18/8/2023 của Văn phòng Chính phủ | notice | 356 | | TB-VPCP | 2023-08-18 | Văn phòng Chính phủ |
        Hướng dẫn số 03/HD-SNV ngày 10/02/2024 của Sở Nội vụ | guidance | 03 | | HD-SNV | 2024-02-10 | Sở Nội vụ |
        Báo cáo số 245/BC-UBND ngày 15/12/2023 của UBND tỉnh | report | 245 | | BC-UBND | 2023-12-15 | UBND tỉnh |
        Công văn số 2150/UBND-NC ngày 09/10/2023 của UBND tỉnh về việc đôn đốc | officialLetter | 2150 | | UBND-NC | 2023-10-09 | UBND tỉnh | về việc đôn đốc
        Văn bản số 4382/BNV-CCHC ngày 28/7/2023 của Bộ Nội vụ | officialLetter | 4382 | | BNV-CCHC | 2023-07-28 | Bộ Nội vụ |
        theo số 123/SNV-CCHC ngày 02/02/2024 của Sở Nội vụ | officialLetter | 123 | | SNV-CCHC | 2024-02-02 | Sở Nội vụ |
        Công văn số 25-CV/TU ngày 04/4/2023 của Tỉnh ủy | officialLetter | 25 | | CV/TU | 2023-04-04 | Tỉnh ủy |
        Kết luận số 08-KL/TU ngày 17/7/2023 của Ban Thường vụ Tỉnh ủy | conclusion | 08 | | KL/TU | 2023-07-17 | Ban Thường vụ Tỉnh ủy |
        Đề án số 06/ĐA-UBND ngày 30/3/2022 của UBND tỉnh | scheme | 06 | | ĐA-UBND | 2022-03-30 | UBND tỉnh |
        Chương trình số 15/CTr-UBND ngày 11/02/2022 của UBND tỉnh | programme | 15 | | CTr-UBND | 2022-02-11 | UBND tỉnh |
        Chương trình hành động số 36-CTr/TU ngày 06/01/2022 của Tỉnh ủy | programme | 36 | | CTr/TU | 2022-01-06 | Tỉnh ủy |
        Quy chế số 02-QC/TU ngày 20/10/2020 của Tỉnh ủy | rules | 02 | | QC/TU | 2020-10-20 | Tỉnh ủy |
        Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương | regulation | 08 | | QĐi/TW | 2018-10-25 | Ban Chấp hành Trung ương |
        Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14/9/2015 của Bộ Nội vụ và Bộ Tài chính | jointCircular | 01 | 2015 | TTLT-BNV-BTC | 2015-09-14 | Bộ Nội vụ và Bộ Tài chính |
        Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ quy định một số nội dung | circular | 01 | 2023 | TT-VPCP | 2023-04-05 | Văn phòng Chính phủ | quy định một số nội dung
        Nghị định 30/NĐ-CP năm 2020 | decree | 30 | 2020 | NĐ-CP | | |
        Quyết định 1847/QĐ-TTg năm 2018 | decision | 1847 | 2018 | QĐ-TTg | | |
        Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án Văn hóa công vụ | decision | 1847 | | QĐ-TTg | 2018-12-27 | Thủ tướng Chính phủ | phê duyệt Đề án Văn hóa công vụ
        Thông tư số 02/2017/TT-UBDT ngày 22/5/2017 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc hướng dẫn thực hiện | circular | 02 | 2017 | TT-UBDT | 2017-05-22 | Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc | hướng dẫn thực hiện
        Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành | circular | 01 | 2018 | TT-VPCP | 2018-11-23 | Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ | hướng dẫn thi hành
        Quyết định số 150/QĐ-BVHTTDL ngày 20/01/2023 của Bộ Văn hóa, Thể thao và Du lịch về việc công bố | decision | 150 | | QĐ-BVHTTDL | 2023-01-20 | Bộ Văn hóa, Thể thao và Du lịch | về việc công bố
        Quyết định số 77/QĐ-UBND ngày 12/01/2024 của Chủ tịch UBND tỉnh ban hành Kế hoạch kiểm tra | decision | 77 | | QĐ-UBND | 2024-01-12 | Chủ tịch UBND tỉnh | ban hành Kế hoạch kiểm tra
        Quyết định số 77/QĐ-UBND ngày 12/01/2024 của UBND tỉnh quy định chức năng, nhiệm vụ | decision | 77 | | QĐ-UBND | 2024-01-12 | UBND tỉnh | quy định chức năng, nhiệm vụ
        Quyết định số 77/QĐ-UBND ngày 12/01/2024 của UBND tỉnh v/v kiện toàn Tổ công tác | decision | 77 | | QĐ-UBND | 2024-01-12 | UBND tỉnh | v/v kiện toàn Tổ công tác
        Quyết định số 77/QĐ-UBND của UBND tỉnh ngày 12/01/2024 | decision | 77 | | QĐ-UBND | 2024-01-12 | UBND tỉnh |
        Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; | decree | 63 | 2010 | NĐ-CP | 2010-06-08 | Chính phủ | về kiểm soát thủ tục hành chính
        Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP | decree | 107 | 2021 | NĐ-CP | 2021-12-06 | | sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP
        Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ. | circular | 01 | 2018 | TT-VPCP | 2018-11-23 | Văn phòng Chính phủ |
        Quyết định số 1015/QĐ-BNV ngày 30/12/2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án | decision | 1015 | | QĐ-BNV | 2022-12-30 | Bộ trưởng Bộ Nội vụ | phê duyệt Đề án
        Quyết định số 876/QĐ-BNV ngày 10/11/2023 của Bộ Nội vụ (sau đây gọi là Quyết định 876) | decision | 876 | | QĐ-BNV | 2023-11-10 | Bộ Nội vụ |
        Nghị quyết số 04/2021/NQ-HĐND ngày 14/7/2021 của Hội đồng nhân dân tỉnh | resolution | 04 | 2021 | NQ-HĐND | 2021-07-14 | Hội đồng nhân dân tỉnh |
        Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể | resolution | 76 | | NQ-CP | 2021-07-15 | Chính phủ | ban hành Chương trình tổng thể
        NGHỊ ĐỊNH SỐ 45/2020/NĐ-CP NGÀY 08/4/2020 | decree | 45 | 2020 | NĐ-CP | 2020-04-08 | |
        nghị định số 45/2020/NĐ-CP ngày 8/4/2020 | decree | 45 | 2020 | NĐ-CP | 2020-04-08 | |
        Quyết định số: 118/QĐ-UBND ngày 20/01/2023 | decision | 118 | | QĐ-UBND | 2023-01-20 | |
        Quyết định 468/QĐ-TTg | decision | 468 | | QĐ-TTg | | |
        Kế hoạch số 89/KH-SNV ngày 14/01/2024 của Sở Nội vụ thực hiện | plan | 89 | | KH-SNV | 2024-01-14 | Sở Nội vụ |
        Kế hoạch số 89/KH-SNV ngày 14/01/2024 của Sở Nội vụ triển khai | plan | 89 | | KH-SNV | 2024-01-14 | Sở Nội vụ |
        Kế hoạch số 89/KH-SNV ngày 14/01/2024 của Sở Giao thông vận tải | plan | 89 | | KH-SNV | 2024-01-14 | Sở Giao thông vận tải |
        Quyết định số 2005/QĐ-UBND ngày 26/9/2023 của UBND thành phố Hồ Chí Minh | decision | 2005 | | QĐ-UBND | 2023-09-26 | UBND thành phố Hồ Chí Minh |
        Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội | law | 80 | 2015 | QH13 | 2015-06-22 | Quốc hội |
        Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; | law | | 2015 | | 2015-06-19 | | Tổ chức chính quyền địa phương
        Bộ luật Lao động ngày 20 tháng 11 năm 2019; | code | | 2019 | | 2019-11-20 | | Lao động
        Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; | law | | 2008 | | 2008-11-13 | | Cán bộ, công chức
        Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; | law | | 2015 | | 2015-06-22 | | Ban hành văn bản quy phạm pháp luật
        Luật Viên chức ngày 15/11/2010 của Quốc hội | law | | 2010 | | 2010-11-15 | Quốc hội | Viên chức
        Luật Tổ chức Chính phủ số 76/2015/QH13 | law | 76 | 2015 | QH13 | | | Tổ chức Chính phủ
        Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định về chế độ báo cáo | decree | 09 | 2019 | NĐ-CP | 2019-01-24 | Chính phủ | quy định về chế độ báo cáo
        Thông tư số 24/2023/TT-BTC ngày 25/4/2023 của Bộ Tài chính | circular | 24 | 2023 | TT-BTC | 2023-04-25 | Bộ Tài chính |
        Quyết định số 26/2022/QĐ-UBND ngày 01/8/2022 của UBND tỉnh Quảng Ninh | decision | 26 | 2022 | QĐ-UBND | 2022-08-01 | UBND tỉnh Quảng Ninh |
        Chỉ thị số 23/CT-TTg ngày 26/5/2023 của Thủ tướng Chính phủ về tăng cường | directive | 23 | | CT-TTg | 2023-05-26 | Thủ tướng Chính phủ | về tăng cường
        Hướng dẫn số 2345/HD-SNV ngày 30 tháng 12 năm 2023 của Sở Nội vụ | guidance | 2345 | | HD-SNV | 2023-12-30 | Sở Nội vụ |
        Công văn số 678/SNV-CCHC&VTLT ngày 11/3/2024 | officialLetter | 678 | | SNV-CCHC&VTLT | 2024-03-11 | |
        Kế hoạch số 102/KH-UBND ngày 29 tháng 02 năm 2024 | plan | 102 | | KH-UBND | 2024-02-29 | |
        Quyết định số 56/QĐ-UBND ngày 30/02/2024 | decision | 56 | | QĐ-UBND | | |
        Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu | resolution | 02 | | NQ-CP | 2024-01-05 | Chính phủ | về những nhiệm vụ, giải pháp chủ yếu
        Căn cứ Thông báo kết luận số 12-TB/TU ngày 8/3/2024 của Thường trực Tỉnh ủy | notice | 12 | | TB/TU | 2024-03-08 | Thường trực Tỉnh ủy |
        Báo cáo số 36-BC/TU ngày 02/12/2023 của Tỉnh ủy | report | 36 | | BC/TU | 2023-12-02 | Tỉnh ủy |
        Tờ trình số 45/TTr-UBND ngày 10/11/2023 của UBND tỉnh về việc đề nghị thông qua | submission | 45 | | TTr-UBND | 2023-11-10 | UBND tỉnh | về việc đề nghị thông qua
        Quyết định số 3000/QĐ-UBND ngày 31/12/2023 của UBND tỉnh, Kế hoạch số 5/KH-UBND | decision | 3000 | | QĐ-UBND | 2023-12-31 | UBND tỉnh |
        Quyết định số 1/QĐ-UBND ngày 2/1/2024 của UBND xã Tân Phú | decision | 1 | | QĐ-UBND | 2024-01-02 | UBND xã Tân Phú |
        Quyết định số 15/2023/QĐ-TTg ngày 26/5/2023 của Thủ tướng Chính phủ về tổ chức và hoạt động | decision | 15 | 2023 | QĐ-TTg | 2023-05-26 | Thủ tướng Chính phủ | về tổ chức và hoạt động
        Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn | decree | 24 | 2014 | NĐ-CP | 2014-04-04 | Chính phủ | quy định tổ chức các cơ quan chuyên môn
        Kế hoạch số 300/KH-UBND ngày 28/12/2023 của UBND tỉnh thực hiện Nghị quyết số 76/NQ-CP | plan | 300 | | KH-UBND | 2023-12-28 | UBND tỉnh |
        theo QĐ số 1542/QĐ-UBND ngày 14/8/2023 của UBND tỉnh | decision | 1542 | | QĐ-UBND | 2023-08-14 | UBND tỉnh |
        thực hiện KH 56/KH-SNV ngày 2/3/2024 | plan | 56 | | KH-SNV | 2024-03-02 | |
        Thông tư số 01/2011/TT-BNV do Bộ Nội vụ ban hành ngày 19/01/2011 | circular | 01 | 2011 | TT-BNV | 2011-01-19 | Bộ Nội vụ |
        Nghị quyết 99/NQ-CP năm 2020 về đẩy mạnh phân cấp do Chính phủ ban hành | resolution | 99 | 2020 | NQ-CP | | Chính phủ | về đẩy mạnh phân cấp
        Pháp lệnh số 02/2022/UBTVQH15 ngày 22/12/2022 của Ủy ban Thường vụ Quốc hội | other | 02 | 2022 | UBTVQH15 | 2022-12-22 | Ủy ban Thường vụ Quốc hội |
        """;

    public static TheoryData<string> Rows()
    {
        var data = new TheoryData<string>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            data.Add(line);
        }

        return data;
    }

    [Fact]
    public void The_table_has_at_least_80_citations() => Assert.True(Rows().Count >= 80, $"{Rows().Count} rows");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reads_the_citation(string row)
    {
        var cells = row.Split('|').Select(c => c.Trim()).ToArray();
        var expected = new LegalReference(Enum.Parse<LegalDocumentType>(cells[1], ignoreCase: true), string.Empty)
        {
            Number = Cell(cells[2]),
            Year = Cell(cells[3]) is { } year ? int.Parse(year, CultureInfo.InvariantCulture) : null,
            IssuerCode = Cell(cells[4]),
            Date = Cell(cells[5]) is { } date ? NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value : null,
            Issuer = Cell(cells[6]),
            Title = Cell(cells[7]),
        };

        Assert.True(LegalReferenceParser.TryParse(cells[0], out var found), $"nothing read in '{cells[0]}'");
        Assert.Equal(expected, found with { Text = string.Empty });
    }

    private static string? Cell(string cell) => cell.Length == 0 ? null : cell;
}
