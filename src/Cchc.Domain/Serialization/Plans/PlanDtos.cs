#pragma warning disable MA0048 // The transfer types of one contract live together, in the order of the format's documentation.
using System.Text.Json.Serialization;
using Cchc.Domain.Legal;
using Cchc.Domain.Calendar;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;
using NodaTime;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Plans;

// The JSON contract of a plan (docs/json-format.md). These types mirror the JSON exactly; the model
// stays free of serialization concerns and PlanMapper translates between the two.

internal sealed record PlanDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string SchemaVersion { get; init; }

    public required HeaderDto Header { get; init; }

    public List<LegalReferenceDto>? LegalBasis { get; init; }

    public List<LegalReferenceDto>? Citations { get; init; }

    public List<string>? Purposes { get; init; }

    public List<string>? Requirements { get; init; }

    public List<string>? Audiences { get; init; }

    public List<TargetDto>? Targets { get; init; }

    public List<AreaDto>? Areas { get; init; }

    public List<FundingDto>? Funding { get; init; }

    public List<UnitDto>? Units { get; init; }

    public List<AssignmentDto>? Assignments { get; init; }

    public List<ReportingDto>? Reporting { get; init; }

    public List<string>? Notes { get; init; }
}

internal sealed record HeaderDto
{
    public required PlanKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Issuer { get; init; }

    public string? ParentAuthority { get; init; }

    public DocumentNumberDto? DocumentNumber { get; init; }

    public PartialDate? IssueDate { get; init; }

    public string? Place { get; init; }

    public required int Year { get; init; }

    public int? EndYear { get; init; }

    public SignerDto? Signer { get; init; }

    public List<RecipientDto>? Recipients { get; init; }
}

internal sealed record DocumentNumberDto
{
    public string? Number { get; init; }

    public required string Symbol { get; init; }
}

internal sealed record SignerDto
{
    public string? Name { get; init; }

    public required string Position { get; init; }

    public string? OnBehalfOf { get; init; }
}

internal sealed record RecipientDto
{
    public required string Name { get; init; }

    public string? Purpose { get; init; }

    public string? UnitId { get; init; }
}

internal sealed record LegalReferenceDto
{
    public required LegalDocumentType Type { get; init; }

    public string? Number { get; init; }

    public int? Year { get; init; }

    public string? IssuerCode { get; init; }

    public LocalDate? Date { get; init; }

    public string? Issuer { get; init; }

    public string? Title { get; init; }

    public required string Text { get; init; }
}

internal sealed record TargetDto
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public string? Indicator { get; init; }

    public required TargetMeasure Measure { get; init; }

    public Comparator? Comparator { get; init; }

    public decimal? Value { get; init; }

    public decimal? UpperValue { get; init; }

    public QuantityUnit? Unit { get; init; }

    public string? UnitText { get; init; }

    public int? BaselineYear { get; init; }

    public decimal? BaselineValue { get; init; }

    public int? HorizonYear { get; init; }

    public string? ParentId { get; init; }

    public string? TaskId { get; init; }
}

internal sealed record AreaDto
{
    public required string Id { get; init; }

    public required string Number { get; init; }

    public required string Title { get; init; }

    public required ReformAreaKind Kind { get; init; }

    public List<TargetDto>? Targets { get; init; }

    public List<TaskDto>? Tasks { get; init; }
}

internal sealed record TaskDto
{
    public required string Id { get; init; }

    public string? Number { get; init; }

    public required string Title { get; init; }

    public List<DeliverableDto>? Deliverables { get; init; }

    public List<string>? LeadUnitIds { get; init; }

    public List<string>? SupportUnitIds { get; init; }

    public string? LeadText { get; init; }

    public string? SupportText { get; init; }

    public string? Deadline { get; init; }

    public DeadlineDto? Due { get; init; }

    public PlanTaskStatus? Status { get; init; }

    public LocalDate? CompletedOn { get; init; }

    public string? Result { get; init; }

    public List<string>? TargetIds { get; init; }
}

internal sealed record DeliverableDto
{
    public string? Label { get; init; }

    public required string Title { get; init; }

    public List<string>? LeadUnitIds { get; init; }
}

internal sealed record UnitDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public required UnitKind Kind { get; init; }

    public string? ParentId { get; init; }

    public List<string>? MemberIds { get; init; }
}

internal sealed record AssignmentDto
{
    public required string UnitId { get; init; }

    public required AssignmentRole Role { get; init; }

    public required AssignmentScope Scope { get; init; }

    public List<string>? AreaIds { get; init; }

    public List<string>? TaskIds { get; init; }

    public string? Duty { get; init; }
}

internal sealed record ReportingDto
{
    public required ReportingPeriodKind Period { get; init; }

    public AnnualDate? DueDay { get; init; }

    public string? UnitId { get; init; }

    public string? RecipientUnitId { get; init; }

    public string? Recipient { get; init; }

    public required string Text { get; init; }
}

internal sealed record FundingDto
{
    public required FundingKind Kind { get; init; }

    public required string Text { get; init; }
}
