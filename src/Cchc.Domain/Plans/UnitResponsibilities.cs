using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>What one unit is responsible for in a plan, as <see cref="ResponsibilityMatrix"/> derives it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="UnitId">The unit.</param>
public sealed record UnitResponsibilities(string UnitId)
{
    /// <summary>The areas the unit leads (chủ trì).</summary>
    public ValueList<string> LeadsAreas { get; init; }

    /// <summary>The areas the unit supports (phối hợp).</summary>
    public ValueList<string> SupportsAreas { get; init; }

    /// <summary>The tasks the unit leads, directly or through its area.</summary>
    public ValueList<string> LeadsTasks { get; init; }

    /// <summary>The tasks the unit supports, directly or through its area.</summary>
    public ValueList<string> SupportsTasks { get; init; }

    /// <summary>The unit's plan-wide roles (standing unit, direction, implementation).</summary>
    public ValueList<AssignmentRole> PlanRoles { get; init; }
}
