using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>Translates between the plan's JSON contract (<see cref="PlanDto"/>) and the model (<see cref="Plan"/>).</summary>
internal static class PlanMapper
{
    public static Plan ToDomain(PlanDto dto)
    {
        var year = dto.Header.Year;
        return new Plan(ToDomain(dto.Header))
        {
            LegalBasis = Map(dto.LegalBasis, ToDomain),
            Citations = Map(dto.Citations, ToDomain),
            Purposes = Map(dto.Purposes, s => s),
            Requirements = Map(dto.Requirements, s => s),
            Audiences = Map(dto.Audiences, s => s),
            Targets = Map(dto.Targets, ToDomain),
            Areas = Map(dto.Areas, a => ToDomain(a, year)),
            Funding = Map(dto.Funding, f => new FundingSource(f.Kind, f.Text)),
            Units = Map(dto.Units, ToDomain),
            Assignments = Map(dto.Assignments, ToDomain),
            Reporting = Map(dto.Reporting, ToDomain),
            Notes = Map(dto.Notes, s => s),
        };
    }

    public static PlanDto ToDto(Plan plan, string? schemaUri)
    {
        // A header left null (only in code) is written as missing, which the writer's read-back reports.
        var year = plan.Header?.Year ?? 0;
        return new PlanDto
        {
            Schema = schemaUri,
            SchemaVersion = PlanJson.SchemaVersion,
            Header = plan.Header is null ? null! : ToDto(plan.Header),
            LegalBasis = Map(plan.LegalBasis, ToDto),
            Citations = Map(plan.Citations, ToDto),
            Purposes = Map(plan.Purposes, s => s),
            Requirements = Map(plan.Requirements, s => s),
            Audiences = Map(plan.Audiences, s => s),
            Targets = Map(plan.Targets, ToDto),
            Areas = Map(plan.Areas, a => ToDto(a, year)),
            Funding = Map(plan.Funding, f => new FundingDto { Kind = f.Kind, Text = f.Text }),
            Units = Map(plan.Units, ToDto),
            Assignments = Map(plan.Assignments, ToDto),
            Reporting = Map(plan.Reporting, ToDto),
            Notes = Map(plan.Notes, s => s),
        };
    }

    private static ValueList<TOut> Map<TIn, TOut>(List<TIn>? items, Func<TIn, TOut> map) =>
        items is null ? default : items.Select(map).ToValueList();

    private static List<TOut>? Map<TIn, TOut>(ValueList<TIn> items, Func<TIn, TOut> map) =>
        items.IsEmpty ? null : DtoLists.Of(items, map);

    private static PlanHeader ToDomain(HeaderDto h) => new(h.Kind, h.Title, h.Issuer, h.Year)
    {
        ParentAuthority = h.ParentAuthority,
        DocumentNumber = h.DocumentNumber is { } n ? new DocumentNumber(n.Number, n.Symbol) : null,
        IssueDate = h.IssueDate,
        Place = h.Place,
        EndYear = h.EndYear,
        Signer = h.Signer is { } s ? new Signer(s.Name, s.Position, s.OnBehalfOf) : null,
        Recipients = Map(h.Recipients, r => new Recipient(r.Name, r.Purpose, r.UnitId)),
    };

    private static HeaderDto ToDto(PlanHeader h) => new()
    {
        Kind = h.Kind,
        Title = h.Title,
        Issuer = h.Issuer,
        ParentAuthority = h.ParentAuthority,
        DocumentNumber = h.DocumentNumber is { } n ? new DocumentNumberDto { Number = n.Number, Symbol = n.Symbol } : null,
        IssueDate = h.IssueDate,
        Place = h.Place,
        Year = h.Year,
        EndYear = h.EndYear,
        Signer = h.Signer is { } s ? new SignerDto { Name = s.Name, Position = s.Position, OnBehalfOf = s.OnBehalfOf } : null,
        Recipients = Map(h.Recipients, r => new RecipientDto { Name = r.Name, Purpose = r.Purpose, UnitId = r.UnitId }),
    };

    private static LegalReference ToDomain(LegalReferenceDto r) => new(r.Type, r.Text)
    {
        Number = r.Number,
        Year = r.Year,
        IssuerCode = r.IssuerCode,
        Date = r.Date,
        Issuer = r.Issuer,
        Title = r.Title,
    };

    private static LegalReferenceDto ToDto(LegalReference r) => new()
    {
        Type = r.Type,
        Number = r.Number,
        Year = r.Year,
        IssuerCode = r.IssuerCode,
        Date = r.Date,
        Issuer = r.Issuer,
        Title = r.Title,
        Text = r.Text,
    };

