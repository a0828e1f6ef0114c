using System.Globalization;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation;

/// <summary>
/// Checks a <see cref="ScoringFramework"/>: parents' maxima against their children, unique codes,
/// rules on leaves with parameters in range, ratio bands and classification bands without overlaps or
/// gaps, the year range. Paths are JSON Pointers into the framework's JSON (<c>/areas/0/children/2/maxPoints</c>).
/// </summary>
public static class FrameworkValidator
{
    /// <summary>The largest maximum of a criterion or bonus/penalty item: sheets score out of 100, and sums of points must fit a decimal.</summary>
    private const decimal MaxPointsLimit = 1_000_000m;

    /// <summary>Validates <paramref name="framework"/>.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The diagnostics, empty when the framework is sound.</returns>
    public static IReadOnlyList<Diagnostic> Validate(ScoringFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var diagnostics = new List<Diagnostic>();
        var identity = framework.Identity;
        if (identity.LastYear is { } last && last < identity.FirstYear)
        {
            diagnostics.Add(ScoringDiagnostics.InvalidYearRange.Create("/lastYear", identity.FirstYear, last));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < framework.Areas.Count; i++)
        {
            CheckNode(framework.Areas[i], JsonPointer.Append("/areas", i), codes, diagnostics);
        }

        if (framework.Adjustments is { } adjustments)
        {
            CheckAdjustments(adjustments, codes, diagnostics);
        }

        for (var i = 0; i < framework.Classification.Count; i++)
        {
            CheckScheme(framework.Classification[i], JsonPointer.Append("/classification", i), diagnostics);
        }

        var rounding = framework.Policy.Rounding;
        if (rounding.Decimals is < 0 or > 6)
        {
            diagnostics.Add(Parameter("/policy/rounding/decimals", "decimals", "from 0 to 6", "từ 0 đến 6", rounding.Decimals));
        }

        return diagnostics;
    }

    private static void CheckNode(Criterion node, string path, HashSet<string> codes, List<Diagnostic> diagnostics)
    {
        if (!codes.Add(node.Code))
        {
            diagnostics.Add(ScoringDiagnostics.DuplicateCode.Create(JsonPointer.Append(path, "code"), node.Code));
        }

        CheckMax(node.MaxPoints, node.Code, path, diagnostics);

        if (node.IsLeaf)
        {
            if (node.Rule is null)
            {
                diagnostics.Add(ScoringDiagnostics.LeafWithoutRule.Create(path, node.Code));
            }
            else
            {
                RuleChecks.Check(node.Rule, node.Code, JsonPointer.Append(path, "rule"), diagnostics);
            }

            return;
        }

        if (node.Rule is not null)
        {
            diagnostics.Add(ScoringDiagnostics.ParentWithRule.Create(JsonPointer.Append(path, "rule"), node.Code));
        }

        var sum = 0m;
        for (var i = 0; i < node.Children.Count; i++)
        {
            sum = PointMath.Add(sum, node.Children[i].MaxPoints);
            CheckNode(node.Children[i], JsonPointer.Append(JsonPointer.Append(path, "children"), i), codes, diagnostics);
        }

        if (sum != node.MaxPoints)
        {
            diagnostics.Add(ScoringDiagnostics.ParentMaxMismatch.Create(JsonPointer.Append(path, "maxPoints"), node.Code, node.MaxPoints, sum));
        }
    }

    /// <summary>A maximum is more than 0 (CCHC4005) and at most <see cref="MaxPointsLimit"/> (CCHC4006), so that sums of points always fit a decimal.</summary>
    private static void CheckMax(decimal maxPoints, string code, string path, List<Diagnostic> diagnostics)
    {
        if (maxPoints <= 0)
        {
            diagnostics.Add(ScoringDiagnostics.InvalidMaxPoints.Create(JsonPointer.Append(path, "maxPoints"), code, maxPoints));
        }
        else if (maxPoints > MaxPointsLimit)
        {
            var limit = Format(MaxPointsLimit);
            diagnostics.Add(Parameter(JsonPointer.Append(path, "maxPoints"), "maxPoints", "at most " + limit, "không quá " + limit, maxPoints));
        }
    }

    private static void CheckAdjustments(AdjustmentBlock adjustments, HashSet<string> codes, List<Diagnostic> diagnostics)
    {
        if (adjustments.BonusCap < 0)
        {
            diagnostics.Add(Parameter("/adjustments/bonusCap", "bonusCap", "0 or more", "lớn hơn hoặc bằng 0", adjustments.BonusCap));
        }

        if (adjustments.PenaltyCap < 0)
        {
            diagnostics.Add(Parameter("/adjustments/penaltyCap", "penaltyCap", "0 or more", "lớn hơn hoặc bằng 0", adjustments.PenaltyCap));
        }

        for (var i = 0; i < adjustments.Items.Count; i++)
        {
            var item = adjustments.Items[i];
            var path = JsonPointer.Append("/adjustments/items", i);
            if (!codes.Add(item.Code))
            {
                diagnostics.Add(ScoringDiagnostics.DuplicateCode.Create(JsonPointer.Append(path, "code"), item.Code));
            }

            CheckMax(item.MaxPoints, item.Code, path, diagnostics);

            RuleChecks.Check(item.Rule, item.Code, JsonPointer.Append(path, "rule"), diagnostics);
        }
    }

    private static void CheckScheme(ClassificationScheme scheme, string path, List<Diagnostic> diagnostics)
    {
        var bandsPath = JsonPointer.Append(path, "bands");
        var ordered = scheme.Bands.Select((band, index) => (Band: band, Index: index)).OrderBy(b => b.Band.From).ToList();
        foreach (var (band, index) in ordered)
        {
            if (band.To is { } to && to <= band.From)
            {
                diagnostics.Add(Parameter(JsonPointer.Append(JsonPointer.Append(bandsPath, index), "to"), "to", "more than from", "lớn hơn from", to));
            }
        }

        if (ordered.Count == 0)
        {
            return;
        }

        if (ordered[0].Band.From > 0)
        {
            diagnostics.Add(ScoringDiagnostics.ClassBandsGap.Create(bandsPath, Format(0m), Format(ordered[0].Band.From)));
        }

        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1].Band;
            var current = ordered[i].Band;
            var currentPath = JsonPointer.Append(bandsPath, ordered[i].Index);
            if (previous.To is not { } previousTo || previousTo > current.From)
            {
                diagnostics.Add(ScoringDiagnostics.ClassBandsOverlap.Create(currentPath, previous.Label, current.Label));
            }
            else if (previousTo < current.From)
            {
                diagnostics.Add(ScoringDiagnostics.ClassBandsGap.Create(currentPath, Format(previousTo), Format(current.From)));
            }
        }

        if (ordered.TrueForAll(b => b.Band.To is not null))
        {
            var highest = ordered.Max(b => b.Band.To!.Value);
            diagnostics.Add(ScoringDiagnostics.ClassBandsGap.Create(bandsPath, Format(highest), "∞"));
        }
    }

    internal static Diagnostic Parameter(string path, string name, string requirementEn, string requirementVi, object value) =>
        ScoringDiagnostics.InvalidParameter.Create(path, name, requirementEn, value, requirementVi);

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
