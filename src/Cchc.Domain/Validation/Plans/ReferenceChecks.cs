using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using FluentValidation;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>Whole-plan checks of ids: duplicates, references to what the plan does not declare, cycles of parents (<see cref="ParentCycles"/>), tasks with no lead.</summary>
internal static class ReferenceChecks
{
    public static void Check(Plan plan, ValidationContext<Plan> context)
    {
        var path = new JsonPath();
        var units = Declared(context, PlanPaths.Items(plan.Units, "units", path).Select(u => u.Id), path, "units", "đơn vị");
        var areas = Declared(context, PlanPaths.Items(plan.Areas, "areas", path).Select(a => a.Id), path, "areas", "nội dung");
        var targets = Declared(context, PlanPaths.Targets(plan, path).Select(t => t.Id), path, "targets", "chỉ tiêu");
        var tasks = Declared(context, PlanPaths.Tasks(plan, path).Select(t => t.Id), path, "tasks", "nhiệm vụ");

        CheckUnitReferences(plan, context, path, units);
        foreach (var assignment in PlanPaths.Items(plan.Assignments, "assignments", path))
        {
            Known(context, units, PlanDiagnostics.UnknownUnit, assignment.UnitId, path, "unitId");
            KnownAll(context, areas, PlanDiagnostics.UnknownArea, assignment.AreaIds, path, "areaIds");
            KnownAll(context, tasks, PlanDiagnostics.UnknownTask, assignment.TaskIds, path, "taskIds");
        }

        foreach (var target in PlanPaths.Targets(plan, path))
        {
            Known(context, targets, PlanDiagnostics.UnknownTarget, target.ParentId, path, "parentId");
            Known(context, tasks, PlanDiagnostics.UnknownTask, target.TaskId, path, "taskId");
        }

        foreach (var task in PlanPaths.Tasks(plan, path))
        {
            KnownAll(context, targets, PlanDiagnostics.UnknownTarget, task.TargetIds, path, "targetIds");
        }

        ParentCycles.Check(context, PlanPaths.Items(plan.Units, "units", path).Select(u => (u.Id, u.ParentId)), path, PlanDiagnostics.UnitCycle);
        ParentCycles.Check(context, PlanPaths.Targets(plan, path).Select(t => (t.Id, t.ParentId)), path, PlanDiagnostics.TargetCycle);
        CheckLeads(plan, context, path);
    }

    private static void CheckUnitReferences(Plan plan, ValidationContext<Plan> context, JsonPath path, HashSet<string> units)
    {
        foreach (var unit in PlanPaths.Items(plan.Units, "units", path))
        {
            Known(context, units, PlanDiagnostics.UnknownUnit, unit.ParentId, path, "parentId");
            KnownAll(context, units, PlanDiagnostics.UnknownUnit, unit.MemberIds, path, "memberIds");
        }

        using (path.Enter("header"))
        {
            foreach (var recipient in PlanPaths.Items(plan.Header.Recipients, "recipients", path))
            {
                Known(context, units, PlanDiagnostics.UnknownUnit, recipient.UnitId, path, "unitId");
            }
        }

        foreach (var task in PlanPaths.Tasks(plan, path))
        {
            KnownAll(context, units, PlanDiagnostics.UnknownUnit, task.LeadUnitIds, path, "leadUnitIds");
            KnownAll(context, units, PlanDiagnostics.UnknownUnit, task.SupportUnitIds, path, "supportUnitIds");
            foreach (var deliverable in PlanPaths.Items(task.Deliverables, "deliverables", path))
            {
                KnownAll(context, units, PlanDiagnostics.UnknownUnit, deliverable.LeadUnitIds, path, "leadUnitIds");
            }
        }

        foreach (var reporting in PlanPaths.Items(plan.Reporting, "reporting", path))
        {
            Known(context, units, PlanDiagnostics.UnknownUnit, reporting.UnitId, path, "unitId");
            Known(context, units, PlanDiagnostics.UnknownUnit, reporting.RecipientUnitId, path, "recipientUnitId");
        }
    }

    /// <summary>The ids of a walk, reporting each repeated one at <c>…/id</c> of the item <paramref name="path"/> stands at.</summary>
    private static HashSet<string> Declared(ValidationContext<Plan> context, IEnumerable<string> ids, JsonPath path, string en, string vi)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                context.Report(PlanDiagnostics.DuplicateId, path.ToPointer("id"), id, en, vi);
            }
        }

        return seen;
    }

    private static void Known(ValidationContext<Plan> context, HashSet<string> declared, DiagnosticDescriptor unknown, string? id, JsonPath path, string member)
    {
        if (IsUnknown(declared, id))
        {
            context.Report(unknown, path.ToPointer(member), id);
        }
    }

    private static void KnownAll(ValidationContext<Plan> context, HashSet<string> declared, DiagnosticDescriptor unknown, ValueList<string> ids, JsonPath path, string member)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (IsUnknown(declared, ids[i]))
            {
                context.Report(unknown, path.ToPointer(member, i), ids[i]);
            }
        }
    }

    private static bool IsUnknown(HashSet<string> declared, string? id) => id is not null && !declared.Contains(id);

    private static void CheckLeads(Plan plan, ValidationContext<Plan> context, JsonPath path)
    {
        var withoutLead = ResponsibilityMatrix.From(plan).TasksWithoutLead.ToHashSet(StringComparer.Ordinal);
        foreach (var task in PlanPaths.Tasks(plan, path))
        {
            if (withoutLead.Contains(task.Id))
            {
                context.Report(PlanDiagnostics.TaskWithoutLead, path.ToPointer(), task.Id);
            }
        }
    }
}
