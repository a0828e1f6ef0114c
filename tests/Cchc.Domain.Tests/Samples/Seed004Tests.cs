using Cchc.Domain.Legal;
using Cchc.Domain.Calendar;
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

/// <summary>samples/plans/004-ha-tinh-ngoai-vu-2023.json: Sở Ngoại vụ Hà Tĩnh, 01/KH-SNgV, "Các chỉ tiêu cụ thể".</summary>
public sealed class Seed004Tests
{

    [Fact]
    public void Header_carries_number_date_place_and_signer()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed004);

        var header = plan.Header;
        Assert.Equal(new DocumentNumber("01", "KH-SNgV"), header.DocumentNumber);
        Assert.Equal(new PartialDate(2023, 1, 10), header.IssueDate);
        Assert.Equal("Hà Tĩnh", header.Place);
        Assert.Equal(2023, header.Year);
        Assert.Equal(new Signer("Thái Phúc Sơn", "GIÁM ĐỐC", null), header.Signer);
    }

    [Fact]
    public void Seven_to_nine_initiatives_is_a_count_range()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed004);

        var target = plan.AllTargets.Single(t => t.Text.Contains("07-09", StringComparison.Ordinal));
        Assert.Equal(
            (TargetMeasure.Level, (Comparator?)Comparator.Between, (decimal?)7m, (decimal?)9m, (QuantityUnit?)QuantityUnit.Count, "sáng kiến"),
            (target.Measure, target.Comparator, target.Value, target.UpperValue, target.Unit, target.UnitText));
        Assert.Equal(TargetOutcome.Met, target.Evaluate(8));
        Assert.Equal(TargetOutcome.NotMet, target.Evaluate(6));
    }

    [Fact]
    public void Nested_ratios_point_at_their_parent_target()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed004);
        var targets = plan.AllTargets.ToDictionary(t => t.Id, StringComparer.Ordinal);

        var payments = targets["a3-t8"];
        Assert.StartsWith("trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt từ 30% trở lên", payments.Text, StringComparison.Ordinal);
        Assert.Equal("a3-t7", payments.ParentId);
        Assert.Equal((Comparator.AtLeast, 30m, QuantityUnit.Percent), (payments.Comparator, payments.Value, payments.Unit));
        Assert.Contains("thanh toán trực tuyến", targets["a3-t7"].Text, StringComparison.Ordinal);

        Assert.Equal("a3-t10", targets["a3-t11"].ParentId);
        Assert.Equal(2, plan.AllTargets.Count(t => t.ParentId is not null));
    }

    [Fact]
    public void Percent_phrases_map_to_comparators()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed004);
        var targets = plan.AllTargets.ToDictionary(t => t.Id, StringComparer.Ordinal);

        var satisfaction = targets["a3-t14"];
        Assert.EndsWith("đạt từ 85% trở lên.", satisfaction.Text, StringComparison.Ordinal);
        Assert.Equal((Comparator.AtLeast, 85m, QuantityUnit.Percent), (satisfaction.Comparator, satisfaction.Value, satisfaction.Unit));
        Assert.Equal(TargetOutcome.NotMet, satisfaction.Evaluate(84.9m));

        Assert.Equal((Comparator.Exactly, 100m), (targets["a3-t1"].Comparator, targets["a3-t1"].Value));
        Assert.Equal(TargetMeasure.Qualitative, targets["a7-t4"].Measure);
        Assert.Contains("ISO 9001: 2018", targets["a7-t4"].Text, StringComparison.Ordinal);
        Assert.Equal(31, plan.AllTargets.Count());
    }

    [Fact]
    public void All_procedures_handled_through_the_one_stop_shop_is_a_qualitative_target_of_task_a3_b2()
    {
        // "Tất cả thủ tục hành chính thuộc thẩm quyền được giải quyết đúng quy định …" sits inside the second task of
        // III.3, not in "Các chỉ tiêu cụ thể": it is a target all the same, tied to the task that states it.
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed004);

        var target = Assert.Single(plan.AllTargets, t => string.Equals(t.TaskId, "a3-b2", StringComparison.Ordinal));
        Assert.Equal(
            "Tất cả thủ tục hành chính thuộc thẩm quyền được giải quyết đúng quy định theo cơ chế một cửa, một cửa liên thông và được kiểm soát chặt chẽ qua Cổng thông tin dịch vụ công trực tuyến của tỉnh.",
            target.Text);
        Assert.Equal(TargetMeasure.Qualitative, target.Measure);
        Assert.Contains(target.Text, SamplePlans.Task(plan, "a3-b2").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guidance_2333_of_So_Noi_vu_is_a_structured_reference()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed004);

        var guidance = Assert.Single(plan.LegalBasis, r => string.Equals(r.Number, "2333", StringComparison.Ordinal));
        Assert.Equal(LegalDocumentType.Guidance, guidance.Type);
        Assert.Equal("SNV-CCHC&VTLT", guidance.IssuerCode);
        Assert.Equal(new LocalDate(2022, 12, 2), guidance.Date);
        Assert.Equal("Sở Nội vụ", guidance.Issuer);
        Assert.Equal("Văn bản Hướng dẫn số 2333/SNV-CCHC&VTLT ngày 02/12/2022 của Sở Nội vụ", guidance.Text);

        var decision = plan.LegalBasis[0];
        Assert.Equal((LegalDocumentType.Decision, "2629", "QĐ-UBND", (LocalDate?)new LocalDate(2022, 12, 23)),
            (decision.Type, decision.Number, decision.IssuerCode, decision.Date));
    }

    [Fact]
    public void Structured_references_agree_with_the_library_parser()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed004);

        foreach (var reference in plan.LegalBasis.Where(r => r.Number is not null))
        {
            Assert.True(LegalReferenceParser.TryParse(reference.Text, out var parsed), reference.Text);
            Assert.Equal(
                (reference.Type, reference.Number, reference.Year, reference.IssuerCode, reference.Date),
                (parsed.Type, parsed.Number, parsed.Year, parsed.IssuerCode, parsed.Date));
        }

        Assert.Equal(7, plan.LegalBasis.Count);
    }

    [Fact]
    public void Organisation_and_reporting_go_through_Van_phong_Thanh_tra()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed004);

        Assert.All(plan.Assignments.Where(a => a.Role == AssignmentRole.Standing), a => Assert.Equal("vp-tt", a.UnitId));
        Assert.Equal("Văn phòng - Thanh tra Sở", plan.Units.Single(u => string.Equals(u.Id, "vp-tt", StringComparison.Ordinal)).Name);
        Assert.Equal(
            [ReportingPeriodKind.FirstSixMonths, ReportingPeriodKind.Year, ReportingPeriodKind.AdHoc],
            plan.Reporting.Select(r => r.Period));
        Assert.Equal("ubnd-tinh", plan.Reporting[2].RecipientUnitId);
        Assert.Equal(FundingKind.RegularBudget, Assert.Single(plan.Funding).Kind);
    }

    [Fact]
    public void Guidance_2333_stays_in_the_basis_and_the_documents_the_tasks_apply_are_citations()
    {
        var (plan, _) = SamplePlans.Load(SamplePlans.Seed004);

        Assert.Contains(plan.LegalBasis, r => string.Equals(r.Number, "2333", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Citations, r => string.Equals(r.Number, "2333", StringComparison.Ordinal));
        Assert.Equal(26, plan.Citations.Count);
        Assert.Equal("Nghị định số 130/2005/NĐ-CP của Chính phủ", plan.Citations[0].Text);

        // "Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh số 920-CTr/TU ngày 31/01/2018 … và số 1011-CTr/TU ngày 03/5/2018":
        // two programmes sharing the type and the issuer written once.
        var programmes = plan.Citations.Where(r => r.Type == LegalDocumentType.Programme).ToList();
        Assert.Equal(["920", "1011"], programmes.Select(r => r.Number), StringComparer.Ordinal);
        Assert.All(programmes, r => Assert.Equal(("CTr/TU", "Ban Chấp hành Đảng bộ tỉnh"), (r.IssuerCode, r.Issuer)));
        Assert.Equal("số 1011-CTr/TU ngày 03/5/2018", programmes[1].Text);

        // "Thông tư số 343/2016/TT-BTC và Thông tư số 61/2017/TT-BTC của Bộ Tài chính": the issuer is both circulars'.
        var circular = Assert.Single(plan.Citations, r => string.Equals(r.Number, "343", StringComparison.Ordinal));
        Assert.Equal((LegalDocumentType.Circular, "Thông tư số 343/2016/TT-BTC", "Bộ Tài chính"), (circular.Type, circular.Text, circular.Issuer));
    }
}
