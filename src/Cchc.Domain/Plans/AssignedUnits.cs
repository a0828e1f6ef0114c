using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>
/// The units that a plan's assignments give a role over each area or task, indexed once so that
/// looking up an area or a task does not scan every assignment again.
/// </summary>
internal sealed class AssignedUnits
{
    private readonly Dictionary<(AssignmentScope Scope, AssignmentRole Role, string Id), ValueList<string>> _units = [];

    public AssignedUnits(ValueList<Assignment> assignments)
    {
        foreach (var assignment in assignments)
        {
            var ids = assignment.Scope switch
            {
                AssignmentScope.Areas => assignment.AreaIds,
                AssignmentScope.Tasks => assignment.TaskIds,
                _ => [],
            };
            foreach (var id in ids)
            {
                var key = (assignment.Scope, assignment.Role, id);
                var units = _units.GetValueOrDefault(key);
                if (!units.Contains(assignment.UnitId, StringComparer.Ordinal))
                {
                    _units[key] = [.. units, assignment.UnitId];
                }
            }
        }
    }

    /// <summary>The units, without repeats and in the order of the assignments, that have <paramref name="role"/> over the area or task <paramref name="id"/>.</summary>
    public ValueList<string> Of(AssignmentScope scope, string id, AssignmentRole role) => _units.GetValueOrDefault((scope, role, id));
}
