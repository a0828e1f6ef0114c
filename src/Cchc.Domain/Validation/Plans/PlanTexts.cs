using Cchc.Domain.Legal;
using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>
/// Visits every text of a plan, for checks that apply to all texts alike. While a text is visited the
/// path stands at it, so a check builds a JSON Pointer only when it reports. Absent texts are skipped.
/// </summary>
internal sealed class PlanTexts
{
    private readonly JsonPath _path;
    private readonly Action<string> _visit;

    private PlanTexts(JsonPath path, Action<string> visit)
    {
        _path = path;
        _visit = visit;
    }

    /// <summary>Calls <paramref name="visit"/> with each text of <paramref name="plan"/>, in document order, <paramref name="path"/> standing at the text.</summary>
    public static void Visit(Plan plan, JsonPath path, Action<string> visit)
    {
        var texts = new PlanTexts(path, visit);
        texts.Header(plan);
        texts.Body(plan);
        texts.Organisation(plan);
    }

    private void Header(Plan plan)
    {
        var h = plan.Header;
        using (_path.Enter("header"))
        {
            Text("title", h.Title);
            Text("issuer", h.Issuer);
            Text("parentAuthority", h.ParentAuthority);
            Text("place", h.Place);
            using (_path.Enter("signer"))
            {
                Text("name", h.Signer?.Name);
                Text("position", h.Signer?.Position);
                Text("onBehalfOf", h.Signer?.OnBehalfOf);
            }

            foreach (var recipient in PlanPaths.Items(h.Recipients, "recipients", _path))
            {
                Text("name", recipient.Name);
                Text("purpose", recipient.Purpose);
            }
        }

        References("legalBasis", plan.LegalBasis);
        References("citations", plan.Citations);
    }

    private void Body(Plan plan)
    {
        Texts("purposes", plan.Purposes);
        Texts("requirements", plan.Requirements);
        Texts("audiences", plan.Audiences);
        Texts("notes", plan.Notes);
        foreach (var target in PlanPaths.Targets(plan, _path))
        {
            Text("text", target.Text);
            Text("indicator", target.Indicator);
            Text("unitText", target.UnitText);
        }

        foreach (var area in PlanPaths.Items(plan.Areas, "areas", _path))
        {
            Text("title", area.Title);
        }

        foreach (var task in PlanPaths.Tasks(plan, _path))
        {
            Text("title", task.Title);
            Text("leadText", task.LeadText);
            Text("supportText", task.SupportText);
            Text("deadline", task.Deadline?.Text);
            Text("result", task.Result);
            foreach (var deliverable in PlanPaths.Items(task.Deliverables, "deliverables", _path))
            {
                Text("title", deliverable.Title);
            }
        }
    }

    private void Organisation(Plan plan)
    {
        foreach (var unit in PlanPaths.Items(plan.Units, "units", _path))
        {
            Text("name", unit.Name);
            Text("shortName", unit.ShortName);
        }

        foreach (var assignment in PlanPaths.Items(plan.Assignments, "assignments", _path))
        {
            Text("duty", assignment.Duty);
        }

        foreach (var reporting in PlanPaths.Items(plan.Reporting, "reporting", _path))
        {
            Text("text", reporting.Text);
            Text("recipient", reporting.Recipient);
        }

        foreach (var funding in PlanPaths.Items(plan.Funding, "funding", _path))
        {
            Text("text", funding.Text);
        }
    }

    private void References(string member, ValueList<LegalReference> references)
    {
        foreach (var reference in PlanPaths.Items(references, member, _path))
        {
            Text("text", reference.Text);
            Text("issuer", reference.Issuer);
            Text("title", reference.Title);
        }
    }

    private void Texts(string member, ValueList<string> texts)
    {
        foreach (var text in PlanPaths.Items(texts, member, _path))
        {
            VisitPresent(text);
        }
    }

    private void Text(string member, string? text)
    {
        using (_path.Enter(member))
        {
            VisitPresent(text);
        }
    }

    private void VisitPresent(string? text)
    {
        if (text is not null)
        {
            _visit(text);
        }
    }
}
