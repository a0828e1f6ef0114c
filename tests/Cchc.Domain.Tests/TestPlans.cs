using Cchc.Domain.Deadlines;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;
using NodaTime;

namespace Cchc.Domain.Tests;

/// <summary>Small plans built in code, shaped like the seeds.</summary>
internal static class TestPlans
{
    public static Plan Small() => new(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch Cải cách hành chính năm 2022", "Sở Công Thương tỉnh Điện Biên", 2022)
    {
        DocumentNumber = new DocumentNumber(null, "KH-SCT"),
        IssueDate = new PartialDate(2022, 2),
        Place = "Điện Biên",
        Signer = new Signer("Đoàn Tân Đạt", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC"),
        Recipients = [new Recipient("UBND tỉnh", "thay b/c", "ubnd-tinh")],
    })
    {
        LegalBasis = [new LegalReference(LegalDocumentType.Plan, "Kế hoạch số 4289/KH-UBND ngày 21/12/2021 của UBND tỉnh")
        {
            Number = "4289", IssuerCode = "KH-UBND", Date = new LocalDate(2021, 12, 21), Issuer = "UBND tỉnh",
        }],
        Citations = [new LegalReference(LegalDocumentType.Decree, "Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ")
        {
            Number = "61", Year = 2018, IssuerCode = "NĐ-CP", Date = new LocalDate(2018, 4, 23), Issuer = "Chính phủ",
        }],
        Purposes = ["Tiếp tục đẩy mạnh cải cách hành chính."],
        Units =
        [
            new Unit("van-phong", "Văn phòng Sở", UnitKind.Office),
            new Unit("thanh-tra", "Thanh tra Sở", UnitKind.Inspectorate),
            new Unit("ubnd-tinh", "UBND tỉnh", UnitKind.External),
        ],
        Areas =
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
                    new Target("tg2", "Trong số đó, ít nhất 80% TTHC được tích hợp.", TargetMeasure.Level)
                    {
                        Comparator = Comparator.AtLeast, Value = 80, Unit = QuantityUnit.Percent, ParentId = "tg1",
                    },
                ],
                Tasks =
                [
                    new PlanTask("t2", "Công khai TTHC")
                    {
                        Number = "2.1",
                        Deliverables = [new Deliverable("Kế hoạch") { Label = "a", LeadUnitIds = ["thanh-tra"] }],
                        SupportUnitIds = ["van-phong"],
                        Deadline = Parse("Trước ngày 05/12/2022", 2022),
                    },
                ],
            },
        ],
        Assignments =
        [
            new Assignment("thanh-tra", AssignmentRole.Lead, AssignmentScope.Areas) { AreaIds = ["a1"], Duty = "Thanh tra Sở chủ trì nội dung 1" },
            new Assignment("van-phong", AssignmentRole.Standing, AssignmentScope.Plan) { Duty = "Văn phòng Sở làm đầu mối" },
        ],
        Reporting = [new ReportingObligation(ReportingPeriodKind.Quarter1, "Báo cáo quý I, trước ngày 10/3") { DueDay = new AnnualDate(3, 10), RecipientUnitId = "ubnd-tinh" }],
        Funding = [new FundingSource(FundingKind.RegularBudget, "Ngân sách thường xuyên")],
    };

    private static Deadline Parse(string text, int year) =>
        Deadline.TryParse(text, year, out var deadline) ? deadline : throw new ArgumentException(text, nameof(text));
}
