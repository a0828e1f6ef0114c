using System.Globalization;
using Cchc.Domain;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using Cchc.Domain.Targets;

namespace Cchc.Benchmarks.Plans;

/// <summary>A generated plan shaped like seed 003's appendix, scaled to a given number of tasks.</summary>
internal static class LargePlan
{
    private static readonly string[] Phrases = ["Quý I", "Trước 30/11", "Tháng 12/2022", "Năm 2022", "Trước ngày 05/12/2022", "Cả năm"];

    public static Plan Create(int taskCount)
    {
        var units = Enumerable.Range(0, 20).Select(i => new Unit($"u{i}", $"Phòng chuyên môn số {i} thuộc Sở Công Thương", UnitKind.Division)).ToValueList();
        var kinds = Enum.GetValues<ReformAreaKind>();
        var areas = kinds.Select((kind, a) => new ReformArea($"a{a}", (a + 1).ToString(CultureInfo.InvariantCulture), $"Nội dung cải cách số {a + 1}", kind)
        {
            Targets = Enumerable.Range(0, 10).Select(i => new Target($"g{a}-{i}", $"Tối thiểu {80 + i}% thủ tục hành chính được cung cấp trực tuyến toàn trình", TargetMeasure.Level)
            {
                Comparator = Comparator.AtLeast,
                Value = 80 + i,
                Unit = QuantityUnit.Percent,
                BaselineYear = 2021,
            }).ToValueList(),
            Tasks = Enumerable.Range(0, taskCount / kinds.Length).Select(i => Task(a, i)).ToValueList(),
        }).ToValueList();
        return new Plan(new PlanHeader(PlanKind.AnnualReform, "Kế hoạch cải cách hành chính năm 2022", "Sở Công Thương", 2022))
        {
            Units = units,
            Areas = areas,
            Assignments = [.. areas.Select((area, i) => new Assignment($"u{i}", AssignmentRole.Lead, AssignmentScope.Areas) { AreaIds = [area.Id] })],
        };
    }

    private static PlanTask Task(int area, int i) => new($"t{area}-{i}", $"Thực hiện rà soát, đánh giá và công khai thủ tục hành chính thuộc thẩm quyền giải quyết, đợt {i}")
    {
        Number = (i + 1).ToString(CultureInfo.InvariantCulture),
        Deliverables = [new Deliverable($"Báo cáo kết quả thực hiện nhiệm vụ số {i} gửi Sở Nội vụ") { Label = "a" }],
        LeadUnitIds = [$"u{i % 20}"],
        SupportUnitIds = [$"u{(i + 1) % 20}", $"u{(i + 2) % 20}"],
        Deadline = Deadline.TryParse(Phrases[i % Phrases.Length], 2022, out var d) ? d : null,
        Result = "Đang thực hiện",
    };
}
