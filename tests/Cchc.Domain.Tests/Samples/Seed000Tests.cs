using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;
using NodaTime;
using Cchc.Domain.Scheduling;

namespace Cchc.Domain.Tests.Samples;

/// <summary>Seed 000: Kế hoạch CCHC năm 2022 of Sở Công Thương tỉnh Điện Biên.</summary>
public sealed class Seed000Tests
{
    private readonly Plan _plan = SamplePlans.Read(SamplePlans.Seed000);

    [Fact]
    public void Validates_with_only_the_expected_warnings()
    {
        // The source's typo (107/2001 dated 2021), in the citations and in task 2.5's text; content 8
        // (Công tác kiểm tra) is given to no unit by the plan.
        Assert.Equal(
            [
                "CCHC2008 at /areas/7/tasks/0", "CCHC2008 at /areas/7/tasks/1", "CCHC2008 at /areas/7/tasks/2",
                "CCHC2008 at /areas/7/tasks/3", "CCHC2013 at /areas/1/tasks/4/title", "CCHC2013 at /citations/1",
            ],
            SamplePlans.Warnings(_plan),
            StringComparer.Ordinal);
    }

    [Fact]
    public void Has_the_eight_numbered_contents_with_their_catalog_kinds()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], _plan.Areas.Select(a => a.Number), StringComparer.Ordinal);
        Assert.Equal(
            [
                ReformAreaKind.Institutions, ReformAreaKind.AdministrativeProcedures, ReformAreaKind.Organization,
                ReformAreaKind.CivilService, ReformAreaKind.PublicFinance, ReformAreaKind.DigitalGovernment,
                ReformAreaKind.Direction, ReformAreaKind.Direction,
            ],
            _plan.Areas.Select(a => a.Kind));
        Assert.Equal("Tuyên truyền về cải cách hành chính", SamplePlans.Area(_plan, "7").Title);
        Assert.Equal(48, _plan.AllTasks.Count());
        Assert.Equal("2.5", SamplePlans.Area(_plan, "2").Tasks[4].Number);
    }

    [Fact]
    public void Van_phong_leads_contents_2_3_4_6_7_and_is_the_standing_unit()
    {
        var matrix = ResponsibilityMatrix.From(_plan);
        var vanPhong = matrix.For("van-phong");

        Assert.Equal(SamplePlans.AreaIds(_plan, "2", "3", "4", "6", "7"), vanPhong.LeadsAreas);
        Assert.Contains(AssignmentRole.Standing, vanPhong.PlanRoles);
        Assert.Equal(["thanh-tra"], matrix.LeadsOfArea(SamplePlans.Area(_plan, "1").Id));
        Assert.Equal(["phong-kh-tc"], matrix.LeadsOfArea(SamplePlans.Area(_plan, "5").Id));
        Assert.Equal([SamplePlans.Area(_plan, "8").Id], matrix.AreasWithoutLead);
    }

    [Fact]
    public void Thanh_tra_leads_the_communication_tasks()
    {
        var matrix = ResponsibilityMatrix.From(_plan);
        Assert.All(SamplePlans.Area(_plan, "7").Tasks, t => Assert.Equal(["thanh-tra"], matrix.LeadsOfTask(t.Id)));
    }

    [Fact]
    public void Targets_keep_their_structure()
    {
        Assert.Equal(17, _plan.AllTargets.Count());
        Assert.Empty(_plan.Targets);

        var electronic = Assert.Single(_plan.AllTargets, t => t.Text.StartsWith("Trên 50% hồ sơ", StringComparison.Ordinal));
        Assert.Equal((TargetMeasure.Level, Comparator.MoreThan, 50m, QuantityUnit.Percent), (electronic.Measure, electronic.Comparator, electronic.Value, electronic.Unit));
        Assert.Equal(TargetOutcome.NotMet, electronic.Evaluate(50m));

        var digitised = Assert.Single(_plan.AllTargets, t => t.Text.StartsWith("Số hóa kết quả", StringComparison.Ordinal));
        Assert.Equal((TargetMeasure.Increase, Comparator.AtLeast, 20m, QuantityUnit.Percent), (digitised.Measure, digitised.Comparator, digitised.Value, digitised.Unit));

        var satisfaction = Assert.Single(_plan.AllTargets, t => t.Text.Contains("86,6%", StringComparison.Ordinal));
        Assert.Equal((Comparator.AtLeast, 86.6m), (satisfaction.Comparator, satisfaction.Value));
    }

    [Fact]
    public void The_share_of_online_procedures_is_a_child_of_the_online_target()
    {
        var online = Assert.Single(_plan.AllTargets, t => t.Text.StartsWith("Tối thiểu 80% TTHC", StringComparison.Ordinal));
        var national = Assert.Single(_plan.AllTargets, t => t.Text.StartsWith("Trong số đó, ít nhất 80%", StringComparison.Ordinal));

        Assert.Equal(online.Id, national.ParentId);
        Assert.Equal(online.TaskId, national.TaskId);
        Assert.StartsWith("Tối thiểu 80% TTHC", SamplePlans.Area(_plan, "2").Tasks.Single(t => string.Equals(t.Id, online.TaskId, StringComparison.Ordinal)).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_legal_basis_is_only_the_provinces_plan_and_every_other_document_is_a_citation()
    {
        // "Thực hiện Kế hoạch số 4289/KH-UBND …" is the only document the plan implements; the decrees,
        // decisions and resolutions its tasks apply are citations, in order of first appearance.
        var basis = Assert.Single(_plan.LegalBasis);
        Assert.Equal((LegalDocumentType.Plan, "4289", "KH-UBND", "UBND tỉnh"), (basis.Type, basis.Number, basis.IssuerCode, basis.Issuer));
        Assert.Equal(18, _plan.Citations.Count);
        Assert.Equal("Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính Phủ", _plan.Citations[0].Text);
        Assert.Equal(("734", "QĐ-SCT"), (_plan.Citations[^1].Number, _plan.Citations[^1].IssuerCode));
        Assert.DoesNotContain(_plan.Citations, r => string.Equals(r.Number, "4289", StringComparison.Ordinal));

        var law = Assert.Single(_plan.Citations, r => r.Type == LegalDocumentType.Law);
        Assert.Equal(("Luật CBCC", (string?)null), (law.Text, law.Number));
    }

    [Fact]
    public void The_sources_typo_107_2001_dated_2021_is_a_citation_kept_as_written()
    {
        var typo = _plan.Citations[1];
        Assert.Equal("Nghị định 107/2001/NĐ-CP ngày 06/12/2021 của Chính phủ", typo.Text);
        Assert.Equal((LegalDocumentType.Decree, "107", 2001, new LocalDate(2021, 12, 6)), (typo.Type, typo.Number, typo.Year, typo.Date));
        Assert.Equal("sửa đổi Nghị định 61/2018/NĐ-CP", typo.Title);
    }

    [Theory]
    [InlineData("Nghị định số 107/2020/NĐ-CP")] // "Nghị định số 107/2020/NĐ-CP, Nghị định số 108/2020/NĐ-CP của Chính phủ"
    [InlineData("Nghị định 63/2010/NĐ-CP")] // "Nghị định 63/2010/NĐ-CP, Nghị định 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ"
    public void A_decree_listed_before_a_shared_issuer_has_that_issuer(string text)
    {
        // The source names the issuer once, after the last decree of the list; it is the issuer of every one.
        var decree = Assert.Single(_plan.Citations, r => string.Equals(r.Text, text, StringComparison.Ordinal));
        Assert.Equal((LegalDocumentType.Decree, "Chính phủ"), (decree.Type, decree.Issuer));
    }

    [Fact]
    public void Reports_are_due_to_the_so_by_10_November_and_funding_has_two_sources()
    {
        var report = Assert.Single(_plan.Reporting, r => r.Period == ReportingPeriodKind.Year);
        Assert.Equal(new AnnualDate(11, 10), report.DueDay);
        Assert.Equal("cac-phong-dvtt", report.UnitId);
        Assert.Equal([FundingKind.RegularBudget, FundingKind.FeeRetention], _plan.Funding.Select(f => f.Kind));
    }

    [Fact]
    public void Header_has_no_number_date_or_signer_because_the_source_has_none()
    {
        var header = _plan.Header;
        Assert.Equal((PlanKind.AnnualReform, "Sở Công Thương tỉnh Điện Biên", 2022), (header.Kind, header.Issuer, header.Year));
        Assert.Null(header.DocumentNumber);
        Assert.Null(header.IssueDate);
        Assert.Null(header.Signer);
        Assert.Contains("( Có phụ lục chi tiết kèm theo)", _plan.Notes, StringComparer.Ordinal);
    }
}
