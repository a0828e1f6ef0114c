using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scoring;
using FluentValidation;

namespace Cchc.Domain.Validation.Scoring;

/// <summary>
/// The walk over a framework's criteria tree and bonus/penalty items: unique codes, maxima in range
/// and equal to the children's sum, a rule on every leaf and none on parents, each rule's parameters
/// (<see cref="RuleChecks"/>). The <see cref="JsonPath"/> stands at the node visited; a pointer is
/// built only for a finding.
/// </summary>
internal static class CriteriaChecks
{
    /// <summary>The key under which the codes seen in the tree wait for the bonus/penalty items.</summary>
    private const string CodesKey = "Cchc.Domain.FrameworkCodes";

    public static void CheckAreas(ScoringFramework framework, ValidationContext<ScoringFramework> context)
    {
        var codes = Codes(framework, context);
        var path = new JsonPath();
        for (var i = 0; i < framework.Areas.Count; i++)
        {
            using (path.Enter("areas", i))
            {
                CheckNode(framework.Areas[i], path, codes, context);
            }
        }
    }

    public static void CheckAdjustmentItems(ScoringFramework framework, ValidationContext<ScoringFramework> context)
    {
        if (framework.Adjustments is not { } adjustments)
        {
            return;
        }

        var codes = Codes(framework, context);
        var path = new JsonPath();
        using var items = path.Enter("adjustments");
        for (var i = 0; i < adjustments.Items.Count; i++)
        {
            var item = adjustments.Items[i];
            using (path.Enter("items", i))
            {
                if (!codes.Add(item.Code))
                {
                    context.Report(ScoringDiagnostics.DuplicateCode, path.ToPointer("code"), item.Code);
                }

                CheckMax(item.MaxPoints, item.Code, path, context);
                using (path.Enter("rule"))
                {
                    RuleChecks.Check(item.Rule, item.Code, path, context);
                }
            }
        }
    }

    /// <summary>
    /// The codes seen so far in this run for <paramref name="framework"/>: shared by the tree and the
    /// bonus/penalty items through the context (one validator instance serves many runs, and a user's
    /// validator may include it for several frameworks at once).
    /// </summary>
    private static HashSet<string> Codes(ScoringFramework framework, ValidationContext<ScoringFramework> context)
    {
        if (!context.RootContextData.TryGetValue(CodesKey, out var data) || data is not Dictionary<ScoringFramework, HashSet<string>> byFramework)
        {
            byFramework = new Dictionary<ScoringFramework, HashSet<string>>(ReferenceEqualityComparer.Instance);
            context.RootContextData[CodesKey] = byFramework;
        }

        if (!byFramework.TryGetValue(framework, out var codes))
        {
            codes = new HashSet<string>(StringComparer.Ordinal);
            byFramework[framework] = codes;
        }

        return codes;
    }

    private static void CheckNode(Criterion node, JsonPath path, HashSet<string> codes, ValidationContext<ScoringFramework> context)
    {
        if (!codes.Add(node.Code))
        {
            context.Report(ScoringDiagnostics.DuplicateCode, path.ToPointer("code"), node.Code);
        }

        CheckMax(node.MaxPoints, node.Code, path, context);

        if (node.IsLeaf)
        {
            if (node.Rule is null)
            {
                context.Report(ScoringDiagnostics.LeafWithoutRule, path.ToPointer(), node.Code);
            }
            else
            {
                using (path.Enter("rule"))
                {
                    RuleChecks.Check(node.Rule, node.Code, path, context);
                }
            }

            return;
        }

        if (node.Rule is not null)
        {
            context.Report(ScoringDiagnostics.ParentWithRule, path.ToPointer("rule"), node.Code);
        }

        var sum = 0m;
        for (var i = 0; i < node.Children.Count; i++)
        {
            sum = PointMath.Add(sum, node.Children[i].MaxPoints);
            using (path.Enter("children", i))
            {
                CheckNode(node.Children[i], path, codes, context);
            }
        }

        if (sum != node.MaxPoints)
        {
            context.Report(ScoringDiagnostics.ParentMaxMismatch, path.ToPointer("maxPoints"), node.Code, node.MaxPoints, sum);
        }
    }

    /// <summary>A maximum is more than 0 (CCHC4005) and at most <see cref="FrameworkValidator.MaxPointsLimit"/> (CCHC4006), so that sums of points always fit a decimal.</summary>
    private static void CheckMax(decimal maxPoints, string code, JsonPath path, ValidationContext<ScoringFramework> context)
    {
        if (maxPoints <= 0)
        {
            context.Report(ScoringDiagnostics.InvalidMaxPoints, path.ToPointer("maxPoints"), code, maxPoints);
        }
        else if (maxPoints > FrameworkValidator.MaxPointsLimit)
        {
            var limit = FrameworkValidator.Format(FrameworkValidator.MaxPointsLimit);
            context.Report(ScoringDiagnostics.InvalidParameter, path.ToPointer("maxPoints"), FrameworkValidator.Parameter("maxPoints", "at most " + limit, "không quá " + limit, maxPoints));
        }
    }
}
