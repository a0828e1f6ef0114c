using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Serialization;
using NodaTime;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scheduling;

namespace Cchc.Domain.Tests.Deadlines;

/// <summary>Every deadline kind writes as a structured <c>due</c> and reads back equal.</summary>
public sealed class DeadlineJsonTests
{
    public static TheoryData<Deadline, string> Structured => new()
    {
        { new OnDateDeadline(new LocalDate(2022, 5, 4)), "onDate" },
        { new ByDateDeadline(new LocalDate(2022, 12, 5)), "byDate" },
        { new NoLaterThanDeadline(new LocalDate(2022, 12, 15)), "noLaterThan" },
        { new MonthDeadline(new YearMonth(2022, 6)), "month" },
        { new QuarterDeadline(2022, 3), "quarter" },
        { new HalfYearDeadline(2022, 2), "halfYear" },
        { new NineMonthsDeadline(2022), "nineMonths" },
        { new YearDeadline(2022), "year" },
        { new WorkingDaysAfterEventDeadline(5, "nhận được Công văn"), "workingDaysAfter" },
        { new DaysAfterEventDeadline(10, "nhận được văn bản"), "daysAfter" },
        { new DirectedDeadline("UBND tỉnh; Bộ CT"), "directed" },
        { new DirectedDeadline(null), "directed" },
        { new PerDocumentDeadline("Kế hoạch rà soát của UBND tỉnh"), "perDocument" },
        {
            new RecurringReportDeadline(
            [
                new RecurringReportPart(ReportingPeriodKind.Quarter1, 2022, new ByDateDeadline(new LocalDate(2022, 3, 10)) { Text = "trước ngày 10/3" }),
                new RecurringReportPart(ReportingPeriodKind.Month, 2022, new NoLaterThanDeadline(new LocalDate(2022, 7, 20))) { Month = 7 },
            ]),
            "recurringReport"
        },
        {
            new LabelledPartsDeadline(
            [
                new LabelledPart("Kế hoạch", new QuarterDeadline(2022, 1) { Text = "Quý I" }),
                new LabelledPart("Báo cáo", new ByDateDeadline(new LocalDate(2022, 11, 30))),
                new LabelledPart("Khác", new UnrecognizedDeadline("khi có yêu cầu")),
            ]),
            "labelledParts"
        },
    };

    [Theory]
    [MemberData(nameof(Structured))]
    public void Structured_deadline_round_trips_through_the_plan_json(Deadline deadline, string kind)
    {
        foreach (var text in new[] { null, "như văn bản" })
        {
            var plan = WithDeadline(deadline with { Text = text });
            var json = PlanJson.Write(plan);
            var read = PlanJson.Read(json);

            Assert.Contains($"\"kind\": \"{kind}\"", json, StringComparison.Ordinal);
            Assert.Equal(plan, read.Plan);
            Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        }
    }

    [Theory]
    [MemberData(nameof(SeedDeadlineTests.Phrases), MemberType = typeof(SeedDeadlineTests))]
    public void Seed_phrase_writes_as_the_phrase_alone_and_its_structure_round_trips(string phrase, int planYear, Type kind, string dueDates)
    {
        Assert.True(Deadline.TryParse(phrase, planYear, out var deadline), $"{kind.Name} {dueDates}");

        var asPhrase = PlanJson.Write(WithDeadline(deadline, planYear));
        Assert.DoesNotContain("\"due\"", asPhrase, StringComparison.Ordinal);
        Assert.Equal(deadline, SingleDeadline(PlanJson.Read(asPhrase).Plan!));

        var structured = WithDeadline(deadline with { Text = null }, planYear);
        Assert.Equal(structured, PlanJson.Read(PlanJson.Write(structured)).Plan);
    }

    [Fact]
    public void An_invalid_structured_part_is_reported_not_thrown()
    {
        const string Due = """{ "kind": "recurringReport", "parts": [ { "period": "adHoc", "year": 2022, "due": { "kind": "halfYear", "year": 2022, "half": 3 } } ] }""";
        var json = PlanJson.Write(WithDeadline(new YearDeadline(2022)));
        var start = json.IndexOf("\"due\": {", StringComparison.Ordinal);
        var end = json.IndexOf('}', start);
        json = string.Concat(json.AsSpan(0, start), "\"due\": ", Due, json.AsSpan(end + 1));

        var result = PlanJson.Read(json);

        Assert.NotNull(result.Plan);
        Assert.Equal(["/areas/0/tasks/0/due/parts/0/period", "/areas/0/tasks/0/due/parts/0/due/half"], result.Diagnostics.Where(d => d.Code == "CCHC2023").Select(d => d.Path), StringComparer.Ordinal);
    }

    private static Plan WithDeadline(Deadline deadline, int year = 2022)
    {
        var plan = SamplePlan.Build();
        var area = plan.Areas[0];
        return plan with
        {
            Header = plan.Header with { Year = year },
            Areas = [area with { Tasks = [area.Tasks[0] with { Deadline = deadline }] }, .. plan.Areas.Skip(1)],
        };
    }

    private static Deadline? SingleDeadline(Plan plan) => plan.Areas[0].Tasks[0].Deadline;
}
