#pragma warning disable MA0048 // The builders of one format live together, in the order of its documentation.
using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;
using NodaTime;

namespace Cchc.Domain.Serialization.Plans;

// What the one-pass plan reader fills while it walks the text: each builder holds what was read of one
// object (a required member that did not read keeps a neutral default) and builds the model's record.

internal sealed class PlanBuilder
{
    public string? SchemaVersion { get; set; }

    public PlanHeader? Header { get; set; }

    public ValueList<LegalReference> LegalBasis { get; set; }

    public ValueList<LegalReference> Citations { get; set; }

    public ValueList<string> Purposes { get; set; }

    public ValueList<string> Requirements { get; set; }

    public ValueList<string> Audiences { get; set; }

    public ValueList<Target> Targets { get; set; }

    public ValueList<ReformArea> Areas { get; set; }

    public ValueList<FundingSource> Funding { get; set; }

    public ValueList<Unit> Units { get; set; }

    public ValueList<Assignment> Assignments { get; set; }

    public ValueList<ReportingObligation> Reporting { get; set; }

    public ValueList<string> Notes { get; set; }

    /// <summary>The plan's year, once the header has been read (or looked ahead for): task phrases are parsed against it.</summary>
    public int? Year { get; set; }

    public Plan Build() => new(Header ?? new PlanHeader(default, string.Empty, string.Empty, 0))
    {
        LegalBasis = LegalBasis,
        Citations = Citations,
        Purposes = Purposes,
        Requirements = Requirements,
        Audiences = Audiences,
        Targets = Targets,
        Areas = Areas,
        Funding = Funding,
        Units = Units,
        Assignments = Assignments,
        Reporting = Reporting,
        Notes = Notes,
    };
}

internal sealed class HeaderBuilder
{
    public PlanKind Kind { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Issuer { get; set; } = string.Empty;

    public string? ParentAuthority { get; set; }

    public DocumentNumber? DocumentNumber { get; set; }

    public PartialDate? IssueDate { get; set; }

    public string? Place { get; set; }

    public int Year { get; set; }

    public int? EndYear { get; set; }

    public Signer? Signer { get; set; }

    public ValueList<Recipient> Recipients { get; set; }

    public PlanHeader Build() => new(Kind, Title, Issuer, Year)
    {
        ParentAuthority = ParentAuthority,
        DocumentNumber = DocumentNumber,
        IssueDate = IssueDate,
        Place = Place,
        EndYear = EndYear,
        Signer = Signer,
        Recipients = Recipients,
    };
}

internal sealed class LegalReferenceBuilder
{
    public LegalDocumentType Type { get; set; }

    public string? Number { get; set; }

    public int? Year { get; set; }

    public string? IssuerCode { get; set; }

    public LocalDate? Date { get; set; }

    public string? Issuer { get; set; }

    public string? Title { get; set; }

    public string Text { get; set; } = string.Empty;

    public LegalReference Build() => new(Type, Text)
    {
        Number = Number,
        Year = Year,
        IssuerCode = IssuerCode,
        Date = Date,
        Issuer = Issuer,
        Title = Title,
    };
}

internal sealed class TargetBuilder
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? Indicator { get; set; }

    public TargetMeasure Measure { get; set; }

    public Comparator? Comparator { get; set; }

    public decimal? Value { get; set; }

    public decimal? UpperValue { get; set; }

    public QuantityUnit? Unit { get; set; }

    public string? UnitText { get; set; }

    public int? BaselineYear { get; set; }

    public decimal? BaselineValue { get; set; }

    public int? HorizonYear { get; set; }

    public string? ParentId { get; set; }

    public string? TaskId { get; set; }

    public Target Build() => new(Id, Text, Measure)
    {
        Indicator = Indicator,
        Comparator = Comparator,
        Value = Value,
        UpperValue = UpperValue,
        Unit = Unit,
        UnitText = UnitText,
        BaselineYear = BaselineYear,
        BaselineValue = BaselineValue,
        HorizonYear = HorizonYear,
        ParentId = ParentId,
        TaskId = TaskId,
    };
}

internal sealed class AreaBuilder(DeadlinePhrases phrases)
{
    public DeadlinePhrases Phrases => phrases;

    public string Id { get; set; } = string.Empty;

    public string Number { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public ReformAreaKind Kind { get; set; }

    public ValueList<Target> Targets { get; set; }

    public ValueList<PlanTask> Tasks { get; set; }

    public ReformArea Build() => new(Id, Number, Title, Kind) { Targets = Targets, Tasks = Tasks };
}

internal sealed class TaskBuilder(DeadlinePhrases phrases)
{
    public string Id { get; set; } = string.Empty;

    public string? Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public ValueList<Deliverable> Deliverables { get; set; }

    public ValueList<string> LeadUnitIds { get; set; }

    public ValueList<string> SupportUnitIds { get; set; }

    public string? LeadText { get; set; }

    public string? SupportText { get; set; }

    public string? Deadline { get; set; }

    public Deadline? Due { get; set; }

    public PlanTaskStatus? Status { get; set; }

    public LocalDate? CompletedOn { get; set; }

    public string? Result { get; set; }

    public ValueList<string> TargetIds { get; set; }

    public PlanTask Build() => new(Id, Title)
    {
        Number = Number,
        Deliverables = Deliverables,
        LeadUnitIds = LeadUnitIds,
        SupportUnitIds = SupportUnitIds,
        LeadText = LeadText,
        SupportText = SupportText,
        Deadline = DeadlineOf(),
        Status = Status,
        CompletedOn = CompletedOn,
        Result = Result,
        TargetIds = TargetIds,
    };

    /// <summary>The structure when given, with the phrase as its text; otherwise the phrase, parsed once against the plan year.</summary>
    private Deadline? DeadlineOf()
    {
        if (Due is not null)
        {
            return Due with { Text = Deadline };
        }

        return Deadline is null ? null : phrases.Parse(Deadline);
    }
}

internal sealed class DeliverableBuilder
{
    public string? Label { get; set; }

    public string Title { get; set; } = string.Empty;

    public ValueList<string> LeadUnitIds { get; set; }

    public Deliverable Build() => new(Title) { Label = Label, LeadUnitIds = LeadUnitIds };
}

internal sealed class UnitBuilder
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? ShortName { get; set; }

    public UnitKind Kind { get; set; }

    public string? ParentId { get; set; }

    public ValueList<string> MemberIds { get; set; }

    public Unit Build() => new(Id, Name, Kind) { ShortName = ShortName, ParentId = ParentId, MemberIds = MemberIds };
}

internal sealed class AssignmentBuilder
{
    public string UnitId { get; set; } = string.Empty;

    public AssignmentRole Role { get; set; }

    public AssignmentScope Scope { get; set; }

    public ValueList<string> AreaIds { get; set; }

    public ValueList<string> TaskIds { get; set; }

    public string? Duty { get; set; }

    public Assignment Build() => new(UnitId, Role, Scope) { AreaIds = AreaIds, TaskIds = TaskIds, Duty = Duty };
}

internal sealed class ReportingBuilder
{
    public ReportingPeriodKind Period { get; set; }

    public AnnualDate? DueDay { get; set; }

    public string? UnitId { get; set; }

    public string? RecipientUnitId { get; set; }

    public string? Recipient { get; set; }

    public string Text { get; set; } = string.Empty;

    public ReportingObligation Build() => new(Period, Text)
    {
        DueDay = DueDay,
        UnitId = UnitId,
        RecipientUnitId = RecipientUnitId,
        Recipient = Recipient,
    };
}
