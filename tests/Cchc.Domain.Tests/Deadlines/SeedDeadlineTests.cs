using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Tests.Samples;
using NodaTime;

namespace Cchc.Domain.Tests.Deadlines;

/// <summary>Every deadline phrase of the five seeds, read against its plan year and resolved with <see cref="WorkingCalendar.Default"/>.</summary>
public sealed class SeedDeadlineTests
{
    private const string Recurring = "Báo cáo quý I, trước ngày 10/3; 6 tháng đầu năm, trước ngày 10/6; quý III, trước ngày 10/9; báo cáo năm, trước ngày 5/12).";
    private const string Labelled = "- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)";
    private const string Row13 = "Chậm nhất sau 05 ngày làm việc kể từ ngày nhận được Công văn của Văn phòng UBND tỉnh thông báo Danh mục văn bản của Chính phủ, Bộ, ngành Trung ương";

    private static readonly string[] SampleNames =
    [
        "000-dien-bien-cong-thuong-2022.json", "001-khcn-2022.json", "002-ninh-thuan-cong-thuong-tuyen-truyen-2022.json",
        "003-cong-thuong-2021.json", "004-ha-tinh-ngoai-vu-2023.json",
    ];

    /// <summary>phrase, plan year, kind, due dates (yyyy-MM-dd, comma separated; empty when event or direction driven).</summary>
    public static TheoryData<string, int, Type, string> Phrases => new()
    {
        { "Tháng 12/2021", 2021, typeof(MonthDeadline), "2021-12-31" },
        { "Trước ngày 05/12/2021", 2021, typeof(ByDateDeadline), "2021-12-03" },   // limit Sat 04/12 → Fri 03/12
        { "Quý I", 2021, typeof(QuarterDeadline), "2021-03-31" },
        { "Năm 2021", 2021, typeof(YearDeadline), "2021-12-31" },
        { Recurring, 2021, typeof(RecurringReportDeadline), "2021-03-09,2021-06-09,2021-09-09,2021-12-03" },
        { "Quý III", 2021, typeof(QuarterDeadline), "2021-09-30" },
        { "Theo chỉ đạo của UBND tỉnh; Bộ CT", 2021, typeof(DirectedDeadline), "" },
        { "Theo chỉ đạo của cấp có thẩm quyền", 2021, typeof(DirectedDeadline), "" },
        { "Theo thời hạn của Kế hoạch rà soát của UBND tỉnh", 2021, typeof(PerDocumentDeadline), "" },
        { Row13, 2021, typeof(WorkingDaysAfterEventDeadline), "" },
        { "Sau 03 ngày làm việc kể từ khi nhận được Quyết định công bố", 2021, typeof(WorkingDaysAfterEventDeadline), "" },
        { "Trước 05/12/2021", 2021, typeof(ByDateDeadline), "2021-12-03" },
        { "Trước 5/12", 2021, typeof(ByDateDeadline), "2021-12-03" },
        { "Trước 10/11", 2021, typeof(ByDateDeadline), "2021-11-09" },
        { "Trước 30/11", 2021, typeof(ByDateDeadline), "2021-11-29" },
        { Labelled, 2021, typeof(LabelledPartsDeadline), "2021-03-31,2021-11-29" },
        { "Trước 15/01", 2021, typeof(ByDateDeadline), "2021-01-14" },
        { "Trước 15/12", 2021, typeof(ByDateDeadline), "2021-12-14" },
        { "Cả năm", 2021, typeof(YearDeadline), "2021-12-31" },
        { "Trước 30/12", 2021, typeof(ByDateDeadline), "2021-12-29" },
        { "trong Quý I năm 2022", 2022, typeof(QuarterDeadline), "2022-03-31" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Seed_phrase_parses_to_its_kind_and_due_dates(string phrase, int planYear, Type kind, string dueDates)
    {
        Assert.True(Deadline.TryParse(phrase, planYear, out var deadline));

        Assert.IsType(kind, deadline);
        Assert.Equal(phrase, deadline.Text);
        var expected = dueDates.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => LocalDate.FromDateTime(DateTime.Parse(d, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, deadline.DueDates(WorkingCalendar.Default));
    }

    [Fact]
    public void Every_deadline_of_the_five_samples_is_understood_and_listed_in_the_table()
    {
        var table = Phrases.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var tasks = SampleNames.Select(SamplePlans.Load).SelectMany(s => s.Plan.AllTasks).Where(t => t.Task.Deadline is not null).ToList();

        Assert.Equal(47, tasks.Count);
        Assert.All(tasks, t => Assert.IsNotType<UnrecognizedDeadline>(t.Task.Deadline));
        Assert.All(tasks, t => Assert.True(table.Contains(t.Task.Deadline!.Text!), t.Task.Deadline.Text));
    }

    [Fact]
    public void The_recurring_report_of_seed_003_holds_its_four_periods_and_days()
    {
        Assert.True(Deadline.TryParse(Recurring, 2021, out var deadline));

        var recurring = Assert.IsType<RecurringReportDeadline>(deadline);
        Assert.Equal(
            [
                new RecurringReportPart(Cchc.Domain.Reporting.ReportingPeriodKind.Quarter1, 2021, new ByDateDeadline(new LocalDate(2021, 3, 10)) { Text = "trước ngày 10/3" }),
                new RecurringReportPart(Cchc.Domain.Reporting.ReportingPeriodKind.FirstSixMonths, 2021, new ByDateDeadline(new LocalDate(2021, 6, 10)) { Text = "trước ngày 10/6" }),
                new RecurringReportPart(Cchc.Domain.Reporting.ReportingPeriodKind.Quarter3, 2021, new ByDateDeadline(new LocalDate(2021, 9, 10)) { Text = "trước ngày 10/9" }),
                new RecurringReportPart(Cchc.Domain.Reporting.ReportingPeriodKind.Year, 2021, new ByDateDeadline(new LocalDate(2021, 12, 5)) { Text = "trước ngày 5/12" }),
            ],
            recurring.Parts);
        Assert.Equal(["quý I năm 2021", "6 tháng đầu năm 2021", "quý III năm 2021", "năm 2021"], deadline.Resolve(WorkingCalendar.Default).Select(d => d.Label), StringComparer.Ordinal);
    }

    [Fact]
    public void Labelled_parts_keep_labels_and_part_phrases()
    {
        Assert.True(Deadline.TryParse(Labelled, 2021, out var deadline));

        Assert.Equal(
            new LabelledPartsDeadline(
            [
                new LabelledPart("Kế hoạch", new QuarterDeadline(2021, 1) { Text = "Quý I" }),
                new LabelledPart("Báo cáo", new ByDateDeadline(new LocalDate(2021, 11, 30)) { Text = "Trước 30/11" }),
            ])
            { Text = Labelled },
            deadline);
        Assert.Equal(new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 11, 30)), deadline.Span);
    }

    [Fact]
    public void Event_and_direction_phrases_keep_the_event_and_who_directs()
    {
        Assert.True(Deadline.TryParse(Row13, 2021, out var row13));
        Assert.True(Deadline.TryParse("Sau 03 ngày làm việc kể từ khi nhận được Quyết định công bố", 2021, out var row14));
        Assert.True(Deadline.TryParse("Theo chỉ đạo của UBND tỉnh; Bộ CT", 2021, out var row10));
        Assert.True(Deadline.TryParse("Theo chỉ đạo của cấp có thẩm quyền", 2021, out var row11));
        Assert.True(Deadline.TryParse("Theo thời hạn của Kế hoạch rà soát của UBND tỉnh", 2021, out var row12));

        var working = Assert.IsType<WorkingDaysAfterEventDeadline>(row13);
        Assert.Equal(5, working.WorkingDays);
        Assert.Equal("nhận được Công văn của Văn phòng UBND tỉnh thông báo Danh mục văn bản của Chính phủ, Bộ, ngành Trung ương", working.Event);
        Assert.Equal((3, "nhận được Quyết định công bố"), (((WorkingDaysAfterEventDeadline)row14).WorkingDays, ((WorkingDaysAfterEventDeadline)row14).Event));
        Assert.Equal("UBND tỉnh; Bộ CT", Assert.IsType<DirectedDeadline>(row10).Authority);
        Assert.Equal("cấp có thẩm quyền", Assert.IsType<DirectedDeadline>(row11).Authority);
        Assert.Equal("Kế hoạch rà soát của UBND tỉnh", Assert.IsType<PerDocumentDeadline>(row12).Document);
        Assert.All([row10, row11, row12, row13, row14], d => Assert.Null(d.Span));
    }
}
