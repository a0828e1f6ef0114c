using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>The result of one criterion (area, criterion or sub-criterion) for one unit.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record NodeScore
{
    /// <summary>The criterion code.</summary>
    public required string Code { get; init; }

    /// <summary>The Vietnamese title.</summary>
    public required string Title { get; init; }

    /// <summary>Self-assessed and appraised, or survey.</summary>
    public required AssessmentMethod Method { get; init; }

    /// <summary>The maximum in the framework.</summary>
    public required decimal MaxPoints { get; init; }

    /// <summary>The maximum that counts after the not-applicable policy: 0 when the whole node does not apply.</summary>
    public required decimal ApplicableMaxPoints { get; init; }

    /// <summary>The points, after the not-applicable policy (from the last appraisal).</summary>
    public required decimal Points { get; init; }

    /// <summary>The component index, points ÷ applicable maximum × 100, rounded by the policy; <see langword="null"/> when nothing applies.</summary>
    public required decimal? ComponentIndex { get; init; }

    /// <summary>Whether the node was marked not applicable (or all its children were).</summary>
    public required bool IsNotApplicable { get; init; }

    /// <summary>The plain sum of the self-assessment points of its self-assessed leaves.</summary>
    public required decimal SelfAssessedPoints { get; init; }

    /// <summary>The plain sum of the final (appraised) points of its self-assessed leaves.</summary>
    public required decimal AppraisedPoints { get; init; }

    /// <summary>The plain sum of the points of its survey leaves.</summary>
    public required decimal SurveyPoints { get; init; }

    /// <summary>Appraised minus self-assessed points: negative when the appraisal took points away.</summary>
    public decimal Difference => AppraisedPoints - SelfAssessedPoints;

    /// <summary>The child results; empty for a leaf.</summary>
    public required ValueList<NodeScore> Children { get; init; }

    /// <summary>This node and its descendants, parents first.</summary>
    /// <returns>The nodes in document order.</returns>
    public IEnumerable<NodeScore> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.DescendantsAndSelf())
            {
                yield return node;
            }
        }
    }
}
