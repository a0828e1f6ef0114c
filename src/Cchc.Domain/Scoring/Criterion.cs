using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>
/// A node of the criteria tree: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion
/// (tiêu chí thành phần), nested as deep as a sheet needs. A leaf has a <see cref="Rule"/> and no
/// children; a parent has children and no rule, and its maximum is the sum of its children's.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Code">The code as numbered in the sheet, for example <c>"3.1.2"</c>; unique in the framework.</param>
/// <param name="Title">The Vietnamese title.</param>
/// <param name="MaxPoints">The maximum points (0.25, 0.5, 31.5 occur).</param>
/// <param name="Method">Self-assessed and appraised, or survey.</param>
/// <param name="Evidence">The evidence requirement (tài liệu kiểm chứng), or <see langword="null"/>.</param>
/// <param name="Rule">The scoring rule of a leaf; <see langword="null"/> for a parent.</param>
/// <param name="Children">The child criteria; empty for a leaf.</param>
public sealed record Criterion(
    string Code,
    string Title,
    decimal MaxPoints,
    AssessmentMethod Method,
    string? Evidence,
    ScoringRule? Rule,
    ValueList<Criterion> Children)
{
    /// <summary>Whether this criterion is a leaf (it has no children).</summary>
    public bool IsLeaf => Children.IsEmpty;

    /// <summary>Creates a leaf.</summary>
    /// <param name="code">The code.</param>
    /// <param name="title">The Vietnamese title.</param>
    /// <param name="maxPoints">The maximum.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="method">The assessment method; self-assessed by default.</param>
    /// <param name="evidence">The evidence requirement.</param>
    /// <returns>The leaf.</returns>
    public static Criterion Leaf(string code, string title, decimal maxPoints, ScoringRule rule, AssessmentMethod method = AssessmentMethod.SelfAssessed, string? evidence = null) =>
        new(code, title, maxPoints, method, evidence, rule, []);

    /// <summary>Creates a parent whose maximum is the sum of its children's.</summary>
    /// <param name="code">The code.</param>
    /// <param name="title">The Vietnamese title.</param>
    /// <param name="children">The children.</param>
    /// <returns>The parent.</returns>
    public static Criterion Parent(string code, string title, params Criterion[] children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var method = children.Length > 0 && children.All(c => c.Method == AssessmentMethod.Survey) ? AssessmentMethod.Survey : AssessmentMethod.SelfAssessed;
        return new(code, title, children.Aggregate(0m, (sum, child) => PointMath.Add(sum, child.MaxPoints)), method, null, null, [.. children]);
    }

    /// <summary>This criterion and all its descendants, parents before children.</summary>
    /// <returns>The nodes in document order.</returns>
    public IEnumerable<Criterion> DescendantsAndSelf()
    {
        yield return this;
        if (IsLeaf)
        {
            yield break;
        }

        foreach (var child in Children)
        {
            foreach (var node in child.DescendantsAndSelf())
            {
                yield return node;
            }
        }
    }
}
