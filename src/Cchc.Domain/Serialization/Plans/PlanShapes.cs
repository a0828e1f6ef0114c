using System.Text.Json;
using Cchc.Domain.Calendar;
using Cchc.Domain.Json;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Reporting;
using Cchc.Domain.Targets;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>
/// The plan format (docs/json-format.md) as tables of members: one table per object, which the one pass over the
/// text uses to check the object and build its part of the model at once.
/// </summary>
internal static class PlanShapes
{
    private static readonly (string En, string Vi) PartialDateForm = ("a date in the form yyyy, yyyy-MM or yyyy-MM-dd", "một ngày dạng yyyy, yyyy-MM hoặc yyyy-MM-dd");

    private static readonly JsonShape<DocumentNumberBuilder> DocumentNumber = new(
    [
        JsonMembers<DocumentNumberBuilder>.Text("number", false, (b, v) => b.Number = v),
        JsonMembers<DocumentNumberBuilder>.Text("symbol", true, (b, v) => b.Symbol = v),
    ]);

    private static readonly JsonShape<SignerBuilder> Signer = new(
    [
        JsonMembers<SignerBuilder>.Text("name", false, (b, v) => b.Name = v),
        JsonMembers<SignerBuilder>.Text("position", true, (b, v) => b.Position = v),
        JsonMembers<SignerBuilder>.Text("onBehalfOf", false, (b, v) => b.OnBehalfOf = v),
    ]);

    private static readonly JsonShape<RecipientBuilder> Recipient = new(
    [
        JsonMembers<RecipientBuilder>.Text("name", true, (b, v) => b.Name = v),
        JsonMembers<RecipientBuilder>.Text("purpose", false, (b, v) => b.Purpose = v),
        JsonMembers<RecipientBuilder>.Text("unitId", false, (b, v) => b.UnitId = v),
    ]);

    private static readonly JsonShape<HeaderBuilder> Header = new(
    [
        JsonMembers<HeaderBuilder>.Code<PlanKind>("kind", true, (b, v) => b.Kind = v),
        JsonMembers<HeaderBuilder>.Text("title", true, (b, v) => b.Title = v),
        JsonMembers<HeaderBuilder>.Text("issuer", true, (b, v) => b.Issuer = v),
        JsonMembers<HeaderBuilder>.Text("parentAuthority", false, (b, v) => b.ParentAuthority = v),
        JsonMembers<HeaderBuilder>.Object("documentNumber", false, ReadDocumentNumber, (b, v) => b.DocumentNumber = v),
        JsonMembers<HeaderBuilder>.Parsed<PartialDate>("issueDate", false, PartialDate.TryParse, PartialDateForm, (b, v) => b.IssueDate = v),
        JsonMembers<HeaderBuilder>.Text("place", false, (b, v) => b.Place = v),
        JsonMembers<HeaderBuilder>.Int32("year", true, (b, v) => b.Year = v),
        JsonMembers<HeaderBuilder>.Int32("endYear", false, (b, v) => b.EndYear = v),
        JsonMembers<HeaderBuilder>.Object("signer", false, ReadSigner, (b, v) => b.Signer = v),
        JsonMembers<HeaderBuilder>.List("recipients", false, ReadRecipient, new Recipient(string.Empty), (b, v) => b.Recipients = v),
    ]);

    private static readonly JsonShape<LegalReferenceBuilder> LegalReference = new(
    [
        JsonMembers<LegalReferenceBuilder>.Code<LegalDocumentType>("type", true, (b, v) => b.Type = v),
        JsonMembers<LegalReferenceBuilder>.Text("number", false, (b, v) => b.Number = v),
        JsonMembers<LegalReferenceBuilder>.Int32("year", false, (b, v) => b.Year = v),
        JsonMembers<LegalReferenceBuilder>.Text("issuerCode", false, (b, v) => b.IssuerCode = v),
        JsonMembers<LegalReferenceBuilder>.Date("date", false, (b, v) => b.Date = v),
        JsonMembers<LegalReferenceBuilder>.Text("issuer", false, (b, v) => b.Issuer = v),
        JsonMembers<LegalReferenceBuilder>.Text("title", false, (b, v) => b.Title = v),
        JsonMembers<LegalReferenceBuilder>.Text("text", true, (b, v) => b.Text = v),
    ]);

