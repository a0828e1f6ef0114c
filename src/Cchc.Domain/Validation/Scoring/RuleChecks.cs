using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scoring;
using FluentValidation;

namespace Cchc.Domain.Validation.Scoring;

/// <summary>The parameter checks of each rule kind; the <see cref="JsonPath"/> stands at the rule, and a pointer is built only for a finding.</summary>
internal static class RuleChecks
{
    public static void Check(ScoringRule rule, string code, JsonPath path, ValidationContext<ScoringFramework> context)
    {
        switch (rule)
        {
            case LevelsRule levels:
                CheckLevels(levels, code, path, context);
                break;
            case RatioBandsRule bands:
                CheckBands(bands, code, path, context);
                break;
            case ProportionalRule { FloorPercent: { } floor } when floor is < 0 or > 100:
                Parameter(context, path, "floorPercent", "from 0 to 100", "từ 0 đến 100", floor);
                break;
            case TimelinessRule timeliness:
                CheckFraction(timeliness.LateFraction, path, "lateFraction", context);
                if (timeliness.GraceDays < 0)
                {
                    Parameter(context, path, "graceDays", "0 or more", "lớn hơn hoặc bằng 0", timeliness.GraceDays);
                }

                break;
            case CountThresholdRule count:
                CheckCount(count, path, context);
                break;
            case DeductionRule { PointsPerViolation: <= 0 } deduction:
                Parameter(context, path, "pointsPerViolation", "more than 0", "lớn hơn 0", deduction.PointsPerViolation);
                break;
            case SurveyAnswerMapRule survey:
                CheckSurvey(survey, code, path, context);
                break;
            default:
                break;
        }
    }

    private static void CheckLevels(LevelsRule rule, string code, JsonPath path, ValidationContext<ScoringFramework> context)
    {
        if (rule.Levels.IsEmpty)
        {
            Parameter(context, path, "levels", "a non-empty list", "một danh sách không rỗng", "[]");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rule.Levels.Count; i++)
        {
            using (path.Enter("levels", i))
            {
                if (!seen.Add(rule.Levels[i].Code))
                {
                    context.Report(ScoringDiagnostics.DuplicateOption, path.ToPointer("code"), rule.Levels[i].Code, code);
                }

                CheckFraction(rule.Levels[i].Fraction, path, "fraction", context);
            }
        }
    }

    private static void CheckBands(RatioBandsRule rule, string code, JsonPath path, ValidationContext<ScoringFramework> context)
    {
        if (rule.Bands.IsEmpty)
        {
            Parameter(context, path, "bands", "a non-empty list", "một danh sách không rỗng", "[]");
            return;
        }

        for (var i = 0; i < rule.Bands.Count; i++)
        {
            var band = rule.Bands[i];
            using (path.Enter("bands", i))
            {
                CheckFraction(band.Fraction, path, "fraction", context);
                if (IsEmpty(band))
                {
                    Parameter(context, path, "to", "above from", "lớn hơn from", band.To!.Value);
                }
            }
        }

        CheckOverlaps(rule, code, path, context);
    }

    /// <summary>
    /// Overlapping bands, in O(n log n): the bands by lower bound, each checked against the one reaching
    /// furthest before it. A band that overlaps any earlier one overlaps that one, so every band that overlaps
    /// is reported once, with one band it overlaps (comparing every pair took 3 s and 351 MB for 1,004 bands).
    /// Empty bands (reported above) hold no value and overlap nothing.
    /// </summary>
    private static void CheckOverlaps(RatioBandsRule rule, string code, JsonPath path, ValidationContext<ScoringFramework> context)
    {
        var ordered = rule.Bands.Select((band, index) => (Band: band, Index: index))
            .Where(b => !IsEmpty(b.Band))
            .OrderBy(b => b.Band.From.HasValue)
            .ThenBy(b => b.Band.From ?? 0m)
            .ThenBy(b => b.Band.FromInclusive ? 0 : 1)
            .ThenBy(b => b.Index)
            .ToList();
        var found = new List<(int First, int Second)>();
        (int Index, RatioBand Band)? furthest = null;
        foreach (var (band, index) in ordered)
        {
            if (furthest is { } f && Overlap(f.Band, band))
            {
                found.Add((Math.Min(f.Index, index), Math.Max(f.Index, index)));
            }

            if (furthest is not { } g || ReachesFurther(band, g.Band))
            {
                furthest = (index, band);
            }
        }

        foreach (var (first, second) in found.OrderBy(p => p.Second).ThenBy(p => p.First))
        {
            using (path.Enter("bands", second))
            {
                context.Report(ScoringDiagnostics.RatioBandsOverlap, path.ToPointer(), first, second, code);
            }
        }
    }

