using Cchc.Domain.Deadlines;
using Cchc.Domain.Calendar;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Serialization;
using Cchc.Domain.Targets;
using Cchc.Domain.Validation;
using NodaTime;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;
using Cchc.Domain.Scheduling;

namespace Cchc.Domain.Tests.Samples;

/// <summary>samples/plans/003-cong-thuong-2021.json: Sở Công Thương 2021, body areas 1–7 and the 46-row appendix.</summary>
public sealed class Seed003Tests
{

    /// <summary>The rows whose phrases the first parser did not read (CCHC2018 before issue #3) and the kinds they read as now.</summary>
    private static readonly (string Id, Type Kind)[] FormerlyUnparsedDeadlines =
    [
        ("p5", typeof(RecurringReportDeadline)), ("p10", typeof(DirectedDeadline)), ("p11", typeof(DirectedDeadline)),
        ("p12", typeof(PerDocumentDeadline)), ("p13", typeof(WorkingDaysAfterEventDeadline)), ("p14", typeof(WorkingDaysAfterEventDeadline)),
        ("p22", typeof(LabelledPartsDeadline)), ("p23", typeof(LabelledPartsDeadline)), ("p28", typeof(LabelledPartsDeadline)),
        ("p37", typeof(LabelledPartsDeadline)),
    ];

    [Fact]
    public void Reads_and_validates_without_errors_and_only_the_expected_warnings()
    {
        var (plan, diagnostics) = SamplePlans.Load(SamplePlans.Seed003);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        // The body bullets ("b) Nhiệm vụ và giải pháp") name no lead unit: one CCHC2008 each, none for appendix rows.
        var bodyTaskPaths = plan.Areas.SelectMany((a, i) => a.Tasks.Select((t, j) => (t, Path: $"/areas/{i}/tasks/{j}")))
            .Where(x => !x.t.Id.StartsWith('p')).Select(x => x.Path).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(29, bodyTaskPaths.Count);
        Assert.Equal(bodyTaskPaths, diagnostics.Where(d => string.Equals(d.Code, "CCHC2008", StringComparison.Ordinal)).Select(d => d.Path).ToHashSet(StringComparer.Ordinal));

        // Every deadline phrase is understood: no CCHC2018; the ten the first parser missed read as their kinds.
        Assert.DoesNotContain(diagnostics, d => d.Code is not "CCHC2008");
        Assert.All(FormerlyUnparsedDeadlines, row => Assert.IsType(row.Kind, SamplePlans.Task(plan, row.Id).Deadline));
    }

