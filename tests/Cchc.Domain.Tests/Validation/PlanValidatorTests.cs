using System.Text;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Targets;
using Cchc.Domain.Validation;
using NodaTime;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Validation;

public sealed class PlanValidatorTests
{
    private static readonly Plan Valid = SamplePlan.Build();

    private static ReformArea Area(int index) => Valid.Areas[index];

    private static Plan WithArea(int index, ReformArea area) => Valid with { Areas = [.. Valid.Areas.Select((a, i) => i == index ? area : a)] };

    private static Plan WithTarget(Target target) => WithArea(1, Area(1) with { Targets = [target] });

    private static Target Percent(decimal value) => new("g", "x", TargetMeasure.Level) { Comparator = Comparator.AtLeast, Value = value, Unit = QuantityUnit.Percent };

    public static TheoryData<string, Plan, string, string> Broken => new()
    {
        { "duplicate unit id", Valid with { Units = [.. Valid.Units, new Unit("van-phong", "Văn phòng", UnitKind.Office)] }, "CCHC2001", "/units/4/id" },
        { "duplicate task id across areas", WithArea(1, Area(1) with { Tasks = [.. Area(1).Tasks, new PlanTask("t1", "Trùng")] }), "CCHC2001", "/areas/1/tasks/1/id" },
        { "unknown lead unit", WithArea(0, Area(0) with { Tasks = [Area(0).Tasks[0] with { LeadUnitIds = ["khong-co"] }] }), "CCHC2002", "/areas/0/tasks/0/leadUnitIds/0" },
        { "unknown deliverable lead", WithArea(1, Area(1) with { Tasks = [Area(1).Tasks[0] with { Deliverables = [new Deliverable("x") { LeadUnitIds = ["?"] }] }] }), "CCHC2002", "/areas/1/tasks/0/deliverables/0/leadUnitIds/0" },
        { "unknown assigned area", Valid with { Assignments = [new Assignment("thanh-tra", AssignmentRole.Lead, AssignmentScope.Areas) { AreaIds = ["a9"] }] }, "CCHC2003", "/assignments/0/areaIds/0" },
        { "unknown parent target", WithTarget(Percent(50) with { ParentId = "nope" }), "CCHC2004", "/areas/1/targets/0/parentId" },
        { "unknown assigned task", Valid with { Assignments = [new Assignment("thanh-tra", AssignmentRole.Lead, AssignmentScope.Tasks) { TaskIds = ["t9"] }] }, "CCHC2005", "/assignments/0/taskIds/0" },
        { "unit parent cycle", Valid with { Units = [new Unit("a", "A", UnitKind.Division) { ParentId = "b" }, new Unit("b", "B", UnitKind.Division) { ParentId = "a" }, .. Valid.Units] }, "CCHC2006", "/units/0/parentId" },
        { "target parent cycle", WithArea(1, Area(1) with { Targets = [Percent(1) with { Id = "x", ParentId = "y" }, Percent(1) with { Id = "y", ParentId = "x" }] }), "CCHC2007", "/areas/1/targets/0/parentId" },
        { "task without lead", WithArea(1, Area(1) with { Tasks = [new PlanTask("t2", "Không ai chủ trì")] }), "CCHC2008", "/areas/1/tasks/0" },
        { "empty title", WithArea(0, Area(0) with { Title = "" }), "CCHC2009", "/areas/0/title" },
        { "empty header issuer", Valid with { Header = Valid.Header with { Issuer = " " } }, "CCHC2009", "/header/issuer" },
        { "percentage above 100", WithTarget(Percent(120)), "CCHC2010", "/areas/1/targets/0/value" },
        { "inverted range", WithTarget(new Target("g", "07-09", TargetMeasure.Level) { Comparator = Comparator.Between, Value = 9, UpperValue = 7, Unit = QuantityUnit.Count }), "CCHC2011", "/areas/1/targets/0/upperValue" },
        { "baseline after plan year", WithTarget(Percent(50) with { BaselineYear = 2023 }), "CCHC2012", "/areas/1/targets/0/baselineYear" },
        { "legal year mismatch", Valid with { LegalBasis = [new LegalReference(LegalDocumentType.Decree, "Nghị định 107/2001/NĐ-CP ngày 06/12/2021") { Number = "107", Year = 2001, Date = new LocalDate(2021, 12, 6) }] }, "CCHC2013", "/legalBasis/0" },
        { "citation year mismatch", Valid with { Citations = [new LegalReference(LegalDocumentType.Decree, "Nghị định 107/2001/NĐ-CP ngày 06/12/2021") { Number = "107", Year = 2001, Date = new LocalDate(2021, 12, 6) }] }, "CCHC2013", "/citations/0" },
        { "empty citation text", Valid with { Citations = [new LegalReference(LegalDocumentType.Decree, "")] }, "CCHC2009", "/citations/0/text" },
        { "legal year mismatch in task text", WithArea(0, Area(0) with { Tasks = [Area(0).Tasks[0] with { Title = "Theo Nghị định 107/2001/NĐ-CP ngày 06/12/2021 của Chính phủ" }] }), "CCHC2013", "/areas/0/tasks/0/title" },
        { "deadline outside plan years", WithArea(0, Area(0) with { Tasks = [Area(0).Tasks[0] with { Deadline = new QuarterDeadline(2025, 1) { Text = "Quý I năm 2025" } }] }), "CCHC2014", "/areas/0/tasks/0/deadline" },
        { "text not NFC", Valid with { Purposes = ["Cải cách".Normalize(NormalizationForm.FormD)] }, "CCHC2015", "/purposes/0" },
        { "horizon before plan year", WithTarget(Percent(50) with { HorizonYear = 2020 }), "CCHC2016", "/areas/1/targets/0/horizonYear" },
        { "numeric target without value", WithTarget(Percent(50) with { Value = null }), "CCHC2017", "/areas/1/targets/0/measure" },
        { "qualitative target with a value", WithTarget(Percent(50) with { Measure = TargetMeasure.Qualitative }), "CCHC2017", "/areas/1/targets/0/measure" },
        { "deadline not understood", WithArea(0, Area(0) with { Tasks = [Area(0).Tasks[0] with { Deadline = new UnrecognizedDeadline("Khi có yêu cầu") }] }), "CCHC2018", "/areas/0/tasks/0/deadline" },
        { "upper value without between", WithTarget(Percent(50) with { UpperValue = 60 }), "CCHC2019", "/areas/1/targets/0/upperValue" },
        { "between without upper value", WithTarget(Percent(50) with { Comparator = Comparator.Between }), "CCHC2019", "/areas/1/targets/0/upperValue" },
        { "end year before year", Valid with { Header = Valid.Header with { EndYear = 2020 } }, "CCHC2020", "/header/endYear" },
        { "negative count", WithTarget(new Target("g", "x", TargetMeasure.Level) { Comparator = Comparator.AtLeast, Value = -1, Unit = QuantityUnit.Count }), "CCHC2021", "/areas/1/targets/0/value" },
        { "areas scope without areas", Valid with { Assignments = [new Assignment("thanh-tra", AssignmentRole.Lead, AssignmentScope.Areas)] }, "CCHC2022", "/assignments/0/scope" },
        { "plan year 0", Valid with { Header = Valid.Header with { Year = 0 } }, "CCHC2024", "/header/year" },
        { "plan year beyond the calendars", Valid with { Header = Valid.Header with { Year = 2147483647 } }, "CCHC2024", "/header/year" },
        { "end year beyond the calendars", Valid with { Header = Valid.Header with { EndYear = 2300 } }, "CCHC2024", "/header/endYear" },
        { "quarter 5", WithArea(0, Area(0) with { Tasks = [Area(0).Tasks[0] with { Deadline = new QuarterDeadline(2022, 5) }] }), "CCHC2023", "/areas/0/tasks/0/due/quarter" },
        { "part not understood", WithArea(0, Area(0) with { Tasks = [Area(0).Tasks[0] with { Deadline = new LabelledPartsDeadline([new LabelledPart("Kế hoạch", new QuarterDeadline(2022, 1)), new LabelledPart("Báo cáo", new UnrecognizedDeadline("khi có yêu cầu"))]) }] }), "CCHC2018", "/areas/0/tasks/0/due/parts/1/due" },
    };

