using System.Globalization;
using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using NodaTime;

namespace Cchc.Domain.Tests.Deadlines;

/// <summary>
/// Phrases written as an official would, combining the grammar's parts (lead-ins, relation words, days, periods,
/// lists, spans, recurrences, days relative to a period, reports due after their period), for plan year 2024: the kind
/// and the limits (the last day the wording allows, before any move off a day off; ';' separated).
/// </summary>
public sealed class DeadlineGrammarTests
{
    private const int Year = 2024;

    public static TheoryData<string, Type, string> Phrases => new()
    {
        { "Hoàn thành trước ngày 15/3/2024", typeof(ByDateDeadline), "2024-03-14" },
        { "Hoàn thành xong trước 30/6", typeof(ByDateDeadline), "2024-06-29" },
        { "Gửi về Sở Nội vụ trước ngày 20/11/2024", typeof(ByDateDeadline), "2024-11-19" },
        { "Gửi báo cáo về Sở Nội vụ trước ngày 05/12", typeof(ByDateDeadline), "2024-12-04" },
        { "Nộp trước 10/10", typeof(ByDateDeadline), "2024-10-09" },
        { "Chậm nhất ngày 31/10/2024", typeof(NoLaterThanDeadline), "2024-10-31" },
        { "Chậm nhất là ngày 25 tháng 11 năm 2024", typeof(NoLaterThanDeadline), "2024-11-25" },
        { "Đến ngày 30/9/2024", typeof(NoLaterThanDeadline), "2024-09-30" },
        { "Vào ngày 19/5", typeof(OnDateDeadline), "2024-05-19" },
        { "Trong tháng 9/2024", typeof(MonthDeadline), "2024-09-30" },
        { "Trước tháng 7 năm 2024", typeof(NoLaterThanDeadline), "2024-06-30" },
        { "T7/2024", typeof(MonthDeadline), "2024-07-31" },
        { "tháng 8 và tháng 9", typeof(SeveralPeriodsDeadline), "2024-08-31;2024-09-30" },
        { "Tháng 8, 9/2024", typeof(SeveralPeriodsDeadline), "2024-08-31;2024-09-30" },
        { "Từ tháng 3 đến tháng 5/2024", typeof(PeriodRangeDeadline), "2024-05-31" },
        { "Từ ngày 01/6 đến ngày 30/6/2024", typeof(PeriodRangeDeadline), "2024-06-30" },
        { "Quý I", typeof(QuarterDeadline), "2024-03-31" },
        { "quý 3/2024", typeof(QuarterDeadline), "2024-09-30" },
        { "Quý IV năm 2024", typeof(QuarterDeadline), "2024-12-31" },
        { "Quý Ⅱ", typeof(QuarterDeadline), "2024-06-30" },
        { "Quý I, II năm 2024", typeof(SeveralPeriodsDeadline), "2024-03-31;2024-06-30" },
        { "Quý II và Quý III", typeof(SeveralPeriodsDeadline), "2024-06-30;2024-09-30" },
        { "6 tháng đầu năm 2024", typeof(HalfYearDeadline), "2024-06-30" },
        { "6 tháng cuối năm", typeof(HalfYearDeadline), "2024-12-31" },
        { "9 tháng đầu năm", typeof(NineMonthsDeadline), "2024-09-30" },
        { "Cả năm", typeof(YearDeadline), "2024-12-31" },
        { "Năm 2024", typeof(YearDeadline), "2024-12-31" },
        { "Giai đoạn 2021–2025", typeof(PeriodRangeDeadline), "2025-12-31" },
        { "2021-2025", typeof(PeriodRangeDeadline), "2025-12-31" },
        { "Các năm 2024, 2025", typeof(SeveralPeriodsDeadline), "2024-12-31;2025-12-31" },
        { "Năm 2024 và các năm tiếp theo", typeof(RecurringDeadline), "2024-12-31" },
        { "Hằng năm", typeof(RecurringDeadline), "2024-12-31" },
        { "Hàng quý", typeof(RecurringDeadline), "2024-03-31;2024-06-30;2024-09-30;2024-12-31" },
        { "Hằng tháng", typeof(RecurringDeadline), MonthEnds },
        { "Mỗi tháng", typeof(RecurringDeadline), MonthEnds },
        { "Định kỳ hằng tháng", typeof(RecurringDeadline), MonthEnds },
        { "6 tháng/lần", typeof(RecurringDeadline), "2024-06-30;2024-12-31" },
        { "06 tháng một lần", typeof(RecurringDeadline), "2024-06-30;2024-12-31" },
        { "Định kỳ hằng quý", typeof(RecurringDeadline), "2024-03-31;2024-06-30;2024-09-30;2024-12-31" },
        { "Trước ngày 10 tháng 12 hằng năm", typeof(RecurringDeadline), "2024-12-09" },
        { "Hằng năm, trước ngày 15/12", typeof(RecurringDeadline), "2024-12-14" },
        { "Định kỳ trước ngày 25 hằng tháng", typeof(RecurringDeadline), string.Join(';', Enumerable.Range(1, 12).Select(m => new LocalDate(Year, m, 24).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) },
        { "Ngày 18 của tháng cuối quý", typeof(RecurringDeadline), "2024-03-18;2024-06-18;2024-09-18;2024-12-18" },
        { "Hằng quý, ngày 18 của tháng cuối quý", typeof(RecurringDeadline), "2024-03-18;2024-06-18;2024-09-18;2024-12-18" },
        { "Trước ngày 20 của tháng đầu quý sau", typeof(RecurringDeadline), "2024-01-19;2024-04-19;2024-07-19;2024-10-19" },
        { "Hằng quý, trước ngày 12 tháng cuối cùng của kỳ báo cáo", typeof(RecurringDeadline), "2024-03-11;2024-06-11;2024-09-11;2024-12-11" },
        { "Báo cáo năm gửi trước ngày 15 tháng 01 năm sau", typeof(RecurringReportDeadline), "2025-01-14" },
        { "Báo cáo năm, trước ngày 15/01", typeof(RecurringReportDeadline), "2025-01-14" },
        { "Báo cáo quý II, chậm nhất ngày 18/6", typeof(RecurringReportDeadline), "2024-06-18" },
        { "Báo cáo 6 tháng đầu năm gửi Sở Nội vụ trước ngày 20/6", typeof(RecurringReportDeadline), "2024-06-19" },
        { "Báo cáo quý I, trước ngày 15/3; báo cáo năm, trước ngày 15/01 năm sau", typeof(RecurringReportDeadline), "2024-03-14;2025-01-14" },
        { "Báo cáo quý III, ngày 18 của tháng cuối quý", typeof(RecurringReportDeadline), "2024-09-18" },
        { "Ngày 5 tháng 12 năm 2024", typeof(OnDateDeadline), "2024-12-05" },
        { "31/12/24", typeof(OnDateDeadline), "2024-12-31" },
        { "Trước 31.12.2024", typeof(ByDateDeadline), "2024-12-30" },
        { "trước 15-11-2024", typeof(ByDateDeadline), "2024-11-14" },
        { "TRƯỚC NGÀY 05/12", typeof(ByDateDeadline), "2024-12-04" },
        { "truoc ngay 5/12/2024", typeof(ByDateDeadline), "2024-12-04" },
        { "Trước ngày ٣/١٢", typeof(ByDateDeadline), "2024-12-02" },
        { "Trước ngày １０/１２", typeof(ByDateDeadline), "2024-12-09" },
        { "Triển khai trong quý III/2024", typeof(QuarterDeadline), "2024-09-30" },
        { "Tổ chức trong tháng 10", typeof(MonthDeadline), "2024-10-31" },
        { "Trình UBND tỉnh trong quý 4", typeof(QuarterDeadline), "2024-12-31" },
        { "Thực hiện trong năm 2024", typeof(YearDeadline), "2024-12-31" },
        { "Xong trước 30/9", typeof(ByDateDeadline), "2024-09-29" },
        { "Hạn chót: 20/12/2024", typeof(NoLaterThanDeadline), "2024-12-20" },
        { "Đến hết ngày 31/3", typeof(NoLaterThanDeadline), "2024-03-31" },
        { "Không muộn hơn ngày 15/7/2024", typeof(NoLaterThanDeadline), "2024-07-15" },
        { "Từ quý II đến quý IV năm 2024", typeof(PeriodRangeDeadline), "2024-12-31" },
        { "Từ tháng 11/2024 đến tháng 02/2025", typeof(PeriodRangeDeadline), "2025-02-28" },
        { "Trước quý III/2024", typeof(NoLaterThanDeadline), "2024-06-30" },
        { "Quý IV hằng năm", typeof(RecurringDeadline), "2024-12-31" },
        { "(Hoàn thành trước 15/8)", typeof(ByDateDeadline), "2024-08-14" },
        { "Hoàn thành trong tháng 5 năm 2024.", typeof(MonthDeadline), "2024-05-31" },
        { "nửa đầu năm 2024", typeof(HalfYearDeadline), "2024-06-30" },
        { "Quý 1/2025", typeof(QuarterDeadline), "2025-03-31" },
        { "Tháng 12 năm 2024", typeof(MonthDeadline), "2024-12-31" },
        { "Trong quý I và quý II năm 2025", typeof(SeveralPeriodsDeadline), "2025-03-31;2025-06-30" },
        { "Các năm 2024 và 2025", typeof(SeveralPeriodsDeadline), "2024-12-31;2025-12-31" },
        { "Trước ngày 30 tháng 11", typeof(ByDateDeadline), "2024-11-29" },
        { "Gửi Sở Nội vụ chậm nhất ngày 10/12", typeof(NoLaterThanDeadline), "2024-12-10" },
        { "Tổ chức vào ngày 09/11/2024", typeof(OnDateDeadline), "2024-11-09" },
        { "Hoàn thành chậm nhất trong quý 2/2024", typeof(QuarterDeadline), "2024-06-30" },
        { "Kế hoạch: Quý I; Báo cáo: trước 15/12", typeof(LabelledPartsDeadline), "2024-03-31;2024-12-14" },
        { "- Dự thảo (tháng 3/2024); - Ban hành (quý II/2024)", typeof(LabelledPartsDeadline), "2024-03-31;2024-06-30" },
        { "Ngày 29/02", typeof(OnDateDeadline), "2024-02-29" },
    };

    public static TheoryData<string, Deadline> NotDueDates => new()
    {
        { "Áp dụng từ 01/3/2024", new StartDateDeadline(new LocalDate(2024, 3, 1), null) },
        { "Từ ngày 01/01/2025", new StartDateDeadline(new LocalDate(2025, 1, 1), null) },
        { "Kể từ ngày ký", new StartDateDeadline(null, "ngày ký") },
        { "Có hiệu lực kể từ ngày ký", new StartDateDeadline(null, "ngày ký") },
        { "Số liệu tính từ ngày 15/12 năm trước đến ngày 14/6", new DataWindowDeadline(new DateInterval(new LocalDate(2023, 12, 15), new LocalDate(2024, 6, 14))) },
        { "Thời gian chốt số liệu từ ngày 15/3 đến ngày 14/6", new DataWindowDeadline(new DateInterval(new LocalDate(2024, 3, 15), new LocalDate(2024, 6, 14))) },
        { "Trong vòng 05 ngày làm việc kể từ khi nhận được", new WorkingDaysAfterEventDeadline(5, "nhận được") },
    };

    private static string MonthEnds => string.Join(';', Enumerable.Range(1, 12).Select(m => new LocalDate(Year, m, 1).With(DateAdjusters.EndOfMonth).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Phrase_reads_to_its_kind_and_limits(string phrase, Type kind, string limits)
    {
        var result = Deadline.Parse(phrase, Year);

        Assert.True(result.Success, result.Message);
        Assert.IsType(kind, result.Value);
        Assert.Equal(phrase, result.Value.Text);
        Assert.Equal(limits, string.Join(';', result.Value.Resolve(WorkingCalendar.Default).Select(d => d.Limit.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
    }

    [Theory]
    [MemberData(nameof(NotDueDates))]
    public void A_start_a_data_window_or_a_time_after_an_undated_event_gives_no_due_date(string phrase, Deadline expected)
    {
        Assert.True(Deadline.TryParse(phrase, Year, out var deadline));

        Assert.Equal(expected with { Text = phrase }, deadline);
        Assert.Empty(deadline.DueDates(WorkingCalendar.Default));
    }

    [Theory]
    [InlineData("30/02/2022", 2022, 0)]
    [InlineData("29/2/2025", 2024, 0)]
    [InlineData("Trước ngày 31/4/2024", 2024, 11)]
    [InlineData("Chậm nhất ngày 29/02", 2025, 15)]
    [InlineData("Trước 31/02", 2021, 6)]
    public void An_impossible_date_is_its_own_outcome(string phrase, int planYear, int position)
    {
        var result = Deadline.Parse(phrase, planYear);

        Assert.False(result.Success);
        Assert.Equal(DeadlineParseError.ImpossibleDate, result.Error);
        Assert.Equal(position, result.Position);
        Assert.False(Deadline.TryParse(phrase, planYear, out _));
    }

    [Fact]
    public void A_failure_says_why_and_where_in_both_languages()
    {
        var result = Deadline.Parse("Quý V", 2024);

        Assert.Equal((DeadlineParseError.NotUnderstood, 4, "V"), (result.Error, result.Position, result.Near));
        Assert.Equal("not understood, stopped at character 4: 'V'", result.Message);
        Assert.Equal("không hiểu được, dừng ở ký tự 4: 'V'", result.MessageVi);
        Assert.Throws<InvalidOperationException>(() => result.Value);
        var unrecognized = Assert.IsType<UnrecognizedDeadline>(result.ToDeadline());
        Assert.Equal(new DeadlineParseFailure(DeadlineParseError.NotUnderstood, 4, "V"), unrecognized.Failure);
        Assert.Equal(new UnrecognizedDeadline("Quý V"), unrecognized);
    }

    [Theory]
    [InlineData(null, 2024, DeadlineParseError.Empty)]
    [InlineData("  .; ", 2024, DeadlineParseError.Empty)]
    [InlineData("Quý I", 0, DeadlineParseError.YearOutOfRange)]
    [InlineData("Năm 0000", 2024, DeadlineParseError.YearOutOfRange)]
    [InlineData("Sớm nhất có thể", 2024, DeadlineParseError.NotUnderstood)]
    public void Failure_reasons(string? phrase, int planYear, DeadlineParseError error) =>
        Assert.Equal(error, Deadline.Parse(phrase, planYear).Error);

    [Fact]
    public void A_phrase_of_100000_characters_is_read_to_an_outcome()
    {
        var repeated = string.Concat(Enumerable.Repeat("Trước 30/11 ", 100_000 / 12 + 1))[..100_000];
        var authority = "Theo chỉ đạo của " + new string('x', 100_000);

        var failed = Deadline.Parse(repeated, 2024);
        var read = Deadline.Parse(authority, 2024);

        Assert.Equal(DeadlineParseError.NotUnderstood, failed.Error);
        Assert.InRange(failed.Position, 1, repeated.Length);
        Assert.Equal(new string('x', 100_000), Assert.IsType<DirectedDeadline>(read.Value).Authority);
    }

    [Fact]
    public void Parse_never_throws_on_strings_of_odd_characters()
    {
        var odd = FsCheck.Fluent.Gen.Elements('\uFFFE', '\uFFFF', '\ud800', '\udc00', '\u0301', '٣', '١', '１', '৭', '/', ' ', 'Q', 'u', 'ý', 'I', 'Ⅳ', '\n', ';', '(', ')', '0', '9', 'n', 'g', 'à', 'y');
        var texts = FsCheck.Fluent.Gen.Select(FsCheck.Fluent.Gen.ArrayOf(odd), chars => new string(chars));

        PropertyCheck.ForAll(texts, text =>
        {
            var result = Deadline.Parse(text, 2024);
            _ = result.Success ? result.Value.Resolve(WorkingCalendar.Default).Count : result.Position;
            _ = Cchc.Domain.Text.VietnameseText.ToNfc(text);
            _ = Cchc.Domain.Text.VietnameseText.IsNfc(text);
        });
        PropertyCheck.ForAll(FsCheck.Fluent.ArbMap.Default.ArbFor<string>(), text => Deadline.Parse(text, 2024) is not null, maxTest: 1000);
    }
}
