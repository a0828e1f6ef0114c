using Cchc.Domain.Deadlines;
using Cchc.Domain.Reporting;
using NodaTime;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Tests.Deadlines;

/// <summary>The variants a user will write: other quarters and halves, dates in words, any case, no diacritics, stray spaces and punctuation.</summary>
public sealed class DeadlineVariantTests
{
    public static TheoryData<string, Deadline> Variants => new()
    {
        { "Quý II", new QuarterDeadline(2021, 2) },
        { "quý IV", new QuarterDeadline(2021, 4) },
        { "QUÝ 3", new QuarterDeadline(2021, 3) },
        { "Quy 2/2022", new QuarterDeadline(2022, 2) },
        { "Trong quý IV năm 2022.", new QuarterDeadline(2022, 4) },
        { "6 tháng cuối năm", new HalfYearDeadline(2021, 2) },
        { "06 tháng đầu năm 2022", new HalfYearDeadline(2022, 1) },
        { "nửa cuối năm", new HalfYearDeadline(2021, 2) },
        { "9 tháng đầu năm", new NineMonthsDeadline(2021) },
        { "09 tháng", new NineMonthsDeadline(2021) },
        { "Tháng 6", new MonthDeadline(new YearMonth(2021, 6)) },
        { "tháng 6 năm 2022", new MonthDeadline(new YearMonth(2022, 6)) },
        { "05/12/2021", new OnDateDeadline(new LocalDate(2021, 12, 5)) },
        { "Ngày 30 tháng 12 năm 2021", new OnDateDeadline(new LocalDate(2021, 12, 30)) },
        { "30-12-2021", new OnDateDeadline(new LocalDate(2021, 12, 30)) },
        { "Trước ngày 30 tháng 11 năm 2022", new ByDateDeadline(new LocalDate(2022, 11, 30)) },
        { "truoc ngay 05/12/2021", new ByDateDeadline(new LocalDate(2021, 12, 5)) },
        { "TRƯỚC NGÀY 05/12/2021", new ByDateDeadline(new LocalDate(2021, 12, 5)) },
        { "  Trước   ngày  05 / 12 / 2021 . ", new ByDateDeadline(new LocalDate(2021, 12, 5)) },
        { "(Trước 30/11)", new ByDateDeadline(new LocalDate(2021, 11, 30)) },
        { "Chậm nhất ngày 15/12/2021", new NoLaterThanDeadline(new LocalDate(2021, 12, 15)) },
        { "Hạn chót: 15/12", new NoLaterThanDeadline(new LocalDate(2021, 12, 15)) },
        { "Trong năm 2022", new YearDeadline(2022) },
        { "cả năm", new YearDeadline(2021) },
        { "CA NAM", new YearDeadline(2021) },
        { "Trong 10 ngày kể từ ngày nhận được văn bản", new DaysAfterEventDeadline(10, "nhận được văn bản") },
        { "05 ngày làm việc sau khi nhận được Kế hoạch", new WorkingDaysAfterEventDeadline(5, "nhận được Kế hoạch") },
        { "Theo yêu cầu của Sở Nội vụ", new DirectedDeadline("Sở Nội vụ") },
        { "Theo chỉ đạo", new DirectedDeadline(null) },
        { "Thường xuyên", new OngoingDeadline() },
        { "Liên tục", new OngoingDeadline() },
        { "Thường xuyên, liên tục", new OngoingDeadline() },
        { "thuong xuyen.", new OngoingDeadline() },
        { "theo chi dao cua UBND tinh", new DirectedDeadline("UBND tinh") },
        { "Theo quy định", new PerDocumentDeadline("quy định") },
        { "Theo tiến độ của Đề án 06", new PerDocumentDeadline("Đề án 06") },
        {
            "Kế hoạch: Quý I; Báo cáo: Trước 30/11",
            new LabelledPartsDeadline(
            [
                new LabelledPart("Kế hoạch", new QuarterDeadline(2021, 1) { Text = "Quý I" }),
                new LabelledPart("Báo cáo", new ByDateDeadline(new LocalDate(2021, 11, 30)) { Text = "Trước 30/11" }),
            ])
        },
        {
            "- Ke hoach (Quy II)\n- Bao cao (truoc 15/12)",
            new LabelledPartsDeadline(
            [
                new LabelledPart("Ke hoach", new QuarterDeadline(2021, 2) { Text = "Quy II" }),
                new LabelledPart("Bao cao", new ByDateDeadline(new LocalDate(2021, 12, 15)) { Text = "truoc 15/12" }),
            ])
        },
        {
            "Báo cáo 6 tháng cuối năm, trước ngày 15/12; báo cáo quý IV, trước ngày 15/01",
            new RecurringReportDeadline(
            [
                new RecurringReportPart(ReportingPeriodKind.SecondSixMonths, 2021, new ByDateDeadline(new LocalDate(2021, 12, 15)) { Text = "trước ngày 15/12" }),
                new RecurringReportPart(ReportingPeriodKind.Quarter4, 2021, new ByDateDeadline(new LocalDate(2022, 1, 15)) { Text = "trước ngày 15/01" }),
            ])
        },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Variant_reads_as_expected(string phrase, Deadline expected)
    {
        Assert.True(Deadline.TryParse(phrase, 2021, out var deadline));

        Assert.Equal(expected with { Text = phrase }, deadline);
    }

    [Theory]
    [InlineData("Sớm nhất có thể")]
    [InlineData("Trước 31/02")]
    [InlineData("Quý V")]
    [InlineData("Tháng 13")]
    [InlineData("Quý I (năm 2022)")]
    [InlineData("   ")]
    public void Phrase_that_is_not_a_deadline_is_not_understood(string phrase)
    {
        Assert.False(Deadline.TryParse(phrase, 2021, out var deadline));
        Assert.Null(deadline);
    }

    [Fact]
    public void Null_text_and_an_impossible_plan_year_are_not_understood()
    {
        Assert.False(Deadline.TryParse(null, 2021, out _));
        Assert.False(Deadline.TryParse("Quý I", 0, out _));
        Assert.False(Deadline.TryParse("Quý I", 10_000, out _));
    }

    [Fact]
    public void Decomposed_input_keeps_the_authority_as_written()
    {
        var decomposed = "Theo chỉ đạo của UBND tỉnh".Normalize(System.Text.NormalizationForm.FormD);

        Assert.True(Deadline.TryParse(decomposed, 2021, out var deadline));
        Assert.Equal("UBND tỉnh".Normalize(System.Text.NormalizationForm.FormD), Assert.IsType<DirectedDeadline>(deadline).Authority);
    }
}
