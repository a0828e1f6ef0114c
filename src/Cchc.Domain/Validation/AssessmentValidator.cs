using System.Globalization;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation;

/// <summary>
/// Checks an <see cref="Assessment"/> against its <see cref="ScoringFramework"/>: the framework and
/// year, unknown or duplicate codes, inputs that do not fit the leaf's rule, points above the maximum,
/// negative values, unknown levels and survey options, points without evidence or explanation,
/// missing and unappraised leaves (a bonus/penalty item without an entry simply scores 0). Paths are JSON Pointers into the assessment's JSON
/// (<c>/entries/3/rounds/1/input/points</c>). The scorer treats every problem found here leniently
/// (0 points or clamping), so a card can always be produced.
/// </summary>
public static class AssessmentValidator
{
    /// <summary>Validates <paramref name="assessment"/> against <paramref name="framework"/>.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The diagnostics, empty when all is well.</returns>
    public static IReadOnlyList<Diagnostic> Validate(ScoringFramework framework, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(assessment);
        var diagnostics = new List<Diagnostic>();
        var identity = framework.Identity;
        if (!string.Equals(assessment.Framework.Id, identity.Id, StringComparison.Ordinal)
            || !string.Equals(assessment.Framework.Version, identity.Version, StringComparison.Ordinal))
        {
            diagnostics.Add(ScoringDiagnostics.FrameworkMismatch.Create("/framework", assessment.Framework.Id, assessment.Framework.Version, identity.Id, identity.Version));
        }

        if (!identity.AppliesTo(assessment.Year))
        {
            diagnostics.Add(ScoringDiagnostics.YearOutsideFramework.Create("/year", assessment.Year, identity.FirstYear, identity.LastYear?.ToString(CultureInfo.InvariantCulture) ?? "…"));
        }

        var targets = Targets(framework);
        var parents = new HashSet<string>(framework.Areas.SelectMany(a => a.DescendantsAndSelf()).Where(c => !c.IsLeaf).Select(c => c.Code), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = assessment.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var path = JsonPointer.Append("/entries", i);
            if (!targets.TryGetValue(entry.Code, out var target))
            {
                var descriptor = parents.Contains(entry.Code) ? ScoringDiagnostics.NotALeaf : ScoringDiagnostics.UnknownCriterion;
                diagnostics.Add(descriptor.Create(JsonPointer.Append(path, "code"), entry.Code));
                continue;
            }

            if (!seen.Add(entry.Code))
            {
                diagnostics.Add(ScoringDiagnostics.DuplicateEntry.Create(JsonPointer.Append(path, "code"), entry.Code));
                continue;
            }

            CheckEntry(entry, target, path, diagnostics);
        }

        foreach (var (code, _) in targets.Where(t => !t.Value.IsAdjustment && !seen.Contains(t.Key)))
        {
            diagnostics.Add(ScoringDiagnostics.NotAssessed.Create("/entries", code));
        }

        return diagnostics;
    }

    private static Dictionary<string, Target> Targets(ScoringFramework framework)
    {
        var targets = new Dictionary<string, Target>(StringComparer.Ordinal);
        foreach (var leaf in framework.Leaves.Where(l => l.Rule is not null))
        {
            targets.TryAdd(leaf.Code, new Target(leaf.Code, leaf.Rule!, leaf.MaxPoints, leaf.Method == AssessmentMethod.SelfAssessed, IsAdjustment: false));
        }

        foreach (var item in framework.Adjustments?.Items ?? [])
        {
            targets.TryAdd(item.Code, new Target(item.Code, item.Rule, item.MaxPoints, NeedsEvidence: true, IsAdjustment: true));
        }

        return targets;
    }

    private static void CheckEntry(LeafEntry entry, Target target, string path, List<Diagnostic> diagnostics)
    {
        var rounds = entry.Rounds;
        if (rounds.IsEmpty)
        {
            diagnostics.Add(ScoringDiagnostics.EntryWithoutRounds.Create(JsonPointer.Append(path, "rounds"), entry.Code));
            return;
        }

        var anyPoints = false;
        for (var j = 0; j < rounds.Count; j++)
        {
            var input = rounds[j].Input;
            var inputPath = JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(path, "rounds"), j), "input");
            if (input is NotApplicableInput)
            {
                continue;
            }

