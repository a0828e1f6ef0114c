using Cchc.Domain;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scheduling;

namespace Cchc.Cli.Tests.Support;

/// <summary>
/// A valid plan that uses every structured deadline kind (as <c>due</c>, with no phrase, so the writer
/// emits the structure) and every reporting period: the schema must accept all that the writer writes.
/// </summary>
internal static class EveryKindPlan
{
    public static readonly string[] Phrases =
    [
        "Ngày 05/12/2021",
        "Trước ngày 05/12/2021",
        "Chậm nhất ngày 15/12/2021",
        "Tháng 12/2021",
        "Quý III",
        "6 tháng đầu năm",
        "9 tháng",
        "Năm 2021",
        "Chậm nhất sau 05 ngày làm việc kể từ ngày nhận được Công văn của Văn phòng UBND tỉnh",
        "Sau 10 ngày kể từ ngày nhận được Quyết định",
        "Thường xuyên",
        "Theo chỉ đạo của UBND tỉnh; Bộ CT",
        "Theo thời hạn của Kế hoạch rà soát của UBND tỉnh",
        "Báo cáo quý I, trước ngày 10/3; 6 tháng đầu năm, trước ngày 10/6; quý III, trước ngày 10/9; báo cáo năm, trước ngày 5/12).",
        "- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)",
    ];

    public static IReadOnlyList<Deadline> Deadlines { get; } =
    [
        .. Phrases.Select(p => Deadline.TryParse(p, 2021, out var d) ? d with { Text = null } : throw new InvalidOperationException("Not understood: " + p)),
        new LabelledPartsDeadline([new LabelledPart("Kế hoạch", new QuarterDeadline(2021, 1)), new LabelledPart("Báo cáo", new UnrecognizedDeadline("khi có yêu cầu"))]),
    ];

    public static string Json()
    {
        var sample = SamplePlan.Build();
        var area = sample.Areas[0];
        var tasks = Deadlines.Select((d, i) => new PlanTask($"every-{i}", "Nhiệm vụ " + i) { LeadUnitIds = area.Tasks[0].LeadUnitIds, Deadline = d });
        var plan = sample with
        {
            Header = sample.Header with { Year = 2021 },
            Areas = [area with { Tasks = [.. area.Tasks, .. tasks] }, .. sample.Areas.Skip(1)],
            Reporting = [.. Enum.GetValues<ReportingPeriodKind>().Select(k => new ReportingObligation(k, "Báo cáo " + k))],
        };
        return PlanJson.Write(plan);
    }
}