    private static bool IsEmpty(RatioBand band) =>
        band.From is { } from && band.To is { } to && (from > to || (from == to && !(band.FromInclusive && band.ToInclusive)));

    /// <summary>Whether <paramref name="a"/>'s upper bound is above <paramref name="b"/>'s (no bound is highest; closed above open at the same value).</summary>
    private static bool ReachesFurther(RatioBand a, RatioBand b) => (a.To, b.To) switch
    {
        (null, null) => false,
        (null, _) => true,
        (_, null) => false,
        ({ } x, { } y) => x > y || (x == y && a.ToInclusive && !b.ToInclusive),
    };


    /// <summary>Whether two intervals share a value: the higher lower bound is below the lower upper bound (or equal with both closed).</summary>
    internal static bool Overlap(RatioBand a, RatioBand b)
    {
        var (low, lowClosed) = Higher(a.From, a.FromInclusive, b.From, b.FromInclusive);
        var (high, highClosed) = Lower(a.To, a.ToInclusive, b.To, b.ToInclusive);
        if (low is null || high is null)
        {
            return true;
        }

        return low < high || (low == high && lowClosed && highClosed);
    }

    private static (decimal? Value, bool Closed) Higher(decimal? x, bool xClosed, decimal? y, bool yClosed)
    {
        if (x is null)
        {
            return (y, yClosed);
        }

        if (y is null || x > y)
        {
            return (x, xClosed);
        }

        return x == y ? (x, xClosed && yClosed) : (y, yClosed);
    }

    private static (decimal? Value, bool Closed) Lower(decimal? x, bool xClosed, decimal? y, bool yClosed)
    {
        if (x is null)
        {
            return (y, yClosed);
        }

        if (y is null || x < y)
        {
            return (x, xClosed);
        }

        return x == y ? (x, xClosed && yClosed) : (y, yClosed);
    }


    private static void CheckCount(CountThresholdRule rule, JsonPath path, ValidationContext<ScoringFramework> context)
    {
        if (rule.Minimum < 0)
        {
            Parameter(context, path, "minimum", "0 or more", "lớn hơn hoặc bằng 0", rule.Minimum);
        }

        if (rule.BasePoints < 0)
        {
            Parameter(context, path, "basePoints", "0 or more", "lớn hơn hoặc bằng 0", rule.BasePoints);
        }

        if (rule.Step < 0)
        {
            Parameter(context, path, "step", "0 or more", "lớn hơn hoặc bằng 0", rule.Step);
        }

        if (rule.StepPoints < 0)
        {
            Parameter(context, path, "stepPoints", "0 or more", "lớn hơn hoặc bằng 0", rule.StepPoints);
        }
    }

    private static void CheckSurvey(SurveyAnswerMapRule rule, string code, JsonPath path, ValidationContext<ScoringFramework> context)
    {
        if (rule.Options.IsEmpty)
        {
            Parameter(context, path, "options", "a non-empty list", "một danh sách không rỗng", "[]");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rule.Options.Count; i++)
        {
            var option = rule.Options[i];
            using (path.Enter("options", i))
            {
                if (!seen.Add(option.Option))
                {
                    context.Report(ScoringDiagnostics.DuplicateOption, path.ToPointer("option"), option.Option, code);
                }

                if (option.Percent is < 0 or > 100)
                {
                    Parameter(context, path, "percent", "from 0 to 100", "từ 0 đến 100", option.Percent);
                }
            }
        }
    }

    private static void CheckFraction(decimal fraction, JsonPath path, string name, ValidationContext<ScoringFramework> context)
    {
        if (fraction is < 0 or > 1)
        {
            Parameter(context, path, name, "from 0 to 1", "từ 0 đến 1", fraction);
        }
    }

    /// <summary>Reports <see cref="ScoringDiagnostics.InvalidParameter"/> at the member <paramref name="name"/> of the value <paramref name="path"/> stands at.</summary>
    private static void Parameter(ValidationContext<ScoringFramework> context, JsonPath path, string name, string requirementEn, string requirementVi, object value) =>
        context.Report(ScoringDiagnostics.InvalidParameter, path.ToPointer(name), FrameworkValidator.Parameter(name, requirementEn, requirementVi, value));
}