    [Fact]
    public void The_sample_plan_breaks_no_rule_and_warns_about_its_unled_task_and_unread_deadline() =>
        Assert.Equal(
            ["CCHC2008 at /areas/2/tasks/0", "CCHC2018 at /areas/2/tasks/0/deadline"],
            PlanValidator.Shared.Diagnose(Valid).Select(d => $"{d.Code} at {d.Path}").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Broken))]
    public void Each_rule_reports_its_code_at_the_pointer_of_the_offending_value(string rule, Plan plan, string code, string pointer)
    {
        var diagnostics = PlanValidator.Shared.Diagnose(plan);

        Assert.True(
            diagnostics.Any(d => d.Code == code && d.Path == pointer),
            $"{rule}: expected {code} at {pointer}, got {string.Join("; ", diagnostics)}");
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCatalog.Find(d.Code)!.Severity, d.Severity));
    }

    [Fact]
    public void The_NFC_warning_carries_the_normalised_text()
    {
        var decomposed = "Cải cách hành chính".Normalize(NormalizationForm.FormD);
        var diagnostic = Assert.Single(PlanValidator.Shared.Diagnose(Valid with { Purposes = [decomposed] }), d => d.Code == "CCHC2015");

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Cải cách hành chính".Normalize(NormalizationForm.FormC), diagnostic.Suggestion);
    }

    [Fact]
    public void Messages_exist_in_both_languages_and_follow_the_culture()
    {
        var diagnostic = PlanValidator.Shared.Diagnose(WithArea(0, Area(0) with { Title = "" })).Single(d => d.Code == "CCHC2009");

        Assert.Equal("This text must not be empty.", diagnostic.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Equal("Nội dung này không được để trống.", diagnostic.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));
    }

    [Fact]
    public void Validation_leaves_FluentValidation_global_options_untouched()
    {
        var before = (FluentValidation.ValidatorOptions.Global.PropertyNameResolver, FluentValidation.ValidatorOptions.Global.DisplayNameResolver, FluentValidation.ValidatorOptions.Global.LanguageManager.Culture);
        _ = PlanValidator.Shared.Diagnose(WithArea(0, Area(0) with { Title = "" }));
        Assert.Equal(before, (FluentValidation.ValidatorOptions.Global.PropertyNameResolver, FluentValidation.ValidatorOptions.Global.DisplayNameResolver, FluentValidation.ValidatorOptions.Global.LanguageManager.Culture));
    }
}
