using Cchc.Domain.Plans;
using FluentValidation;

namespace Cchc.Domain.Validation.Plans;

/// <summary>Whole-plan checks of ids: duplicates, references to what the plan does not declare, cycles of parents, tasks with no lead.</summary>
internal static class ReferenceChecks
{
    public static void Check(Plan plan, ValidationContext<Plan> context)
    {
        var units = Declared(context, plan.Units.Select((u, i) => (u.Id, $"/units/{i}/id")), "units", "đơn vị");
        var areas = Declared(context, plan.Areas.Select((a, i) => (a.Id, $"/areas/{i}/id")), "areas", "nội dung");
        var targets = Declared(context, PlanPaths.Targets(plan).Select(x => (x.Target.Id, PlanPaths.Member(x.Path, "id"))), "targets", "chỉ tiêu");
        var tasks = Declared(context, PlanPaths.Tasks(plan).Select(x => (x.Task.Id, PlanPaths.Member(x.Path, "id"))), "tasks", "nhiệm vụ");

        CheckUnitReferences(plan, context, units);
        for (var i = 0; i < plan.Assignments.Count; i++)
        {
            var path = $"/assignments/{i}";
            var assignment = plan.Assignments[i];
            Known(context, units, PlanDiagnostics.UnknownUnit, assignment.UnitId, PlanPaths.Member(path, "unitId"));
            KnownAll(context, areas, PlanDiagnostics.UnknownArea, assignment.AreaIds, path, "areaIds");
            KnownAll(context, tasks, PlanDiagnostics.UnknownTask, assignment.TaskIds, path, "taskIds");
        }

        foreach (var (path, target) in PlanPaths.Targets(plan))
        {
            Known(context, targets, PlanDiagnostics.UnknownTarget, target.ParentId, PlanPaths.Member(path, "parentId"));
            Known(context, tasks, PlanDiagnostics.UnknownTask, target.TaskId, PlanPaths.Member(path, "taskId"));
        }

        foreach (var (path, task) in PlanPaths.Tasks(plan))
        {
            KnownAll(context, targets, PlanDiagnostics.UnknownTarget, task.TargetIds, path, "targetIds");
        }

        CheckCycles(context, plan.Units.Select((u, i) => (u.Id, u.ParentId, $"/units/{i}/parentId")), PlanDiagnostics.UnitCycle);
        CheckCycles(context, PlanPaths.Targets(plan).Select(x => (x.Target.Id, x.Target.ParentId, PlanPaths.Member(x.Path, "parentId"))), PlanDiagnostics.TargetCycle);
        CheckLeads(plan, context);
    }

    private static void CheckUnitReferences(Plan plan, ValidationContext<Plan> context, HashSet<string> units)
    {
        for (var i = 0; i < plan.Units.Count; i++)
        {
            Known(context, units, PlanDiagnostics.UnknownUnit, plan.Units[i].ParentId, $"/units/{i}/parentId");
            KnownAll(context, units, PlanDiagnostics.UnknownUnit, plan.Units[i].MemberIds, $"/units/{i}", "memberIds");
        }

        for (var i = 0; i < plan.Header.Recipients.Count; i++)
        {
            Known(context, units, PlanDiagnostics.UnknownUnit, plan.Header.Recipients[i].UnitId, $"/header/recipients/{i}/unitId");
        }

        foreach (var (path, task) in PlanPaths.Tasks(plan))
        {
            KnownAll(context, units, PlanDiagnostics.UnknownUnit, task.LeadUnitIds, path, "leadUnitIds");
            KnownAll(context, units, PlanDiagnostics.UnknownUnit, task.SupportUnitIds, path, "supportUnitIds");
            for (var d = 0; d < task.Deliverables.Count; d++)
            {
                KnownAll(context, units, PlanDiagnostics.UnknownUnit, task.Deliverables[d].LeadUnitIds, PlanPaths.Item(path, "deliverables", d), "leadUnitIds");
            }
        }

        for (var i = 0; i < plan.Reporting.Count; i++)
        {
            Known(context, units, PlanDiagnostics.UnknownUnit, plan.Reporting[i].UnitId, $"/reporting/{i}/unitId");
            Known(context, units, PlanDiagnostics.UnknownUnit, plan.Reporting[i].RecipientUnitId, $"/reporting/{i}/recipientUnitId");
        }
    }

    private static HashSet<string> Declared(ValidationContext<Plan> context, IEnumerable<(string Id, string Path)> ids, string en, string vi)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, path) in ids)
        {
            if (!seen.Add(id))
            {
                context.Report(PlanDiagnostics.DuplicateId, path, id, en, vi);
            }
        }

        return seen;
    }

    private static void Known(ValidationContext<Plan> context, HashSet<string> declared, DiagnosticDescriptor unknown, string? id, string path)
    {
        if (id is not null && !declared.Contains(id))
        {
            context.Report(unknown, path, id);
        }
    }

    private static void KnownAll(ValidationContext<Plan> context, HashSet<string> declared, DiagnosticDescriptor unknown, ValueList<string> ids, string path, string member)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            Known(context, declared, unknown, ids[i], PlanPaths.Item(path, member, i));
        }
    }

    private static void CheckCycles(ValidationContext<Plan> context, IEnumerable<(string Id, string? ParentId, string Path)> nodes, DiagnosticDescriptor cycle)
    {
        var list = nodes.ToList();
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, parent, _) in list)
        {
            parents.TryAdd(id, parent);
        }

        foreach (var (id, _, path) in list)
        {
            var chain = new List<string> { id };
            var current = parents.GetValueOrDefault(id);
            while (current is not null && chain.Count <= parents.Count)
            {
                chain.Add(current);
                if (string.Equals(current, id, StringComparison.Ordinal))
                {
                    context.Report(cycle, path, id, string.Join(" → ", chain));
                    break;
                }

                current = parents.GetValueOrDefault(current);
            }
        }
    }

    private static void CheckLeads(Plan plan, ValidationContext<Plan> context)
    {
        var withoutLead = ResponsibilityMatrix.From(plan).TasksWithoutLead.ToHashSet(StringComparer.Ordinal);
        foreach (var (path, task) in PlanPaths.Tasks(plan).Where(x => withoutLead.Contains(x.Task.Id)))
        {
            context.Report(PlanDiagnostics.TaskWithoutLead, path, task.Id);
        }
    }
}
