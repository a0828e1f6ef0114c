using System.Globalization;
using System.Text;
using System.Text.Json;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;
using Cchc.Domain.Scheduling;

namespace Cchc.Domain.Tests.Validation;

/// <summary>The JSON Pointers of findings deep in a plan, and the order of the findings, pinned.</summary>
public sealed class PlanValidatorPointerTests
{
    private static readonly Plan Valid = SamplePlan.Build();

    private static string Nfd(string text) => text.Normalize(NormalizationForm.FormD);

    /// <summary>The sample plan broken in deliverables, assignments, targets of areas, recipients, reporting, unit members and deadline parts at any depth.</summary>
    private static Plan BrokenDeep()
    {
        var a1 = Valid.Areas[0];
        var a2 = Valid.Areas[1];
        var quarterly = new RecurringReportDeadline(
        [
            new RecurringReportPart(ReportingPeriodKind.Quarter1, 2022, new QuarterDeadline(2022, 1)),
            new RecurringReportPart(ReportingPeriodKind.Month, 2022, new QuarterDeadline(2022, 5)) { Month = 13 },
        ]);
        var labelled = new LabelledPartsDeadline(
        [
            new LabelledPart("Kế hoạch", new QuarterDeadline(2022, 1)),
            new LabelledPart("Báo cáo", new RecurringReportDeadline([new RecurringReportPart(ReportingPeriodKind.Year, 2022, new UnrecognizedDeadline("khi có yêu cầu"))])),
        ]);
        return Valid with
        {
            Header = Valid.Header with { Recipients = [.. Valid.Header.Recipients, new Recipient("Sở Nội vụ", null, "so-noi-vu")] },
            Targets = [.. Valid.Targets, Valid.Targets[0] with { Text = "Trùng mã" }],
            Units = [Valid.Units[0], Valid.Units[1], Valid.Units[2] with { MemberIds = ["van-phong", "khong-co"] }, Valid.Units[3]],
            Areas =
            [
                a1 with { Tasks = [a1.Tasks[0] with { Deadline = labelled }] },
                a2 with
                {
                    Targets =
                    [
                        a2.Targets[0] with { BaselineYear = 2023, TaskId = "t9" },
                        a2.Targets[1] with { ParentId = "tg9", Text = Nfd("Tích hợp trên cổng dịch vụ công") },
                        a2.Targets[0] with { Id = "tg3", ParentId = "tg4" },
                        a2.Targets[0] with { Id = "tg4", ParentId = "tg3" },
                    ],
                    Tasks =
                    [
                        a2.Tasks[0] with
                        {
                            Deliverables =
                            [
                                .. a2.Tasks[0].Deliverables,
                                new Deliverable(Nfd("Báo cáo kết quả")) { LeadUnitIds = ["thanh-tra", "khong-co"] },
                                new Deliverable(" "),
                            ],
                            TargetIds = ["tg1", "tg9"],
                            Deadline = quarterly,
                        },
                    ],
                },
                Valid.Areas[2],
            ],
            Assignments =
            [
                .. Valid.Assignments,
                new Assignment("khong-co", AssignmentRole.Lead, AssignmentScope.Areas) { AreaIds = ["a1", "a9"], Duty = Nfd("Phối hợp") },
                new Assignment("thanh-tra", AssignmentRole.Support, AssignmentScope.Tasks) { TaskIds = ["t2", "t9"] },
            ],
            Reporting = [Valid.Reporting[0] with { UnitId = "khong-co" }],
        };
    }

    [Fact]
    public void Findings_in_deep_places_carry_exact_pointers_in_a_stable_order() =>
        Assert.Equal(
            [
                "CCHC2009 at /areas/1/tasks/0/deliverables/2/title",
                "CCHC2001 at /targets/1/id",
                "CCHC2002 at /units/2/memberIds/1",
                "CCHC2002 at /header/recipients/2/unitId",
                "CCHC2002 at /areas/1/tasks/0/deliverables/1/leadUnitIds/1",
                "CCHC2002 at /reporting/0/unitId",
                "CCHC2002 at /assignments/2/unitId",
                "CCHC2003 at /assignments/2/areaIds/1",
                "CCHC2005 at /assignments/3/taskIds/1",
                "CCHC2005 at /areas/1/targets/0/taskId",
                "CCHC2004 at /areas/1/targets/1/parentId",
                "CCHC2004 at /areas/1/tasks/0/targetIds/1",
                "CCHC2007 at /areas/1/targets/2/parentId",
                "CCHC2007 at /areas/1/targets/3/parentId",
                "CCHC2008 at /areas/2/tasks/0",
                "CCHC2012 at /areas/1/targets/0/baselineYear",
                "CCHC2018 at /areas/0/tasks/0/due/parts/1/due/parts/0/due",
                "CCHC2023 at /areas/1/tasks/0/due/parts/1/period",
                "CCHC2023 at /areas/1/tasks/0/due/parts/1/due/quarter",
                "CCHC2018 at /areas/2/tasks/0/deadline",
                "CCHC2015 at /areas/1/targets/1/text",
                "CCHC2015 at /areas/1/tasks/0/deliverables/1/title",
                "CCHC2015 at /assignments/2/duty",
            ],
            PlanValidator.Shared.Diagnose(BrokenDeep()).Select(d => $"{d.Code} at {d.Path}"));

