using Cchc.Domain.Deadlines;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>Translates task deadlines between the phrase/structure pair of the JSON and the model's <see cref="Deadline"/>.</summary>
internal static class DeadlineMapper
{
    /// <summary>The model's deadline: the structure when given, otherwise the phrase parsed against the plan year.</summary>
    public static Deadline? ToDomain(string? phrase, DeadlineDto? due, int planYear)
    {
        if (due is not null)
        {
            return FromDto(due) with { Text = phrase };
        }

        if (phrase is null)
        {
            return null;
        }

        return Deadline.TryParse(phrase, planYear, out var parsed) ? parsed : new UnrecognizedDeadline(phrase);
    }

    /// <summary>
    /// The structure to write: none when the phrase alone reads back to the same deadline (a phrase the
    /// parser understands, or one it does not kept as unrecognized); otherwise the structure, also
    /// <c>unrecognized</c> for a phrase kept as not understood that the parser would read.
    /// </summary>
    public static DeadlineDto? ToDto(Deadline? deadline, int planYear) =>
        deadline is null || ToDomain(deadline.Text, null, planYear) == deadline ? null : ToDto(deadline);

    private static Deadline FromDto(DeadlineDto dto) => dto switch
    {
        OnDateDeadlineDto d => new OnDateDeadline(d.Date),
        ByDateDeadlineDto d => new ByDateDeadline(d.Date),
        NoLaterThanDeadlineDto d => new NoLaterThanDeadline(d.Date),
        MonthDeadlineDto d => new MonthDeadline(d.Month),
        QuarterDeadlineDto d => new QuarterDeadline(d.Year, d.Quarter),
        HalfYearDeadlineDto d => new HalfYearDeadline(d.Year, d.Half),
        NineMonthsDeadlineDto d => new NineMonthsDeadline(d.Year),
        YearDeadlineDto d => new YearDeadline(d.Year),
        WorkingDaysAfterDeadlineDto d => new WorkingDaysAfterEventDeadline(d.WorkingDays, d.Event),
        DaysAfterDeadlineDto d => new DaysAfterEventDeadline(d.Days, d.Event),
        OngoingDeadlineDto => new OngoingDeadline(),
        DirectedDeadlineDto d => new DirectedDeadline(d.Authority),
        PerDocumentDeadlineDto d => new PerDocumentDeadline(d.Document),
        RecurringReportDeadlineDto d => new RecurringReportDeadline(
            [.. d.Parts.Select(p => new RecurringReportPart(p.Period, p.Year, FromDto(p.Due) with { Text = p.Text }) { Month = p.Month })]),
        LabelledPartsDeadlineDto d => new LabelledPartsDeadline(
            [.. d.Parts.Select(p => new LabelledPart(p.Label, FromDto(p.Due) with { Text = p.Text }))]),
        UnrecognizedDeadlineDto => new UnrecognizedDeadline(string.Empty),
        _ => throw new ArgumentOutOfRangeException(nameof(dto), dto, "Unknown deadline kind."),
    };

    private static DeadlineDto ToDto(Deadline deadline) => deadline switch
    {
        OnDateDeadline d => new OnDateDeadlineDto { Date = d.Date },
        ByDateDeadline d => new ByDateDeadlineDto { Date = d.Date },
        NoLaterThanDeadline d => new NoLaterThanDeadlineDto { Date = d.Date },
        MonthDeadline d => new MonthDeadlineDto { Month = d.Month },
        QuarterDeadline d => new QuarterDeadlineDto { Year = d.Year, Quarter = d.Quarter },
        HalfYearDeadline d => new HalfYearDeadlineDto { Year = d.Year, Half = d.Half },
        NineMonthsDeadline d => new NineMonthsDeadlineDto { Year = d.Year },
        YearDeadline d => new YearDeadlineDto { Year = d.Year },
        WorkingDaysAfterEventDeadline d => new WorkingDaysAfterDeadlineDto { WorkingDays = d.WorkingDays, Event = d.Event },
        DaysAfterEventDeadline d => new DaysAfterDeadlineDto { Days = d.Days, Event = d.Event },
        OngoingDeadline => new OngoingDeadlineDto(),
        DirectedDeadline d => new DirectedDeadlineDto { Authority = d.Authority },
        PerDocumentDeadline d => new PerDocumentDeadlineDto { Document = d.Document },
        RecurringReportDeadline d => new RecurringReportDeadlineDto
        {
            Parts = DtoLists.Of(d.Parts, p => new RecurringReportPartDto { Period = p.Kind, Year = p.Year, Month = p.Month, Text = p.Due?.Text, Due = PartDue(p.Due) }),
        },
        LabelledPartsDeadline d => new LabelledPartsDeadlineDto
        {
            Parts = DtoLists.Of(d.Parts, p => new LabelledPartDto { Label = p.Label, Text = p.Deadline?.Text, Due = PartDue(p.Deadline) }),
        },

        UnrecognizedDeadline => new UnrecognizedDeadlineDto(),
        _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline, "Unknown deadline kind."),
    };

    /// <summary>A part's deadline; one left null (only in code) is written as missing, which the writer's read-back reports.</summary>
    private static DeadlineDto PartDue(Deadline? due) => due is null ? null! : ToDto(due);
}