    [Fact]
    public void Areas_keep_the_body_numbers_and_map_to_the_catalog()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], plan.Areas.Select(a => a.Number), StringComparer.Ordinal);
        Assert.Equal(ReformAreaKind.Direction, plan.Areas[0].Kind);
        Assert.Equal(ReformAreaKind.CivilService, plan.Areas[4].Kind);
        Assert.Equal("Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", plan.Areas[4].Title);
        Assert.Equal(ReformAreaKind.DigitalGovernment, plan.Areas[6].Kind);
        Assert.Equal("Hiện đại hóa hành chính", plan.Areas[6].Title);
        Assert.Equal(19, plan.AllTargets.Count());
    }

    [Theory]
    [InlineData("p36", "a6", "Số đơn vị sự nghiệp công lập thuộc sở, ngành tự bảo đảm toàn bộ hoặc một phần chi thường xuyên tăng so với năm trước")]
    [InlineData("p39", "a7", "Tất cả văn bản của Sở được trình ký, ban hành dạng điện tử có ký số 2 lớp.")]
    public void Appendix_rows_worded_as_targets_are_qualitative_targets_of_their_row(string rowId, string areaId, string text)
    {
        // Rows 35 and 38 of the appendix state an outcome with no number ("tăng so với năm trước", "Tất cả …"):
        // the row is the task and its title is also a qualitative target tied to it.
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        var target = Assert.Single(plan.AllTargets, t => string.Equals(t.TaskId, rowId, StringComparison.Ordinal));
        Assert.Equal((text, TargetMeasure.Qualitative), (target.Text, target.Measure));
        Assert.Null(target.Value);
        Assert.Equal(text, SamplePlans.Task(plan, rowId).Title);
        Assert.Contains(target, plan.Areas.Single(a => string.Equals(a.Id, areaId, StringComparison.Ordinal)).Targets);
    }

    [Fact]
    public void All_46_appendix_rows_are_tasks_of_their_group_in_order()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        var rows = plan.AllTasks.Where(x => x.Task.Id.StartsWith('p')).ToList();
        Assert.Equal(Enumerable.Range(1, 46).Select(i => $"p{i}"), rows.Select(x => x.Task.Id), StringComparer.Ordinal);
        Assert.Equal([8, 3, 4, 5, 13, 3, 10], plan.Areas.Select(a => a.Tasks.Count(t => t.Id.StartsWith('p'))));
        Assert.All(rows, x => Assert.NotNull(x.Task.Deadline?.Text));
    }

    [Fact]
    public void Row_33_appears_twice_across_groups_V_and_VI()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        var rows33 = plan.AllTasks.Where(x => string.Equals(x.Task.Number, "33", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows33.Count);
        Assert.Equal(("a5", "p33", "Triển khai thực hiện văn hóa công sở."), (rows33[0].Area.Id, rows33[0].Task.Id, rows33[0].Task.Title));
        Assert.Equal(("a6", "p34", "Thực hiện công khai tài chính đầy đủ theo quy định"), (rows33[1].Area.Id, rows33[1].Task.Id, rows33[1].Task.Title));
        Assert.Equal("45", SamplePlans.Task(plan, "p46").Number);
    }

    [Fact]
    public void Row_13_keeps_its_working_days_deadline_verbatim()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        var row13 = SamplePlans.Task(plan, "p13");
        Assert.Equal("13", row13.Number);
        Assert.Equal(
            "Chậm nhất sau 05 ngày làm việc kể từ ngày nhận được Công văn của Văn phòng UBND tỉnh thông báo Danh mục văn bản của Chính phủ, Bộ, ngành Trung ương",
            row13.Deadline?.Text);
        Assert.Equal(["cac-phong-dvtt"], row13.LeadUnitIds);
        Assert.Equal(["van-phong"], row13.SupportUnitIds);
    }

    [Fact]
    public void Simple_deadline_phrases_are_parsed_against_the_plan_year()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        Assert.Equal(new MonthDeadline(new YearMonth(2021, 12)) { Text = "Tháng 12/2021" }, SamplePlans.Task(plan, "p1").Deadline);
        Assert.Equal(new ByDateDeadline(new LocalDate(2021, 12, 5)) { Text = "Trước ngày 05/12/2021" }, SamplePlans.Task(plan, "p2").Deadline);
        Assert.Equal(new QuarterDeadline(2021, 1) { Text = "Quý I" }, SamplePlans.Task(plan, "p3").Deadline);
        Assert.Equal("- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)", SamplePlans.Task(plan, "p22").Deadline?.Text);
        Assert.Equal("Trước 15/01", SamplePlans.Task(plan, "p26").Deadline?.Text);
    }

    [Fact]
    public void Row_1_has_a_lead_per_deliverable()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        var row1 = SamplePlans.Task(plan, "p1");
        Assert.Equal(["a", "b", "c"], row1.Deliverables.Select(d => d.Label), StringComparer.Ordinal);
        Assert.Equal([["van-phong"], ["ttxttm"], ["ttkc"]], row1.Deliverables.Select(d => d.LeadUnitIds.ToArray()));
        Assert.Equal("Kế hoạch CCHC năm 2022 của Trung tâm XTTM", row1.Deliverables[1].Title);
        Assert.Empty(row1.LeadUnitIds);
        Assert.Equal("a) Văn phòng Sở b) Trung tâm XTTM c) Trung tâm KC&TVPTCN", row1.LeadText);
        Assert.Equal(["van-phong", "ttxttm", "ttkc"], row1.AllLeadUnitIds, StringComparer.Ordinal);
        Assert.Equal(["cac-phong-dvtt"], row1.SupportUnitIds);
    }

    [Fact]
    public void Reporting_due_days_come_from_row_5()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        Assert.Equal(
            [
                (ReportingPeriodKind.Quarter1, new AnnualDate(3, 10)),
                (ReportingPeriodKind.FirstSixMonths, new AnnualDate(6, 10)),
                (ReportingPeriodKind.Quarter3, new AnnualDate(9, 10)),
                (ReportingPeriodKind.Year, new AnnualDate(12, 5)),
            ],
            plan.Reporting.Select(r => (r.Period, r.DueDay ?? default)));
        Assert.All(plan.Reporting, r => Assert.Equal("van-phong", r.UnitId));
    }

    [Fact]
    public void Organisation_assigns_direction_implementation_and_standing_over_the_plan()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        Assert.Contains(plan.Assignments, a => a is { UnitId: "lanh-dao", Role: AssignmentRole.Direction, Scope: AssignmentScope.Plan }
            && string.Equals(a.Duty, "Chỉ đạo thực hiện: Lãnh đạo Sở Công Thương.", StringComparison.Ordinal));
        Assert.Contains(plan.Assignments, a => a is { UnitId: "cac-phong-dvtt", Role: AssignmentRole.Implementation, Scope: AssignmentScope.Plan }
            && string.Equals(a.Duty, "Cơ quan thực hiện: Các phòng, đơn vị thuộc Sở; 02 đơn vị trực thuộc.", StringComparison.Ordinal));
        var standing = Assert.Single(plan.Assignments, a => a.Role == AssignmentRole.Standing);
        Assert.Equal("van-phong", standing.UnitId);
        Assert.Equal(["ttxttm", "ttkc"], plan.Units.Single(u => string.Equals(u.Id, "hai-trung-tam", StringComparison.Ordinal)).MemberIds);
        Assert.Equal(FundingKind.RegularBudget, Assert.Single(plan.Funding).Kind);
    }

    [Fact]
    public void The_appendix_title_year_2020_is_kept_in_notes()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        Assert.Contains(plan.Notes, n => n.Contains("KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2020", StringComparison.Ordinal));
        Assert.Equal(new DocumentNumber(null, "KH-SCT"), plan.Header.DocumentNumber);
        Assert.Equal(new PartialDate(2020, 12, 31), plan.Header.IssueDate);
        Assert.Equal(2021, plan.Header.Year);
    }

    [Fact]
    public void The_plan_states_no_basis_and_cites_seven_documents()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed003);

        Assert.Empty(plan.LegalBasis);
        Assert.Equal(
            [LegalDocumentType.Law, LegalDocumentType.Directive, LegalDocumentType.Decree, LegalDocumentType.Decree, LegalDocumentType.Decree, LegalDocumentType.Law, LegalDocumentType.Directive],
            plan.Citations.Select(r => r.Type));

        var directive = plan.Citations[1];
        Assert.Equal(("30", "CT-TTg", new LocalDate(2018, 10, 30), "Thủ tướng Chính phủ"), (directive.Number, directive.IssuerCode, directive.Date!.Value, directive.Issuer));
        Assert.Equal("Chỉ thị số 30/CT-TTg ngày 30 tháng 10 năm 2018 của Thủ tướng Chính phủ", directive.Text);

        // "Nghị định số 130/NĐ-CP ngày 17/10/2015" as written: no year in the number, so none is recorded.
        var decree130 = Assert.Single(plan.Citations, r => string.Equals(r.Number, "130", StringComparison.Ordinal));
        Assert.Equal(((int?)null, new LocalDate(2015, 10, 17)), (decree130.Year, decree130.Date!.Value));
    }
}
