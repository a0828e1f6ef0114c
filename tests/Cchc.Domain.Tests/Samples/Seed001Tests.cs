using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;
using Cchc.Domain.Scheduling;

namespace Cchc.Domain.Tests.Samples;

/// <summary>Seed 001: Kế hoạch công tác CCHC năm 2022 of Sở Khoa học và Công nghệ (province not named).</summary>
public sealed class Seed001Tests
{
    private readonly Plan _plan = SamplePlans.Read(SamplePlans.Seed001);

    [Fact]
    public void Areas_follow_the_2021_2030_programme_order()
    {
        Assert.Equal(
            [
                ReformAreaKind.Institutions, ReformAreaKind.AdministrativeProcedures, ReformAreaKind.Organization,
                ReformAreaKind.CivilService, ReformAreaKind.PublicFinance, ReformAreaKind.DigitalGovernment,
                ReformAreaKind.Direction,
            ],
            _plan.Areas.Select(a => a.Kind));
        Assert.Equal(33, _plan.AllTargets.Count());
        Assert.Equal(42, _plan.AllTasks.Count());
        Assert.All(_plan.Areas, a => Assert.NotEmpty(a.Targets));
    }

    [Fact]
    public void Thanh_tra_is_the_standing_unit_and_leads_institutions_procedures_and_direction()
    {
        var matrix = ResponsibilityMatrix.From(_plan);
        var thanhTra = matrix.For("thanh-tra");

        Assert.Contains(AssignmentRole.Standing, thanhTra.PlanRoles);
        Assert.Contains(AssignmentRole.Lead, thanhTra.PlanRoles);
        Assert.Equal(SamplePlans.AreaIds(_plan, "1", "2", "7"), thanhTra.LeadsAreas);
        Assert.Equal(SamplePlans.AreaIds(_plan, "3", "4", "5", "6"), matrix.For("van-phong").LeadsAreas);
        Assert.Empty(matrix.AreasWithoutLead);
        Assert.Empty(matrix.TasksWithoutLead);
    }

    [Fact]
    public void Index_owners_are_named_by_their_duties()
    {
        static string Owner(Plan plan, string index) => Assert.Single(
            plan.Assignments,
            a => a.Scope == AssignmentScope.Plan && a.Role == AssignmentRole.Lead && a.Duty!.Contains(index, StringComparison.Ordinal)).UnitId;

        Assert.Equal("thanh-tra", Owner(_plan, "(PAR INDEX)"));
        Assert.Equal("chi-cuc-tdc", Owner(_plan, "(PCI)"));
        Assert.Equal("chi-cuc-tdc", Owner(_plan, "(PAPI)"));
    }

    [Fact]
    public void Online_payment_share_is_a_child_of_the_payment_target()
    {
        var payment = SamplePlans.TargetWithText(_plan, "100% thủ tục hành chính đủ điều kiện", "Thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến");
        var share = SamplePlans.TargetWithText(_plan, "100% thủ tục hành chính đủ điều kiện", "Tỷ lệ giao dịch thanh toán trực tuyến các hồ sơ thủ tục hành chính tại cấp sở");

        Assert.Equal(payment.Id, share.ParentId);
        Assert.Equal((Comparator.AtLeast, 20m, QuantityUnit.Percent), (share.Comparator, share.Value, share.Unit));
        Assert.Equal((Comparator.Exactly, 100m), (payment.Comparator, payment.Value));
    }

    [Fact]
    public void Online_files_reaching_100_percent_is_at_least_and_a_bare_100_percent_is_exactly()
    {
        // "Tỷ lệ hồ sơ giải quyết trực tuyến mức 4 đạt 100% tại cấp sở": "đạt" reads as at least, like "đạt tối thiểu".
        var reached = Assert.Single(_plan.AllTargets, t => t.Text.StartsWith("Tỷ lệ hồ sơ giải quyết trực tuyến mức 4 đạt 100%", StringComparison.Ordinal));
        Assert.Equal((TargetMeasure.Level, Comparator.AtLeast, 100m, QuantityUnit.Percent), (reached.Measure, reached.Comparator, reached.Value, reached.Unit));

        var bare = Assert.Single(_plan.AllTargets, t => t.Text.StartsWith("100% thủ tục hành chính thuộc thẩm quyền giải quyết của Sở có đủ điều kiện", StringComparison.Ordinal));
        Assert.Equal((Comparator.Exactly, 100m), (bare.Comparator, bare.Value));
    }

    [Fact]
    public void Improving_pci_is_qualitative_against_2021()
    {
        var pci = Assert.Single(_plan.AllTargets, t => t.Text.StartsWith("Cải thiện chỉ số năng lực cạnh tranh", StringComparison.Ordinal));
        Assert.Equal((TargetMeasure.Qualitative, (int?)2021), (pci.Measure, pci.BaselineYear));
        Assert.False(pci.IsQuantitative);
        Assert.Equal(TargetOutcome.Unknown, pci.Evaluate(1m));
    }

    [Fact]
    public void Header_has_the_on_behalf_of_signer_and_recipients_with_purposes()
    {
        var header = _plan.Header;
        Assert.Equal(new Signer("Đoàn Tân Đạt", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC"), header.Signer);
        Assert.Equal(5, header.Recipients.Count);
        var units = Assert.Single(header.Recipients, r => string.Equals(r.UnitId, "cac-phong-dv", StringComparison.Ordinal));
        Assert.Equal("để thực hiện", units.Purpose);
    }

    [Fact]
    public void Legal_basis_is_the_provinces_plan_and_the_documents_the_tasks_apply_are_citations()
    {
        var basis = Assert.Single(_plan.LegalBasis);
        Assert.Equal((LegalDocumentType.Plan, "16341", "KH-UBND", "Chủ tịch UBND tỉnh"), (basis.Type, basis.Number, basis.IssuerCode, basis.Issuer));
        Assert.Equal(12, _plan.Citations.Count);
        Assert.Single(_plan.Citations, r => string.Equals(r.Number, "119", StringComparison.Ordinal) && string.Equals(r.IssuerCode, "QĐ-TTg", StringComparison.Ordinal));

        // Laws and the 2021-2030 programme are cited by name, without a number.
        Assert.Equal(
            [
                "Luật ban hành văn bản quy phạm pháp luật",
                "Luật sửa đổi, bổ sung một số điều của Luật ban hành văn bản quy phạm pháp luật",
            ],
            _plan.Citations.Where(r => r.Type == LegalDocumentType.Law).Select(r => r.Text),
            StringComparer.Ordinal);
        var programme = _plan.Citations[^1];
        Assert.Equal((LegalDocumentType.Programme, "Chương trình cải cách hành chính giai đoạn 2021-2030", (string?)null), (programme.Type, programme.Text, programme.Number));
    }

    [Fact]
    public void Funding_is_state_budget_and_thanh_tra_reports()
    {
        Assert.Equal([FundingKind.RegularBudget, FundingKind.RegularBudget], _plan.Funding.Select(f => f.Kind));
        Assert.All(_plan.Reporting, r => Assert.Equal("thanh-tra", r.UnitId));
        Assert.Equal([ReportingPeriodKind.AdHoc, ReportingPeriodKind.Year], _plan.Reporting.Select(r => r.Period));
    }
}
