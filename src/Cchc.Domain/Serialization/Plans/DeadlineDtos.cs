#pragma warning disable MA0048 // The kinds of one union live together.
using System.Text.Json.Serialization;
using Cchc.Domain.Reporting;
using NodaTime;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Plans;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Plans;

// The structured deadline of a task ("due"), a union with a "kind" discriminator (docs/json-format.md, docs/deadlines.md).

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OnDateDeadlineDto), "onDate")]
[JsonDerivedType(typeof(ByDateDeadlineDto), "byDate")]
[JsonDerivedType(typeof(NoLaterThanDeadlineDto), "noLaterThan")]
[JsonDerivedType(typeof(MonthDeadlineDto), "month")]
[JsonDerivedType(typeof(QuarterDeadlineDto), "quarter")]
[JsonDerivedType(typeof(HalfYearDeadlineDto), "halfYear")]
[JsonDerivedType(typeof(NineMonthsDeadlineDto), "nineMonths")]
[JsonDerivedType(typeof(YearDeadlineDto), "year")]
[JsonDerivedType(typeof(WorkingDaysAfterDeadlineDto), "workingDaysAfter")]
[JsonDerivedType(typeof(DaysAfterDeadlineDto), "daysAfter")]
[JsonDerivedType(typeof(OngoingDeadlineDto), "ongoing")]
[JsonDerivedType(typeof(DirectedDeadlineDto), "directed")]
[JsonDerivedType(typeof(PerDocumentDeadlineDto), "perDocument")]
[JsonDerivedType(typeof(RecurringReportDeadlineDto), "recurringReport")]
[JsonDerivedType(typeof(LabelledPartsDeadlineDto), "labelledParts")]
[JsonDerivedType(typeof(UnrecognizedDeadlineDto), "unrecognized")]
internal abstract record DeadlineDto;

internal sealed record OnDateDeadlineDto : DeadlineDto
{
    public required LocalDate Date { get; init; }
}

internal sealed record ByDateDeadlineDto : DeadlineDto
{
    public required LocalDate Date { get; init; }
}

internal sealed record NoLaterThanDeadlineDto : DeadlineDto
{
    public required LocalDate Date { get; init; }
}

internal sealed record MonthDeadlineDto : DeadlineDto
{
    public required YearMonth Month { get; init; }
}

internal sealed record QuarterDeadlineDto : DeadlineDto
{
    public required int Year { get; init; }

    public required int Quarter { get; init; }
}

internal sealed record HalfYearDeadlineDto : DeadlineDto
{
    public required int Year { get; init; }

    public required int Half { get; init; }
}

internal sealed record NineMonthsDeadlineDto : DeadlineDto
{
    public required int Year { get; init; }
}

internal sealed record YearDeadlineDto : DeadlineDto
{
    public required int Year { get; init; }
}

internal sealed record WorkingDaysAfterDeadlineDto : DeadlineDto
{
    public required int WorkingDays { get; init; }

    public required string Event { get; init; }
}

internal sealed record DaysAfterDeadlineDto : DeadlineDto
{
    public required int Days { get; init; }

    public required string Event { get; init; }
}

internal sealed record DirectedDeadlineDto : DeadlineDto
{
    public string? Authority { get; init; }
}

internal sealed record PerDocumentDeadlineDto : DeadlineDto
{
    public required string Document { get; init; }
}

internal sealed record RecurringReportDeadlineDto : DeadlineDto
{
    public required List<RecurringReportPartDto> Parts { get; init; }
}

internal sealed record RecurringReportPartDto
{
    public required ReportingPeriodKind Period { get; init; }

    public required int Year { get; init; }

    public int? Month { get; init; }

    public string? Text { get; init; }

    public required DeadlineDto Due { get; init; }
}

internal sealed record LabelledPartsDeadlineDto : DeadlineDto
{
    public required List<LabelledPartDto> Parts { get; init; }
}

internal sealed record LabelledPartDto
{
    public required string Label { get; init; }

    public string? Text { get; init; }

    public required DeadlineDto Due { get; init; }
}

/// <summary>A part kept only as its phrase (the part's <c>text</c>).</summary>
internal sealed record UnrecognizedDeadlineDto : DeadlineDto;

internal sealed record OngoingDeadlineDto : DeadlineDto;
