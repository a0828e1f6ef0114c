using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>A body the plan names: one of the issuer's own units or an external body.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Id">The unit's id, unique among the plan's units.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Kind">What kind of body it is.</param>
public sealed record Unit(string Id, string Name, UnitKind Kind)
{
    /// <summary>A short name the plan also uses ("Trung tâm XTTM").</summary>
    public string? ShortName { get; init; }

    /// <summary>The id of the unit this one belongs to, or <see langword="null"/>.</summary>
    public string? ParentId { get; init; }

    /// <summary>For a <see cref="UnitKind.Collective"/>, the ids of its members.</summary>
    public ValueList<string> MemberIds { get; init; }

    /// <summary>Whether the unit is outside the issuer.</summary>
    public bool IsExternal => Kind == UnitKind.External;
}
