using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;

namespace Cchc.Consumer;

/// <summary>A small plan built in code, as an application would build one from its own data.</summary>
internal static class SamplePlan
{
    public const int Year = 2025;

    public static Plan Build() =>
        new(new PlanHeader(PlanKind.AnnualReform, $"Kế hoạch Cải cách hành chính năm {Year}", "Sở Nội vụ", Year))
        {
            Purposes = ["Nâng cao chất lượng giải quyết thủ tục hành chính."],
            Units =
            [
                new Unit("van-phong", "Văn phòng Sở", UnitKind.Office),
                new Unit("thanh-tra", "Thanh tra Sở", UnitKind.Inspectorate),
            ],
            Areas =
            [
                new ReformArea("a1", "1", "Cải cách thủ tục hành chính", ReformAreaKind.AdministrativeProcedures)
                {
                    Tasks =
                    [
                        Task("t1", "1.1", "Rà soát, đơn giản hóa thủ tục hành chính", "Quý I", "van-phong"),
                        Task("t2", "1.2", "Công khai thủ tục hành chính trên Cổng dịch vụ công", "Trước ngày 31/5/2025", "van-phong"),
                    ],
                },
                new ReformArea("a2", "2", "Xây dựng chính quyền số", ReformAreaKind.DigitalGovernment)
                {
                    Tasks =
                    [
                        Task("t3", "2.1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Tháng 9/2025", "thanh-tra"),
                        Task("t4", "2.2", "Báo cáo kết quả thực hiện kế hoạch", "Năm 2025", "van-phong"),
                    ],
                },
            ],
        };

    private static PlanTask Task(string id, string number, string title, string deadlinePhrase, string lead)
    {
        Check.That(Deadline.TryParse(deadlinePhrase, Year, out var deadline), $"the phrase '{deadlinePhrase}' is understood");
        return new PlanTask(id, title) { Number = number, LeadUnitIds = [lead], Deadline = deadline };
    }
}
