using Cchc.Domain;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Calendar;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;
using NodaTime;
using Cchc.Domain.Scheduling;

namespace Cchc.Tests.Shared;

/// <summary>A small plan built in code, shaped like the seed plans, shared by the test projects: valid, and the base the tests edit into broken ones.</summary>
internal static class SamplePlan
{
    public static Plan Build() => new(Header())
    {
        LegalBasis =
        [
            new LegalReference(LegalDocumentType.Plan, "Kế hoạch số 4289/KH-UBND ngày 21/12/2021 của UBND tỉnh")
            {
                Number = "4289", IssuerCode = "KH-UBND", Date = new LocalDate(2021, 12, 21), Issuer = "UBND tỉnh",
            },
        ],
        Citations =
        [
            new LegalReference(LegalDocumentType.Decree, "Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ")
            {
                Number = "61", Year = 2018, IssuerCode = "NĐ-CP", Date = new LocalDate(2018, 4, 23), Issuer = "Chính phủ",
            },
        ],
        Purposes = ["Tiếp tục đẩy mạnh cải cách hành chính."],
        Requirements = ["Quán triệt và xác định cải cách hành chính là nhiệm vụ trọng tâm."],
        Targets =
        [
            new Target("tg-par", "Chỉ số CCHC phấn đấu tăng 10 bậc so với năm 2021.", TargetMeasure.Increase)
            {
                Indicator = "Xếp hạng PAR INDEX", Comparator = Comparator.AtLeast, Value = 10, Unit = QuantityUnit.Rank, BaselineYear = 2021,
            },
        ],
        Units =
        [
            new Unit("van-phong", "Văn phòng Sở", UnitKind.Office),
            new Unit("thanh-tra", "Thanh tra Sở", UnitKind.Inspectorate),
            new Unit("ttxttm", "Trung tâm Xúc tiến thương mại", UnitKind.Centre) { ShortName = "Trung tâm XTTM" },
            new Unit("ubnd-tinh", "UBND tỉnh", UnitKind.External),
        ],
        Areas = Areas(),
        Assignments =
        [
            new Assignment("thanh-tra", AssignmentRole.Lead, AssignmentScope.Areas) { AreaIds = ["a1"], Duty = "Thanh tra Sở chủ trì nội dung 1" },
            new Assignment("van-phong", AssignmentRole.Standing, AssignmentScope.Plan) { Duty = "Văn phòng Sở làm đầu mối tổng hợp báo cáo" },
        ],
        Reporting = [new ReportingObligation(ReportingPeriodKind.Quarter1, "Báo cáo quý I, trước ngày 10/3") { DueDay = new AnnualDate(3, 10), RecipientUnitId = "ubnd-tinh" }],
        Funding = [new FundingSource(FundingKind.RegularBudget, "Ngân sách thường xuyên được giao trong năm")],
    };

    private static PlanHeader Header() => new(PlanKind.AnnualReform, "Kế hoạch Cải cách hành chính năm 2022", "Sở Công Thương tỉnh Điện Biên", 2022)
    {
        ParentAuthority = "UBND tỉnh Điện Biên",
        DocumentNumber = new DocumentNumber(null, "KH-SCT"),
        IssueDate = new PartialDate(2022, 2),
        Place = "Điện Biên",
        Signer = new Signer("Đoàn Tân Đạt", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC"),
        Recipients = [new Recipient("UBND tỉnh", "thay b/c", "ubnd-tinh"), new Recipient("Lưu: VT, VP")],
    };

    private static ValueList<ReformArea> Areas() =>
        [
            new ReformArea("a1", "1", "Cải cách thể chế", ReformAreaKind.Institutions)
            {
                Tasks = [new PlanTask("t1", "Rà soát, hệ thống hóa văn bản QPPL") { Number = "1.1", Deadline = Parse("Quý I", 2022) }],
            },
            new ReformArea("a2", "2", "Cải cách thủ tục hành chính", ReformAreaKind.AdministrativeProcedures)
            {
                Targets =
                [
                    new Target("tg1", "Tối thiểu 80% TTHC có đủ điều kiện, được cung cấp trực tuyến mức độ 3 và 4.", TargetMeasure.Level)
                    {
                        Comparator = Comparator.AtLeast, Value = 80, Unit = QuantityUnit.Percent,
                    },
                    new Target("tg2", "Trong số đó, ít nhất 80% TTHC được tích hợp trên cổng dịch vụ công quốc gia.", TargetMeasure.Level)
                    {
                        Comparator = Comparator.AtLeast, Value = 80, Unit = QuantityUnit.Percent, ParentId = "tg1",
                    },
                ],
                Tasks =
                [
                    new PlanTask("t2", "Công khai TTHC")
                    {
                        Number = "2.1",
                        Deliverables = [new Deliverable("Kế hoạch rà soát TTHC") { Label = "a", LeadUnitIds = ["thanh-tra"] }],
                        SupportUnitIds = ["van-phong", "ttxttm"],
                        Deadline = Parse("Trước ngày 05/12/2022", 2022),
                        TargetIds = ["tg1"],
                    },
                ],
            },
            new ReformArea("a6", "6", "Xây dựng và phát triển Chính quyền số", ReformAreaKind.DigitalGovernment)
            {
                Tasks = [new PlanTask("t3", "Cập nhật thông tin lên Cổng thông tin điện tử của Sở") { Number = "6.1", Deadline = Parse("Sớm nhất có thể", 2022) }],
            },
        ];

    private static Deadline Parse(string text, int year) =>
        Deadline.TryParse(text, year, out var deadline) ? deadline : new UnrecognizedDeadline(text);
}