    private static Target ToDomain(TargetDto t) => new(t.Id, t.Text, t.Measure)
    {
        Indicator = t.Indicator,
        Comparator = t.Comparator,
        Value = t.Value,
        UpperValue = t.UpperValue,
        Unit = t.Unit,
        UnitText = t.UnitText,
        BaselineYear = t.BaselineYear,
        BaselineValue = t.BaselineValue,
        HorizonYear = t.HorizonYear,
        ParentId = t.ParentId,
        TaskId = t.TaskId,
    };

    private static TargetDto ToDto(Target t) => new()
    {
        Id = t.Id,
        Text = t.Text,
        Indicator = t.Indicator,
        Measure = t.Measure,
        Comparator = t.Comparator,
        Value = t.Value,
        UpperValue = t.UpperValue,
        Unit = t.Unit,
        UnitText = t.UnitText,
        BaselineYear = t.BaselineYear,
        BaselineValue = t.BaselineValue,
        HorizonYear = t.HorizonYear,
        ParentId = t.ParentId,
        TaskId = t.TaskId,
    };

    private static ReformArea ToDomain(AreaDto a, int year) => new(a.Id, a.Number, a.Title, a.Kind)
    {
        Targets = Map(a.Targets, ToDomain),
        Tasks = Map(a.Tasks, t => ToDomain(t, year)),
    };

    private static AreaDto ToDto(ReformArea a, int year) => new()
    {
        Id = a.Id,
        Number = a.Number,
        Title = a.Title,
        Kind = a.Kind,
        Targets = Map(a.Targets, ToDto),
        Tasks = Map(a.Tasks, t => ToDto(t, year)),
    };

    private static PlanTask ToDomain(TaskDto t, int year) => new(t.Id, t.Title)
    {
        Number = t.Number,
        Deliverables = Map(t.Deliverables, d => new Deliverable(d.Title) { Label = d.Label, LeadUnitIds = Map(d.LeadUnitIds, s => s) }),
        LeadUnitIds = Map(t.LeadUnitIds, s => s),
        SupportUnitIds = Map(t.SupportUnitIds, s => s),
        LeadText = t.LeadText,
        SupportText = t.SupportText,
        Deadline = DeadlineMapper.ToDomain(t.Deadline, t.Due, year),
        Status = t.Status,
        CompletedOn = t.CompletedOn,
        Result = t.Result,
        TargetIds = Map(t.TargetIds, s => s),
    };

    private static TaskDto ToDto(PlanTask t, int year) => new()
    {
        Id = t.Id,
        Number = t.Number,
        Title = t.Title,
        Deliverables = Map(t.Deliverables, d => new DeliverableDto { Label = d.Label, Title = d.Title, LeadUnitIds = Map(d.LeadUnitIds, s => s) }),
        LeadUnitIds = Map(t.LeadUnitIds, s => s),
        SupportUnitIds = Map(t.SupportUnitIds, s => s),
        LeadText = t.LeadText,
        SupportText = t.SupportText,
        Deadline = t.Deadline?.Text,
        Due = DeadlineMapper.ToDto(t.Deadline, year),
        Status = t.Status,
        CompletedOn = t.CompletedOn,
        Result = t.Result,
        TargetIds = Map(t.TargetIds, s => s),
    };

    private static Unit ToDomain(UnitDto u) => new(u.Id, u.Name, u.Kind)
    {
        ShortName = u.ShortName,
        ParentId = u.ParentId,
        MemberIds = Map(u.MemberIds, s => s),
    };

    private static UnitDto ToDto(Unit u) => new()
    {
        Id = u.Id,
        Name = u.Name,
        ShortName = u.ShortName,
        Kind = u.Kind,
        ParentId = u.ParentId,
        MemberIds = Map(u.MemberIds, s => s),
    };

    private static Assignment ToDomain(AssignmentDto a) => new(a.UnitId, a.Role, a.Scope)
    {
        AreaIds = Map(a.AreaIds, s => s),
        TaskIds = Map(a.TaskIds, s => s),
        Duty = a.Duty,
    };

    private static AssignmentDto ToDto(Assignment a) => new()
    {
        UnitId = a.UnitId,
        Role = a.Role,
        Scope = a.Scope,
        AreaIds = Map(a.AreaIds, s => s),
        TaskIds = Map(a.TaskIds, s => s),
        Duty = a.Duty,
    };

    private static ReportingObligation ToDomain(ReportingDto r) => new(r.Period, r.Text)
    {
        DueDay = r.DueDay,
        UnitId = r.UnitId,
        RecipientUnitId = r.RecipientUnitId,
        Recipient = r.Recipient,
    };

    private static ReportingDto ToDto(ReportingObligation r) => new()
    {
        Period = r.Period,
        DueDay = r.DueDay,
        UnitId = r.UnitId,
        RecipientUnitId = r.RecipientUnitId,
        Recipient = r.Recipient,
        Text = r.Text,
    };
}