    private static readonly JsonShape<TargetBuilder> Target = new(
    [
        JsonMembers<TargetBuilder>.Text("id", true, (b, v) => b.Id = v),
        JsonMembers<TargetBuilder>.Text("text", true, (b, v) => b.Text = v),
        JsonMembers<TargetBuilder>.Text("indicator", false, (b, v) => b.Indicator = v),
        JsonMembers<TargetBuilder>.Code<TargetMeasure>("measure", true, (b, v) => b.Measure = v),
        JsonMembers<TargetBuilder>.Code<Comparator>("comparator", false, (b, v) => b.Comparator = v),
        JsonMembers<TargetBuilder>.Decimal("value", false, (b, v) => b.Value = v),
        JsonMembers<TargetBuilder>.Decimal("upperValue", false, (b, v) => b.UpperValue = v),
        JsonMembers<TargetBuilder>.Code<QuantityUnit>("unit", false, (b, v) => b.Unit = v),
        JsonMembers<TargetBuilder>.Text("unitText", false, (b, v) => b.UnitText = v),
        JsonMembers<TargetBuilder>.Int32("baselineYear", false, (b, v) => b.BaselineYear = v),
        JsonMembers<TargetBuilder>.Decimal("baselineValue", false, (b, v) => b.BaselineValue = v),
        JsonMembers<TargetBuilder>.Int32("horizonYear", false, (b, v) => b.HorizonYear = v),
        JsonMembers<TargetBuilder>.Text("parentId", false, (b, v) => b.ParentId = v),
        JsonMembers<TargetBuilder>.Text("taskId", false, (b, v) => b.TaskId = v),
    ]);

    private static readonly JsonShape<FundingBuilder> Funding = new(
    [
        JsonMembers<FundingBuilder>.Code<FundingKind>("kind", true, (b, v) => b.Kind = v),
        JsonMembers<FundingBuilder>.Text("text", true, (b, v) => b.Text = v),
    ]);

    private static readonly JsonShape<UnitBuilder> Unit = new(
    [
        JsonMembers<UnitBuilder>.Text("id", true, (b, v) => b.Id = v),
        JsonMembers<UnitBuilder>.Text("name", true, (b, v) => b.Name = v),
        JsonMembers<UnitBuilder>.Text("shortName", false, (b, v) => b.ShortName = v),
        JsonMembers<UnitBuilder>.Code<UnitKind>("kind", true, (b, v) => b.Kind = v),
        JsonMembers<UnitBuilder>.Text("parentId", false, (b, v) => b.ParentId = v),
        JsonMembers<UnitBuilder>.Texts("memberIds", (b, v) => b.MemberIds = v),
    ]);

    private static readonly JsonShape<AssignmentBuilder> Assignment = new(
    [
        JsonMembers<AssignmentBuilder>.Text("unitId", true, (b, v) => b.UnitId = v),
        JsonMembers<AssignmentBuilder>.Code<AssignmentRole>("role", true, (b, v) => b.Role = v),
        JsonMembers<AssignmentBuilder>.Code<AssignmentScope>("scope", true, (b, v) => b.Scope = v),
        JsonMembers<AssignmentBuilder>.Texts("areaIds", (b, v) => b.AreaIds = v),
        JsonMembers<AssignmentBuilder>.Texts("taskIds", (b, v) => b.TaskIds = v),
        JsonMembers<AssignmentBuilder>.Text("duty", false, (b, v) => b.Duty = v),
    ]);

    private static readonly JsonShape<ReportingBuilder> Reporting = new(
    [
        JsonMembers<ReportingBuilder>.Code<ReportingPeriodKind>("period", true, (b, v) => b.Period = v),
        JsonMembers<ReportingBuilder>.DayOfYear("dueDay", false, (b, v) => b.DueDay = v),
        JsonMembers<ReportingBuilder>.Text("unitId", false, (b, v) => b.UnitId = v),
        JsonMembers<ReportingBuilder>.Text("recipientUnitId", false, (b, v) => b.RecipientUnitId = v),
        JsonMembers<ReportingBuilder>.Text("recipient", false, (b, v) => b.Recipient = v),
        JsonMembers<ReportingBuilder>.Text("text", true, (b, v) => b.Text = v),
    ]);