            if (!target.Rule.Accepts(input))
            {
                diagnostics.Add(ScoringDiagnostics.InputDoesNotFitRule.Create(JsonPointer.Append(inputPath, "kind"), entry.Code, target.Rule.Kind, target.Rule.InputKind, input.Kind));
                continue;
            }

            CheckValue(input, target, inputPath, diagnostics);
            anyPoints |= target.Rule.Evaluate(input, Math.Max(target.MaxPoints, 0m)) > 0;
        }

        if (!entry.IsAppraised)
        {
            diagnostics.Add(ScoringDiagnostics.NotAppraised.Create(JsonPointer.Append(path, "rounds"), entry.Code, Code(rounds[^1].Round)));
        }

        if (target.NeedsEvidence && anyPoints && (entry.Evidence.IsEmpty) && !entry.HasExplanation)
        {
            diagnostics.Add(ScoringDiagnostics.MissingEvidence.Create(path, entry.Code));
        }
    }

    private static void CheckValue(LeafInput input, Target target, string inputPath, List<Diagnostic> diagnostics)
    {
        switch (input)
        {
            case PointsInput { Points: < 0 } points:
                diagnostics.Add(ScoringDiagnostics.NegativeValue.Create(JsonPointer.Append(inputPath, "points"), target.Code, points.Points));
                break;
            case PointsInput points when points.Points > target.MaxPoints:
                diagnostics.Add(ScoringDiagnostics.PointsAboveMax.Create(JsonPointer.Append(inputPath, "points"), points.Points, target.MaxPoints, target.Code));
                break;
            case RatioInput { Percent: < 0 } ratio:
                diagnostics.Add(ScoringDiagnostics.NegativeValue.Create(JsonPointer.Append(inputPath, "percent"), target.Code, ratio.Percent));
                break;
            case CountInput { Count: < 0 } count:
                diagnostics.Add(ScoringDiagnostics.NegativeValue.Create(JsonPointer.Append(inputPath, "count"), target.Code, count.Count));
                break;
            case LevelInput level when target.Rule is LevelsRule levels && levels.Find(level.Level) is null:
                diagnostics.Add(ScoringDiagnostics.UnknownLevel.Create(
                    JsonPointer.Append(inputPath, "level"), level.Level, target.Code, string.Join(", ", levels.Levels.Select(l => l.Code))));
                break;
            case SurveyInput survey when target.Rule is SurveyAnswerMapRule map:
                CheckSurvey(survey, map, target.Code, inputPath, diagnostics);
                break;
            default:
                break;
        }
    }

    private static void CheckSurvey(SurveyInput survey, SurveyAnswerMapRule map, string code, string inputPath, List<Diagnostic> diagnostics)
    {
        var answers = survey.Answers;
        var respondents = 0L;
        for (var k = 0; k < answers.Count; k++)
        {
            var answerPath = JsonPointer.Append(JsonPointer.Append(inputPath, "answers"), k);
            if (answers[k].Count < 0)
            {
                diagnostics.Add(ScoringDiagnostics.NegativeValue.Create(JsonPointer.Append(answerPath, "count"), code, answers[k].Count));
            }
            else if (map.Find(answers[k].Option) is null)
            {
                diagnostics.Add(ScoringDiagnostics.UnknownSurveyOption.Create(
                    JsonPointer.Append(answerPath, "option"), answers[k].Option, code, string.Join(", ", map.Options.Select(o => o.Option))));
            }
            else
            {
                respondents += answers[k].Count;
            }
        }

        if (respondents == 0)
        {
            diagnostics.Add(ScoringDiagnostics.NoRespondents.Create(JsonPointer.Append(inputPath, "answers"), code));
        }
    }

    private static string Code(AssessmentRound round) => round switch
    {
        AssessmentRound.SelfAssessment => "selfAssessment",
        AssessmentRound.Appraisal => "appraisal",
        AssessmentRound.Explanation => "explanation",
        _ => "secondAppraisal",
    };

    private sealed record Target(string Code, ScoringRule Rule, decimal MaxPoints, bool NeedsEvidence, bool IsAdjustment);
}
