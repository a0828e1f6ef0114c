using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>
/// Who leads (chủ trì) and who supports (phối hợp) every reform area and task of a plan, derived from
/// the task rows, their deliverables and the assignments of "Tổ chức thực hiện"; and what is left
/// without a lead.
/// </summary>
/// <remarks>
/// <para>An area's leads are the units assigned to lead it; when none is, the units assigned to lead
/// the whole plan. A task's leads are the units named on the task or on its deliverables, plus those
/// assigned to the task; when there are none, the task inherits its area's leads. Supports follow the
/// same rule.</para>
/// <para>Collective units ("Các phòng, đơn vị thuộc Sở") are kept as named, not expanded.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ResponsibilityMatrix
{
    private readonly Dictionary<string, ValueList<string>> _areaLeads;
    private readonly Dictionary<string, ValueList<string>> _areaSupports;
    private readonly Dictionary<string, ValueList<string>> _taskLeads;
    private readonly Dictionary<string, ValueList<string>> _taskSupports;

    private ResponsibilityMatrix(Plan plan)
    {
        var assignments = plan.Assignments;
        var assigned = new AssignedUnits(assignments);
        var planLeads = Units(assignments.Where(a => a.Scope == AssignmentScope.Plan && a.Role == AssignmentRole.Lead));
        _areaLeads = new(StringComparer.Ordinal);
        _areaSupports = new(StringComparer.Ordinal);
        _taskLeads = new(StringComparer.Ordinal);
        _taskSupports = new(StringComparer.Ordinal);
        foreach (var area in plan.Areas)
        {
            var leads = assigned.Of(AssignmentScope.Areas, area.Id, AssignmentRole.Lead);
            _areaLeads[area.Id] = leads.IsEmpty ? planLeads : leads;
            _areaSupports[area.Id] = assigned.Of(AssignmentScope.Areas, area.Id, AssignmentRole.Support);
            foreach (var task in area.Tasks)
            {
                var taskLeads = Distinct(task.AllLeadUnitIds.Concat(assigned.Of(AssignmentScope.Tasks, task.Id, AssignmentRole.Lead)));
                var taskSupports = Distinct(task.SupportUnitIds.Concat(assigned.Of(AssignmentScope.Tasks, task.Id, AssignmentRole.Support)));
                _taskLeads[task.Id] = taskLeads.IsEmpty ? _areaLeads[area.Id] : taskLeads;
                _taskSupports[task.Id] = taskSupports.IsEmpty ? _areaSupports[area.Id] : taskSupports;
            }
        }

        AreasWithoutLead = plan.Areas.Where(a => _areaLeads[a.Id].IsEmpty).Select(a => a.Id).ToValueList();
        TasksWithoutLead = plan.AllTasks.Where(x => _taskLeads[x.Task.Id].IsEmpty).Select(x => x.Task.Id).ToValueList();
        UnitIds = Distinct(plan.Units.Select(u => u.Id)
            .Concat(_areaLeads.Values.Concat(_areaSupports.Values).Concat(_taskLeads.Values).Concat(_taskSupports.Values).SelectMany(v => v))
            .Concat(assignments.Select(a => a.UnitId)));
        PlanRoles = assignments.Where(a => a.Scope == AssignmentScope.Plan).Select(a => (a.UnitId, a.Role)).Distinct().ToValueList();
    }

    /// <summary>Every unit that has any role, declared units first.</summary>
    public ValueList<string> UnitIds { get; }

    /// <summary>The ids of the areas with no lead.</summary>
    public ValueList<string> AreasWithoutLead { get; }

    /// <summary>The ids of the tasks with no lead, even by inheritance from their area.</summary>
    public ValueList<string> TasksWithoutLead { get; }

    /// <summary>The plan-wide roles: the standing unit, direction, implementation.</summary>
    public ValueList<(string UnitId, AssignmentRole Role)> PlanRoles { get; }

    /// <summary>Derives the matrix of <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The matrix.</returns>
    public static ResponsibilityMatrix From(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new ResponsibilityMatrix(plan);
    }

    /// <summary>The units that lead an area.</summary>
    /// <param name="areaId">The area's id.</param>
    /// <returns>The unit ids; empty for an unknown area.</returns>
    public ValueList<string> LeadsOfArea(string areaId) => _areaLeads.GetValueOrDefault(areaId);

    /// <summary>The units that support an area.</summary>
    /// <param name="areaId">The area's id.</param>
    /// <returns>The unit ids; empty for an unknown area.</returns>
    public ValueList<string> SupportsOfArea(string areaId) => _areaSupports.GetValueOrDefault(areaId);

    /// <summary>The units that lead a task, directly or through its area.</summary>
    /// <param name="taskId">The task's id.</param>
    /// <returns>The unit ids; empty for an unknown task.</returns>
    public ValueList<string> LeadsOfTask(string taskId) => _taskLeads.GetValueOrDefault(taskId);

    /// <summary>The units that support a task, directly or through its area.</summary>
    /// <param name="taskId">The task's id.</param>
    /// <returns>The unit ids; empty for an unknown task.</returns>
    public ValueList<string> SupportsOfTask(string taskId) => _taskSupports.GetValueOrDefault(taskId);

    /// <summary>What one unit leads and supports.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <returns>Its responsibilities (all empty for a unit with none).</returns>
    public UnitResponsibilities For(string unitId) => new(unitId)
    {
        LeadsAreas = Having(_areaLeads, unitId),
        SupportsAreas = Having(_areaSupports, unitId),
        LeadsTasks = Having(_taskLeads, unitId),
        SupportsTasks = Having(_taskSupports, unitId),
        PlanRoles = PlanRoles.Where(r => string.Equals(r.UnitId, unitId, StringComparison.Ordinal)).Select(r => r.Role).ToValueList(),
    };

    private static ValueList<string> Having(Dictionary<string, ValueList<string>> map, string unitId) =>
        map.Where(kv => kv.Value.Contains(unitId, StringComparer.Ordinal)).Select(kv => kv.Key).ToValueList();

    private static ValueList<string> Units(IEnumerable<Assignment> assignments) => Distinct(assignments.Select(a => a.UnitId));

    private static ValueList<string> Distinct(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).ToValueList();
}
