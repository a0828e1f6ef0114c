using Cchc.Domain.Deadlines;
using Cchc.Domain.Json;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>
/// The structured deadline of a task (<c>due</c>): a union whose <c>kind</c> names the members (docs/json-format.md,
/// docs/deadlines.md). The order of <see cref="Kinds"/> is the order of <see cref="Build"/> and of messages.
/// </summary>
internal static class DeadlineShapes
{
    /// <summary>The deadline kept where a part's deadline could not be read.</summary>
    public static Deadline Placeholder { get; } = new UnrecognizedDeadline(string.Empty);

    /// <summary>The kinds, in the order of the format's documentation.</summary>
    public static readonly string[] Kinds =
    [
        "onDate", "byDate", "noLaterThan", "month", "quarter", "halfYear", "nineMonths", "year",
        "workingDaysAfter", "daysAfter", "ongoing", "directed", "perDocument", "recurringReport", "labelledParts", "unrecognized",
    ];

    private static readonly JsonMember<DeadlineBuilder> Date = JsonMembers<DeadlineBuilder>.Date("date", true, (b, v) => b.Date = v);
    private static readonly JsonMember<DeadlineBuilder> Year = JsonMembers<DeadlineBuilder>.Int32("year", true, (b, v) => b.Year = v);
    private static readonly JsonMember<DeadlineBuilder> Event = JsonMembers<DeadlineBuilder>.Text("event", true, (b, v) => b.Event = v);

    private static readonly JsonShape<RecurringReportPartBuilder> ReportPart = new(
    [
        JsonMembers<RecurringReportPartBuilder>.Code<ReportingPeriodKind>("period", true, (b, v) => b.Period = v),
        JsonMembers<RecurringReportPartBuilder>.Int32("year", true, (b, v) => b.Year = v),
        JsonMembers<RecurringReportPartBuilder>.Int32("month", false, (b, v) => b.Month = v),
        JsonMembers<RecurringReportPartBuilder>.Text("text", false, (b, v) => b.Text = v),
        JsonMembers<RecurringReportPartBuilder>.Object("due", true, Read, (b, v) => b.Due = v),
    ]);

    private static readonly JsonShape<LabelledPartBuilder> LabelledPart = new(
    [
        JsonMembers<LabelledPartBuilder>.Text("label", true, (b, v) => b.Label = v),
        JsonMembers<LabelledPartBuilder>.Text("text", false, (b, v) => b.Text = v),
        JsonMembers<LabelledPartBuilder>.Object("due", true, Read, (b, v) => b.Due = v),
    ]);

    private static readonly JsonUnion<DeadlineBuilder> Union = new(
        "kind",
        (Kinds[0], [Date]),
        (Kinds[1], [Date]),
        (Kinds[2], [Date]),
        (Kinds[3], [JsonMembers<DeadlineBuilder>.Month("month", true, (b, v) => b.Month = v)]),
        (Kinds[4], [Year, JsonMembers<DeadlineBuilder>.Int32("quarter", true, (b, v) => b.Quarter = v)]),
        (Kinds[5], [Year, JsonMembers<DeadlineBuilder>.Int32("half", true, (b, v) => b.Half = v)]),
        (Kinds[6], [Year]),
        (Kinds[7], [Year]),
        (Kinds[8], [JsonMembers<DeadlineBuilder>.Int32("workingDays", true, (b, v) => b.WorkingDays = v), Event]),
        (Kinds[9], [JsonMembers<DeadlineBuilder>.Int32("days", true, (b, v) => b.Days = v), Event]),
        (Kinds[10], []),
        (Kinds[11], [JsonMembers<DeadlineBuilder>.Text("authority", false, (b, v) => b.Authority = v)]),
        (Kinds[12], [JsonMembers<DeadlineBuilder>.Text("document", true, (b, v) => b.Document = v)]),
        (Kinds[13], [JsonMembers<DeadlineBuilder>.List("parts", true, ReadReportPart, Parts.ReportPart, (b, v) => b.ReportParts = v)]),
        (Kinds[14], [JsonMembers<DeadlineBuilder>.List("parts", true, ReadLabelledPart, Parts.LabelledPart, (b, v) => b.LabelledParts = v)]),
        (Kinds[15], []));

    /// <summary>Reads the structured deadline the pass stands on; <see langword="null"/> when its kind is missing or unknown (reported).</summary>
    public static Deadline? Read(ref JsonPass pass)
    {
        var builder = new DeadlineBuilder();
        var kind = Union.Read(ref pass, builder);
        return kind < 0 ? null : Build(kind, builder);
    }

    private static Deadline Build(int kind, DeadlineBuilder d) => kind switch
    {
        0 => new OnDateDeadline(d.Date),
        1 => new ByDateDeadline(d.Date),
        2 => new NoLaterThanDeadline(d.Date),
        3 => new MonthDeadline(d.Month),
        4 => new QuarterDeadline(d.Year, d.Quarter),
        5 => new HalfYearDeadline(d.Year, d.Half),
        6 => new NineMonthsDeadline(d.Year),
        7 => new YearDeadline(d.Year),
        8 => new WorkingDaysAfterEventDeadline(d.WorkingDays, d.Event),
        9 => new DaysAfterEventDeadline(d.Days, d.Event),
        10 => new OngoingDeadline(),
        11 => new DirectedDeadline(d.Authority),
        12 => new PerDocumentDeadline(d.Document),
        13 => new RecurringReportDeadline(d.ReportParts),
        14 => new LabelledPartsDeadline(d.LabelledParts),
        _ => new UnrecognizedDeadline(string.Empty),
    };

    private static RecurringReportPart ReadReportPart(ref JsonPass pass)
    {
        var part = new RecurringReportPartBuilder();
        _ = ReportPart.Read(ref pass, part);
        return part.Build();
    }

    private static LabelledPart ReadLabelledPart(ref JsonPass pass)
    {
        var part = new LabelledPartBuilder();
        _ = LabelledPart.Read(ref pass, part);
        return part.Build();
    }

    private static class Parts
    {
        public static RecurringReportPart ReportPart { get; } = new(default, 0, DeadlineShapes.Placeholder);

        public static LabelledPart LabelledPart { get; } = new(string.Empty, DeadlineShapes.Placeholder);
    }
}
