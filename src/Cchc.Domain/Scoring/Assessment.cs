using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>One unit's inputs against one framework for one year, every round kept.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Framework">The framework assessed against.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="Unit">The unit.</param>
/// <param name="ExcludedFromRanking">Whether the unit is scored and classed but not ranked (as the two special agencies nationally).</param>
/// <param name="Entries">The entries per leaf or bonus/penalty item.</param>
public sealed record Assessment(FrameworkReference Framework, int Year, AssessedUnit Unit, bool ExcludedFromRanking, ValueList<LeafEntry> Entries);