    [Property(MaxTest = 300)]
    public Property Every_finding_points_at_the_value_it_is_about_and_every_unknown_id_is_found() =>
        Prop.ForAll(BrokenPlans.ToArbitrary(), plan =>
        {
            using var json = JsonDocument.Parse(PlanJson.Write(plan));
            var reported = new List<string>();
            foreach (var diagnostic in PlanValidator.Shared.Diagnose(plan))
            {
                var value = Resolve(json.RootElement, diagnostic.Path);
                switch (diagnostic.Code)
                {
                    case "CCHC2002" or "CCHC2003" or "CCHC2004" or "CCHC2005":
                        Assert.StartsWith($"'{value.GetString()}'", diagnostic.MessageEn, StringComparison.Ordinal);
                        reported.Add(value.GetString()!);
                        break;
                    case "CCHC2015":
                        Assert.Equal(value.GetString()!.Normalize(NormalizationForm.FormC), diagnostic.Suggestion);
                        break;
                    case "CCHC2009":
                        Assert.True(string.IsNullOrWhiteSpace(value.GetString()), diagnostic.Path);
                        break;
                }
            }

            Assert.Equal(UnknownIds(plan).Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));
        });

    /// <summary>Generated plans with unknown ids ("?…") at random places in deliverables, targets of areas and an assignment, and decomposed or blank deliverable titles.</summary>
    private static Gen<Plan> BrokenPlans { get; } =
        from plan in PlanGenerators.Plan
        from areas in Gen.CollectToArray(plan.Areas.Select((area, a) => BreakArea(area, a)))
        from areaIds in Gen.SubListOf([.. plan.Areas.Select(a => a.Id), "?a1", "?a2"])
        from taskIds in Gen.SubListOf([.. plan.AllTasks.Select(x => x.Task.Id), "?t1", "?t2"])
        select plan with
        {
            Areas = [.. areas],
            Assignments = [new Assignment("u0", AssignmentRole.Lead, AssignmentScope.Tasks) { AreaIds = [.. areaIds], TaskIds = [.. taskIds] }],
        };

    private static Gen<ReformArea> BreakArea(ReformArea area, int a) =>
        from targets in Gen.CollectToArray(area.Targets.Select((target, i) =>
            from unknownParent in Gen.Elements(true, false)
            from unknownTask in Gen.Elements(true, false)
            select target with { ParentId = unknownParent ? $"?g{a}-{i}" : null, TaskId = unknownTask ? $"?t{a}-{i}" : null }))
        from tasks in Gen.CollectToArray(area.Tasks.Select((task, t) =>
            from deliverables in Gen.CollectToArray(task.Deliverables.Append(new Deliverable("Báo cáo kết quả")).Select((d, i) => BreakDeliverable(d, $"{a}-{t}-{i}")))
            select task with { Deliverables = [.. deliverables] }))
        select area with { Targets = [.. targets], Tasks = [.. tasks] };

    private static Gen<Deliverable> BreakDeliverable(Deliverable deliverable, string at) =>
        from valid in Gen.Choose(0, 2)
        from position in Gen.Choose(0, valid)
        from unknown in Gen.Elements(true, false)
        from title in Gen.Elements(deliverable.Title, Nfd(deliverable.Title), Nfd("Báo cáo kết quả"), " ")
        let leads = Enumerable.Repeat("u0", valid).ToList()
        select deliverable with { Title = title, LeadUnitIds = unknown ? [.. leads.Take(position), $"?u{at}", .. leads.Skip(position)] : [.. leads] };

    private static IEnumerable<string> UnknownIds(Plan plan) =>
        plan.AllTasks.SelectMany(x => x.Task.Deliverables.SelectMany(d => d.LeadUnitIds))
            .Concat(plan.Areas.SelectMany(a => a.Targets).SelectMany(t => new[] { t.ParentId, t.TaskId }).OfType<string>())
            .Concat(plan.Assignments.SelectMany(a => a.AreaIds.Concat(a.TaskIds)))
            .Where(id => id.StartsWith('?'));

    private static JsonElement Resolve(JsonElement root, string pointer) =>
        JsonPointer.Parse(pointer).Aggregate(root, (element, token) =>
            element.ValueKind == JsonValueKind.Array ? element[int.Parse(token, CultureInfo.InvariantCulture)] : element.GetProperty(token));
}
