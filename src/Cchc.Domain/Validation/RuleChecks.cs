using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation;

/// <summary>The parameter checks of each rule kind.</summary>
internal static class RuleChecks
{
    public static void Check(ScoringRule rule, string code, string path, List<Diagnostic> diagnostics)
    {
        switch (rule)
        {
            case LevelsRule levels:
                CheckLevels(levels, code, path, diagnostics);
                break;
            case RatioBandsRule bands:
                CheckBands(bands, code, path, diagnostics);
                break;
            case ProportionalRule { FloorPercent: { } floor } when floor is < 0 or > 100:
                diagnostics.Add(FrameworkValidator.Parameter(JsonPointer.Append(path, "floorPercent"), "floorPercent", "from 0 to 100", "từ 0 đến 100", floor));
                break;
            case TimelinessRule timeliness:
                CheckFraction(timeliness.LateFraction, JsonPointer.Append(path, "lateFraction"), "lateFraction", diagnostics);
                if (timeliness.GraceDays < 0)
                {
                    diagnostics.Add(FrameworkValidator.Parameter(JsonPointer.Append(path, "graceDays"), "graceDays", "0 or more", "lớn hơn hoặc bằng 0", timeliness.GraceDays));
                }

                break;
            case CountThresholdRule count:
                CheckCount(count, path, diagnostics);
                break;
            case DeductionRule { PointsPerViolation: <= 0 } deduction:
                diagnostics.Add(FrameworkValidator.Parameter(JsonPointer.Append(path, "pointsPerViolation"), "pointsPerViolation", "more than 0", "lớn hơn 0", deduction.PointsPerViolation));
                break;
            case SurveyAnswerMapRule survey:
                CheckSurvey(survey, code, path, diagnostics);
                break;
            default:
                break;
        }
    }

    private static void CheckLevels(LevelsRule rule, string code, string path, List<Diagnostic> diagnostics)
    {
        var levelsPath = JsonPointer.Append(path, "levels");
        if (rule.Levels.IsEmpty)
        {
            diagnostics.Add(FrameworkValidator.Parameter(levelsPath, "levels", "a non-empty list", "một danh sách không rỗng", "[]"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rule.Levels.Count; i++)
        {
            var levelPath = JsonPointer.Append(levelsPath, i);
            if (!seen.Add(rule.Levels[i].Code))
            {
                diagnostics.Add(ScoringDiagnostics.DuplicateOption.Create(JsonPointer.Append(levelPath, "code"), rule.Levels[i].Code, code));
            }

            CheckFraction(rule.Levels[i].Fraction, JsonPointer.Append(levelPath, "fraction"), "fraction", diagnostics);
        }
    }

    private static void CheckBands(RatioBandsRule rule, string code, string path, List<Diagnostic> diagnostics)
    {
        var bandsPath = JsonPointer.Append(path, "bands");
        if (rule.Bands.IsEmpty)
        {
            diagnostics.Add(FrameworkValidator.Parameter(bandsPath, "bands", "a non-empty list", "một danh sách không rỗng", "[]"));
            return;
        }

        for (var i = 0; i < rule.Bands.Count; i++)
        {
            var band = rule.Bands[i];
            var bandPath = JsonPointer.Append(bandsPath, i);
            CheckFraction(band.Fraction, JsonPointer.Append(bandPath, "fraction"), "fraction", diagnostics);
            if (band.From is { } from && band.To is { } to && (from > to || (from == to && !(band.FromInclusive && band.ToInclusive))))
            {
                diagnostics.Add(FrameworkValidator.Parameter(JsonPointer.Append(bandPath, "to"), "to", "above from", "lớn hơn from", to));
            }

            for (var j = 0; j < i; j++)
            {
                if (Overlap(rule.Bands[j], band))
                {
                    diagnostics.Add(ScoringDiagnostics.RatioBandsOverlap.Create(bandPath, j, i, code));
                }
            }
        }
    }

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

    private static void CheckCount(CountThresholdRule rule, string path, List<Diagnostic> diagnostics)
    {
        if (rule.Minimum < 0)
        {
            diagnostics.Add(FrameworkValidator.Parameter(JsonPointer.Append(path, "minimum"), "minimum", "0 or more", "lớn hơn hoặc bằng 0", rule.Minimum));
        }

        if (rule.BasePoints < 0)
        {
            diagnostics.Add(FrameworkValidator.Parameter(JsonPointer.Append(path, "basePoints"), "basePoints", "0 or more", "lớn hơn hoặc bằng 0", rule.BasePoints));
        }

        if (rule.Step < 0)
        {
            diagnostics.Add(FrameworkValidator.Parameter(JsonPointer.Append(path, "step"), "step", "0 or more", "lớn hơn hoặc bằng 0", rule.Step));
        }

        if (rule.StepPoints < 0)
        {
            diagnostics.Add(FrameworkValidator.Parameter(JsonPointer.Append(path, "stepPoints"), "stepPoints", "0 or more", "lớn hơn hoặc bằng 0", rule.StepPoints));
        }
    }

    private static void CheckSurvey(SurveyAnswerMapRule rule, string code, string path, List<Diagnostic> diagnostics)
    {
        var optionsPath = JsonPointer.Append(path, "options");
        if (rule.Options.IsEmpty)
        {
            diagnostics.Add(FrameworkValidator.Parameter(optionsPath, "options", "a non-empty list", "một danh sách không rỗng", "[]"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rule.Options.Count; i++)
        {
            var optionPath = JsonPointer.Append(optionsPath, i);
            var option = rule.Options[i];
            if (!seen.Add(option.Option))
            {
                diagnostics.Add(ScoringDiagnostics.DuplicateOption.Create(JsonPointer.Append(optionPath, "option"), option.Option, code));
            }

            if (option.Percent is < 0 or > 100)
            {
                diagnostics.Add(FrameworkValidator.Parameter(JsonPointer.Append(optionPath, "percent"), "percent", "from 0 to 100", "từ 0 đến 100", option.Percent));
            }
        }
    }

    private static void CheckFraction(decimal fraction, string path, string name, List<Diagnostic> diagnostics)
    {
        if (fraction is < 0 or > 1)
        {
            diagnostics.Add(FrameworkValidator.Parameter(path, name, "from 0 to 1", "từ 0 đến 1", fraction));
        }
    }
}
