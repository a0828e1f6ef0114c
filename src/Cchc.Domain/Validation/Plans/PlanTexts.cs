using Cchc.Domain.Plans;

namespace Cchc.Domain.Validation.Plans;

/// <summary>Every text of a plan with its JSON Pointer, for checks that apply to all texts alike.</summary>
internal static class PlanTexts
{
    public static IEnumerable<(string Path, string Text)> Of(Plan plan)
    {
        var texts = new List<(string, string?)>();
        AddHeader(texts, plan);
        AddBody(texts, plan);
        AddOrganisation(texts, plan);
        return texts.Where(t => t.Item2 is not null).Select(t => (t.Item1, t.Item2!));
    }

    private static void AddHeader(List<(string, string?)> texts, Plan plan)
    {
        var h = plan.Header;
        texts.AddRange(new List<(string, string?)>
        {
            ("/header/title", h.Title), ("/header/issuer", h.Issuer), ("/header/parentAuthority", h.ParentAuthority),
            ("/header/place", h.Place), ("/header/signer/name", h.Signer?.Name), ("/header/signer/position", h.Signer?.Position),
            ("/header/signer/onBehalfOf", h.Signer?.OnBehalfOf),
        });
        for (var i = 0; i < h.Recipients.Count; i++)
        {
            texts.Add(($"/header/recipients/{i}/name", h.Recipients[i].Name));
            texts.Add(($"/header/recipients/{i}/purpose", h.Recipients[i].Purpose));
        }

        AddReferences(texts, "/legalBasis", plan.LegalBasis);
        AddReferences(texts, "/citations", plan.Citations);

    }

    private static void AddBody(List<(string, string?)> texts, Plan plan)
    {
        AddAll(texts, "/purposes", plan.Purposes);
        AddAll(texts, "/requirements", plan.Requirements);
        AddAll(texts, "/audiences", plan.Audiences);
        AddAll(texts, "/notes", plan.Notes);
        foreach (var (path, target) in PlanPaths.Targets(plan))
        {
            texts.Add((PlanPaths.Member(path, "text"), target.Text));
            texts.Add((PlanPaths.Member(path, "indicator"), target.Indicator));
            texts.Add((PlanPaths.Member(path, "unitText"), target.UnitText));
        }

        for (var i = 0; i < plan.Areas.Count; i++)
        {
            texts.Add(($"/areas/{i}/title", plan.Areas[i].Title));
        }

        foreach (var (path, task) in PlanPaths.Tasks(plan))
        {
            texts.Add((PlanPaths.Member(path, "title"), task.Title));
            texts.Add((PlanPaths.Member(path, "leadText"), task.LeadText));
            texts.Add((PlanPaths.Member(path, "supportText"), task.SupportText));
            texts.Add((PlanPaths.Member(path, "deadline"), task.Deadline?.Text));
            texts.Add((PlanPaths.Member(path, "result"), task.Result));
            for (var d = 0; d < task.Deliverables.Count; d++)
            {
                texts.Add((PlanPaths.Member(PlanPaths.Item(path, "deliverables", d), "title"), task.Deliverables[d].Title));
            }
        }

    }

    private static void AddOrganisation(List<(string, string?)> texts, Plan plan)
    {
        for (var i = 0; i < plan.Units.Count; i++)
        {
            texts.Add(($"/units/{i}/name", plan.Units[i].Name));
            texts.Add(($"/units/{i}/shortName", plan.Units[i].ShortName));
        }

        for (var i = 0; i < plan.Assignments.Count; i++)
        {
            texts.Add(($"/assignments/{i}/duty", plan.Assignments[i].Duty));
        }

        for (var i = 0; i < plan.Reporting.Count; i++)
        {
            texts.Add(($"/reporting/{i}/text", plan.Reporting[i].Text));
            texts.Add(($"/reporting/{i}/recipient", plan.Reporting[i].Recipient));
        }

        for (var i = 0; i < plan.Funding.Count; i++)
        {
            texts.Add(($"/funding/{i}/text", plan.Funding[i].Text));
        }
    }

    private static void AddReferences(List<(string, string?)> texts, string path, ValueList<Legal.LegalReference> references)
    {
        for (var i = 0; i < references.Count; i++)
        {
            var r = references[i];
            texts.Add(($"{path}/{i}/text", r.Text));
            texts.Add(($"{path}/{i}/issuer", r.Issuer));
            texts.Add(($"{path}/{i}/title", r.Title));
        }
    }

    private static void AddAll(List<(string, string?)> texts, string path, ValueList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            texts.Add(($"{path}/{i}", items[i]));
        }
    }
}
