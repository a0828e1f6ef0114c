using System.Text.Json;
using Cchc.Domain.Json;
using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Targets;
using NodaTime.Text;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>
/// Writes a plan in the canonical member order of docs/json-format.md (the order of <see cref="PlanShapes"/>). A value
/// left null (only in code) is not written, or written as null in a list, so that the read-back names its spot.
/// </summary>
internal static class PlanWriter
{
    public static void Write(Utf8JsonWriter writer, Plan plan)
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", PlanJson.SchemaUri);
        writer.WriteString("schemaVersion", PlanJson.SchemaVersion);
        if (plan.Header is { } header)
        {
            writer.WritePropertyName("header");
            Write(writer, header);
        }

        writer.List("legalBasis", plan.LegalBasis, Write);
        writer.List("citations", plan.Citations, Write);
        writer.Texts("purposes", plan.Purposes);
        writer.Texts("requirements", plan.Requirements);
        writer.Texts("audiences", plan.Audiences);
        writer.List("targets", plan.Targets, Write);
        var year = plan.Header?.Year ?? 0;
        writer.List("areas", plan.Areas, (w, a) => Write(w, a, year));
        writer.List("funding", plan.Funding, static (w, f) =>
        {
            w.WriteStartObject();
            w.Code("kind", (FundingKind?)f.Kind);
            w.Optional("text", f.Text);
            w.WriteEndObject();
        });
        writer.List("units", plan.Units, Write);
        writer.List("assignments", plan.Assignments, Write);
        writer.List("reporting", plan.Reporting, Write);
        writer.Texts("notes", plan.Notes);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, PlanHeader h)
    {
        writer.WriteStartObject();
        writer.Code("kind", (PlanKind?)h.Kind);
        writer.Optional("title", h.Title);
        writer.Optional("issuer", h.Issuer);
        writer.Optional("parentAuthority", h.ParentAuthority);
        if (h.DocumentNumber is { } n)
        {
            writer.WriteStartObject("documentNumber");
            writer.Optional("number", n.Number);
            writer.Optional("symbol", n.Symbol);
            writer.WriteEndObject();
        }

        writer.Optional("issueDate", h.IssueDate?.ToString());
        writer.Optional("place", h.Place);
        writer.WriteNumber("year", h.Year);
        writer.Optional("endYear", h.EndYear);
        if (h.Signer is { } s)
        {
            writer.WriteStartObject("signer");
            writer.Optional("name", s.Name);
            writer.Optional("position", s.Position);
            writer.Optional("onBehalfOf", s.OnBehalfOf);
            writer.WriteEndObject();
        }

        writer.List("recipients", h.Recipients, static (w, r) =>
        {
            w.WriteStartObject();
            w.Optional("name", r.Name);
            w.Optional("purpose", r.Purpose);
            w.Optional("unitId", r.UnitId);
            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, LegalReference r)
    {
        writer.WriteStartObject();
        writer.Code("type", (LegalDocumentType?)r.Type);
        writer.Optional("number", r.Number);
        writer.Optional("year", r.Year);
        writer.Optional("issuerCode", r.IssuerCode);
        writer.Optional("date", r.Date is { } date ? LocalDatePattern.Iso.Format(date) : null);
        writer.Optional("issuer", r.Issuer);
        writer.Optional("title", r.Title);
        writer.Optional("text", r.Text);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Target t)
    {
        writer.WriteStartObject();
        writer.Optional("id", t.Id);
        writer.Optional("text", t.Text);
        writer.Optional("indicator", t.Indicator);
        writer.Code("measure", (TargetMeasure?)t.Measure);
        writer.Code("comparator", t.Comparator);
        writer.Optional("value", t.Value);
        writer.Optional("upperValue", t.UpperValue);
        writer.Code("unit", t.Unit);
        writer.Optional("unitText", t.UnitText);
        writer.Optional("baselineYear", t.BaselineYear);
        writer.Optional("baselineValue", t.BaselineValue);
        writer.Optional("horizonYear", t.HorizonYear);
        writer.Optional("parentId", t.ParentId);
        writer.Optional("taskId", t.TaskId);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, ReformArea a, int year)
    {
        writer.WriteStartObject();
        writer.Optional("id", a.Id);
        writer.Optional("number", a.Number);
        writer.Optional("title", a.Title);
        writer.Code("kind", (ReformAreaKind?)a.Kind);
        writer.List("targets", a.Targets, Write);
        writer.List("tasks", a.Tasks, (w, t) => Write(w, t, year));
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, PlanTask t, int year)
    {
        writer.WriteStartObject();
        writer.Optional("id", t.Id);
        writer.Optional("number", t.Number);
        writer.Optional("title", t.Title);
        writer.List("deliverables", t.Deliverables, static (w, d) =>
        {
            w.WriteStartObject();
            w.Optional("label", d.Label);
            w.Optional("title", d.Title);
            w.Texts("leadUnitIds", d.LeadUnitIds);
            w.WriteEndObject();
        });
        writer.Texts("leadUnitIds", t.LeadUnitIds);
        writer.Texts("supportUnitIds", t.SupportUnitIds);
        writer.Optional("leadText", t.LeadText);
        writer.Optional("supportText", t.SupportText);
        DeadlineWriter.Write(writer, t.Deadline, year);
        writer.Code("status", t.Status);
        writer.Optional("completedOn", t.CompletedOn is { } done ? LocalDatePattern.Iso.Format(done) : null);
        writer.Optional("result", t.Result);
        writer.Texts("targetIds", t.TargetIds);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Unit u)
    {
        writer.WriteStartObject();
        writer.Optional("id", u.Id);
        writer.Optional("name", u.Name);
        writer.Optional("shortName", u.ShortName);
        writer.Code("kind", (UnitKind?)u.Kind);
        writer.Optional("parentId", u.ParentId);
        writer.Texts("memberIds", u.MemberIds);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Assignment a)
    {
        writer.WriteStartObject();
        writer.Optional("unitId", a.UnitId);
        writer.Code("role", (AssignmentRole?)a.Role);
        writer.Code("scope", (AssignmentScope?)a.Scope);
        writer.Texts("areaIds", a.AreaIds);
        writer.Texts("taskIds", a.TaskIds);
        writer.Optional("duty", a.Duty);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, ReportingObligation r)
    {
        writer.WriteStartObject();
        writer.Code("period", (Reporting.ReportingPeriodKind?)r.Period);
        writer.Optional("dueDay", r.DueDay is { } day ? AnnualDatePattern.Iso.Format(day) : null);
        writer.Optional("unitId", r.UnitId);
        writer.Optional("recipientUnitId", r.RecipientUnitId);
        writer.Optional("recipient", r.Recipient);
        writer.Optional("text", r.Text);
        writer.WriteEndObject();
    }
}
