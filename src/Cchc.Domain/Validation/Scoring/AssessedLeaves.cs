using Cchc.Domain.Diagnostics;
using Cchc.Domain.Scoring;
using FluentValidation;

namespace Cchc.Domain.Validation.Scoring;

/// <summary>
/// The checks of an assessment's entries against the leaves and bonus/penalty items of one framework
/// (prepared once per framework). The <see cref="JsonPath"/> stands at the entry, round or answer
/// visited; a pointer is built only for a finding.
/// </summary>
internal sealed class AssessedLeaves
{
    private readonly Dictionary<string, Target> _targets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parents;

    public AssessedLeaves(ScoringFramework framework)
    {
        foreach (var leaf in framework.Leaves.Where(l => l.Rule is not null))
        {
            _targets.TryAdd(leaf.Code, new Target(leaf.Code, leaf.Rule!, leaf.MaxPoints, leaf.Method == AssessmentMethod.SelfAssessed, IsAdjustment: false));
        }

        foreach (var item in framework.Adjustments?.Items ?? [])
        {
            _targets.TryAdd(item.Code, new Target(item.Code, item.Rule, item.MaxPoints, NeedsEvidence: true, IsAdjustment: true));
        }

        _parents = new HashSet<string>(framework.Areas.SelectMany(a => a.DescendantsAndSelf()).Where(c => !c.IsLeaf).Select(c => c.Code), StringComparer.Ordinal);
    }

    public void Check(Assessment assessment, ValidationContext<Assessment> context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var path = new JsonPath();
        for (var i = 0; i < assessment.Entries.Count; i++)
        {
            var entry = assessment.Entries[i];
            using var at = path.Enter("entries", i);
            if (!_targets.TryGetValue(entry.Code, out var target))
            {
                var descriptor = _parents.Contains(entry.Code) ? ScoringDiagnostics.NotALeaf : ScoringDiagnostics.UnknownCriterion;
                context.Report(descriptor, path.ToPointer("code"), entry.Code);
                continue;
            }

            if (!seen.Add(entry.Code))
            {
                context.Report(ScoringDiagnostics.DuplicateEntry, path.ToPointer("code"), entry.Code);
                continue;
            }

            CheckEntry(entry, target, path, context);
        }

        foreach (var (code, _) in _targets.Where(t => !t.Value.IsAdjustment && !seen.Contains(t.Key)))
        {
            context.Report(ScoringDiagnostics.NotAssessed, "/entries", code);
        }
    }

    private static void CheckEntry(LeafEntry entry, Target target, JsonPath path, ValidationContext<Assessment> context)
    {
        var rounds = entry.Rounds;
        if (rounds.IsEmpty)
        {
            context.Report(ScoringDiagnostics.EntryWithoutRounds, path.ToPointer("rounds"), entry.Code);
            return;
        }

        var anyPoints = false;
        for (var j = 0; j < rounds.Count; j++)
        {
            var input = rounds[j].Input;
            if (input is NotApplicableInput)
            {
                continue;
            }

            using (path.Enter("rounds", j))
            using (path.Enter("input"))
            {
                if (!target.Rule.Accepts(input))
                {
                    context.Report(ScoringDiagnostics.InputDoesNotFitRule, path.ToPointer("kind"), entry.Code, target.Rule.Kind, target.Rule.InputKind, input.Kind);
                    continue;
                }

                CheckValue(input, target, path, context);
            }

            anyPoints |= target.Rule.Evaluate(input, Math.Max(target.MaxPoints, 0m)) > 0;
        }

        if (!entry.IsAppraised)
        {
            context.Report(ScoringDiagnostics.NotAppraised, path.ToPointer("rounds"), entry.Code, Code(rounds[^1].Round));
        }

        if (target.NeedsEvidence && anyPoints && entry.Evidence.IsEmpty && !entry.HasExplanation)
        {
            context.Report(ScoringDiagnostics.MissingEvidence, path.ToPointer(), entry.Code);
        }
    }

    /// <summary>Checks the values of an accepted input; <paramref name="path"/> stands at the input.</summary>
    private static void CheckValue(LeafInput input, Target target, JsonPath path, ValidationContext<Assessment> context)
    {
        switch (input)
        {
            case PointsInput { Points: < 0 } points:
                context.Report(ScoringDiagnostics.NegativeValue, path.ToPointer("points"), target.Code, points.Points);
                break;
            case PointsInput points when points.Points > target.MaxPoints:
                context.Report(ScoringDiagnostics.PointsAboveMax, path.ToPointer("points"), points.Points, target.MaxPoints, target.Code);
                break;
            case RatioInput { Percent: < 0 } ratio:
                context.Report(ScoringDiagnostics.NegativeValue, path.ToPointer("percent"), target.Code, ratio.Percent);
                break;
            case CountInput { Count: < 0 } count:
                context.Report(ScoringDiagnostics.NegativeValue, path.ToPointer("count"), target.Code, count.Count);
                break;
            case LevelInput level when target.Rule is LevelsRule levels && levels.Find(level.Level) is null:
                context.Report(ScoringDiagnostics.UnknownLevel, path.ToPointer("level"), level.Level, target.Code, string.Join(", ", levels.Levels.Select(l => l.Code)));
                break;
            case SurveyInput survey when target.Rule is SurveyAnswerMapRule map:
                CheckSurvey(survey, map, target.Code, path, context);
                break;
            default:
                break;
        }
    }

    private static void CheckSurvey(SurveyInput survey, SurveyAnswerMapRule map, string code, JsonPath path, ValidationContext<Assessment> context)
    {
        var answers = survey.Answers;
        var respondents = 0L;
        for (var k = 0; k < answers.Count; k++)
        {
            using var at = path.Enter("answers", k);
            if (answers[k].Count < 0)
            {
                context.Report(ScoringDiagnostics.NegativeValue, path.ToPointer("count"), code, answers[k].Count);
            }
            else if (map.Find(answers[k].Option) is null)
            {
                context.Report(ScoringDiagnostics.UnknownSurveyOption, path.ToPointer("option"), answers[k].Option, code, string.Join(", ", map.Options.Select(o => o.Option)));
            }
            else
            {
                respondents += answers[k].Count;
            }
        }

        if (respondents == 0)
        {
            context.Report(ScoringDiagnostics.NoRespondents, path.ToPointer("answers"), code);
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
