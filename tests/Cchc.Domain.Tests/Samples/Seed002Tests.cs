using Cchc.Domain.Deadlines;
using Cchc.Domain.Calendar;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;
using NodaTime;
using Cchc.Domain.Scheduling;

namespace Cchc.Domain.Tests.Samples;

/// <summary>Seed 002: Kế hoạch tuyên truyền CCHC năm 2022 of Sở Công Thương Ninh Thuận (a communication plan).</summary>
public sealed class Seed002Tests
{
    private readonly Plan _plan = SamplePlans.Read(SamplePlans.Seed002);

    [Fact]
    public void Header_is_a_communication_plan_with_a_blank_number_and_a_partial_date()
    {
        var header = _plan.Header;
        Assert.Equal(PlanKind.Communication, header.Kind);
        Assert.Equal(new DocumentNumber(null, "KH-SCT"), header.DocumentNumber);
        Assert.Equal(new PartialDate(2022, 2), header.IssueDate);
        Assert.Equal(("Võ Đình Vinh", "GIÁM ĐỐC", (string?)null), (header.Signer!.Name, header.Signer.Position, header.Signer.OnBehalfOf));
        Assert.Equal(["Toàn thể đội ngũ cán bộ, công chức, viên chức và người lao động của ngành Công Thương."], _plan.Audiences, StringComparer.Ordinal);
    }

    [Fact]
    public void Par_index_and_papi_each_aim_ten_places_up_on_2021()
    {
        var tenPlaces = _plan.Targets.Where(t => t.Measure == TargetMeasure.Increase && t.Unit == QuantityUnit.Rank).ToList();

        Assert.Equal(2, tenPlaces.Count);
        Assert.All(tenPlaces, t =>
        {
            Assert.Equal((Comparator.AtLeast, 10m, "bậc", (int?)2021), (t.Comparator, t.Value, t.UnitText, t.BaselineYear));
            Assert.StartsWith("Chỉ số cải cách hành chính (PAR INDEX)", t.Text, StringComparison.Ordinal);
        });
        Assert.Equal(TargetOutcome.Met, tenPlaces[0].Evaluate(12m));
    }

    [Fact]
    public void Top_20_is_a_rank_level_with_horizon_2025()
    {
        var top20 = SamplePlans.Target(_plan, "par-index-top-20-2025");
        Assert.Equal((TargetMeasure.Level, Comparator.AtMost, 20m, QuantityUnit.Rank, (int?)2025), (top20.Measure, top20.Comparator, top20.Value, top20.Unit, top20.HorizonYear));
        Assert.Equal(TargetOutcome.NotMet, top20.Evaluate(21m));
    }

    [Fact]
    public void Pci_aims_between_half_a_point_and_one_point()
    {
        var pci = SamplePlans.Target(_plan, "pci-tang-diem");
        Assert.Equal((TargetMeasure.Increase, Comparator.Between, 0.5m, 1m, QuantityUnit.Points), (pci.Measure, pci.Comparator, pci.Value, pci.UpperValue, pci.Unit));
        Assert.Equal(TargetOutcome.Met, pci.Evaluate(0.7m));
        Assert.Equal(TargetOutcome.NotMet, pci.Evaluate(1.2m));
    }

    [Fact]
    public void Sipas_has_a_yearly_increase_and_a_2025_level_as_separate_targets()
    {
        var sipas = _plan.Targets.Where(t => t.Text.StartsWith("Sự hài lòng", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, sipas.Count);
        Assert.Contains(sipas, t => t is { Measure: TargetMeasure.Increase, Value: 1m, BaselineYear: 2021 });
        Assert.Contains(sipas, t => t is { Measure: TargetMeasure.Level, Comparator: Comparator.AtLeast, Value: 90m, HorizonYear: 2025 });
        Assert.Equal(9, _plan.AllTargets.Count());
    }

    [Fact]
    public void Reports_quarter_one_six_months_nine_months_and_year_to_so_noi_vu()
    {
        Assert.Equal(
            [ReportingPeriodKind.Quarter1, ReportingPeriodKind.FirstSixMonths, ReportingPeriodKind.NineMonths, ReportingPeriodKind.Year],
            _plan.Reporting.Select(r => r.Period));
        Assert.All(_plan.Reporting, r =>
        {
            Assert.Equal(("van-phong", "so-noi-vu"), (r.UnitId, r.RecipientUnitId));
            Assert.Null(r.DueDay);
        });
    }

    [Fact]
    public void The_communication_plan_is_due_in_the_first_quarter_of_2022_and_van_phong_leads_it()
    {
        var (area, task) = Assert.Single(_plan.AllTasks, x => x.Task.Deadline is not null);
        Assert.Equal(new QuarterDeadline(2022, 1) { Text = "trong Quý I năm 2022" }, task.Deadline);
        Assert.Equal("III", area.Number);
        Assert.Equal(["van-phong"], ResponsibilityMatrix.From(_plan).LeadsOfTask(task.Id), StringComparer.Ordinal);
    }

    [Fact]
    public void Areas_are_the_lettered_contents_plus_forms_and_solutions()
    {
        Assert.Equal(["1", "a", "b", "c", "d", "đ", "e", "g", "2", "III"], _plan.Areas.Select(a => a.Number), StringComparer.Ordinal);
        Assert.Equal(ReformAreaKind.DigitalGovernment, SamplePlans.Area(_plan, "g").Kind);
        Assert.Equal(45, _plan.AllTasks.Count());
    }

    [Fact]
    public void The_basis_is_the_provinces_plan_and_the_three_documents_of_the_targets_and_the_rest_are_citations()
    {
        Assert.Equal(["421", "05", "843", "18"], _plan.LegalBasis.Select(r => r.Number), StringComparer.Ordinal);
        Assert.Equal(16, _plan.Citations.Count);

        // "Nghị quyết số 05/NQ-TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy" in the contents is the basis's 05-NQ/TU
        // written another way: the same document, not a citation.
        Assert.DoesNotContain(_plan.Citations, r => string.Equals(r.Number, "05", StringComparison.Ordinal));

        var first = _plan.Citations[0];
        Assert.Equal((LegalDocumentType.Resolution, "76", "NQ-CP", new LocalDate(2021, 7, 15), "Chính phủ"), (first.Type, first.Number, first.IssuerCode, first.Date!.Value, first.Issuer));
        var programme = Assert.Single(_plan.Citations, r => string.Equals(r.Number, "181", StringComparison.Ordinal));
        Assert.Equal((LegalDocumentType.Programme, "CTr/TU", "Tỉnh ủy"), (programme.Type, programme.IssuerCode, programme.Issuer));
        Assert.Equal("Luật Phổ biến, giáo dục pháp luật", Assert.Single(_plan.Citations, r => r.Type == LegalDocumentType.Law).Text);
    }
}