    private static readonly JsonShape<PlanBuilder> Plan = new(
    [
        JsonMembers<PlanBuilder>.Text("$schema", false, static (_, _) => { }),
        JsonMembers<PlanBuilder>.Text("schemaVersion", true, (b, v) => b.SchemaVersion = v),
        JsonMembers<PlanBuilder>.Object("header", true, ReadHeader, (b, v) =>
        {
            b.Header = v;
            b.Year = v.Year;
        }),
        JsonMembers<PlanBuilder>.List("legalBasis", false, ReadLegalReference, Placeholders.LegalReference, (b, v) => b.LegalBasis = v),
        JsonMembers<PlanBuilder>.List("citations", false, ReadLegalReference, Placeholders.LegalReference, (b, v) => b.Citations = v),
        JsonMembers<PlanBuilder>.Texts("purposes", (b, v) => b.Purposes = v),
        JsonMembers<PlanBuilder>.Texts("requirements", (b, v) => b.Requirements = v),
        JsonMembers<PlanBuilder>.Texts("audiences", (b, v) => b.Audiences = v),
        JsonMembers<PlanBuilder>.List("targets", false, ReadTarget, Placeholders.Target, (b, v) => b.Targets = v),
        new("areas", false, ("an array", "một mảng"), ReadAreas),
        JsonMembers<PlanBuilder>.List("funding", false, ReadFunding, new FundingSource(default, string.Empty), (b, v) => b.Funding = v),
        JsonMembers<PlanBuilder>.List("units", false, ReadUnit, new Unit(string.Empty, string.Empty, default), (b, v) => b.Units = v),
        JsonMembers<PlanBuilder>.List("assignments", false, ReadAssignment, new Assignment(string.Empty, default, default), (b, v) => b.Assignments = v),
        JsonMembers<PlanBuilder>.List("reporting", false, ReadReporting, new ReportingObligation(default, string.Empty), (b, v) => b.Reporting = v),
        JsonMembers<PlanBuilder>.Texts("notes", (b, v) => b.Notes = v),
    ]);

    /// <summary>Reads the whole document; <see langword="null"/> when it is not an object (reported).</summary>
    public static PlanBuilder? Read(ref JsonPass pass)
    {
        var plan = new PlanBuilder();
        if (pass.Token != JsonTokenType.StartObject)
        {
            pass.WrongType(("an object", "một đối tượng"));
            return null;
        }

        _ = Plan.Read(ref pass, plan);
        return plan;
    }

    /// <summary>The neutral items kept where an item could not be read, so that the items after it keep their index.</summary>
    internal static class Placeholders
    {
        public static LegalReference LegalReference { get; } = new(default, string.Empty);

        public static Target Target { get; } = new(string.Empty, string.Empty, default);
    }

    public static LegalReference ReadLegalReference(ref JsonPass pass) => Read(ref pass, LegalReference, new LegalReferenceBuilder()).Build();

    public static Target ReadTarget(ref JsonPass pass) => Read(ref pass, Target, new TargetBuilder()).Build();

    private static PlanHeader ReadHeader(ref JsonPass pass) => Read(ref pass, Header, new HeaderBuilder()).Build();

    private static DocumentNumber ReadDocumentNumber(ref JsonPass pass) => Read(ref pass, DocumentNumber, new DocumentNumberBuilder()).Build();

    private static Signer ReadSigner(ref JsonPass pass) => Read(ref pass, Signer, new SignerBuilder()).Build();

    private static Recipient ReadRecipient(ref JsonPass pass) => Read(ref pass, Recipient, new RecipientBuilder()).Build();

    private static FundingSource ReadFunding(ref JsonPass pass) => Read(ref pass, Funding, new FundingBuilder()).Build();

    private static Unit ReadUnit(ref JsonPass pass) => Read(ref pass, Unit, new UnitBuilder()).Build();

    private static Assignment ReadAssignment(ref JsonPass pass) => Read(ref pass, Assignment, new AssignmentBuilder()).Build();

    private static ReportingObligation ReadReporting(ref JsonPass pass) => Read(ref pass, Reporting, new ReportingBuilder()).Build();

    /// <summary>The areas, whose tasks need the plan year: when the header comes later in the text, its year is looked ahead for.</summary>
    private static void ReadAreas(ref JsonPass pass, PlanBuilder plan)
    {
        plan.Year ??= PlanYearLookAhead.Find(pass.LookAhead);
        plan.Areas = TaskShapes.ReadAreas(ref pass, new DeadlinePhrases(plan.Year ?? 0));
    }

    private static TBuilder Read<TBuilder>(ref JsonPass pass, JsonShape<TBuilder> shape, TBuilder builder)
    {
        _ = shape.Read(ref pass, builder);
        return builder;
    }
}
