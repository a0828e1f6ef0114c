using System.Collections.Immutable;

namespace Cchc.Domain.Scoring;

/// <summary>
/// Scores assessments against one framework. Create it once per framework (it indexes the criteria
/// tree) and score any number of assessments; instances are immutable and thread-safe.
/// </summary>
/// <remarks>
/// The scorer never throws on bad input: an input that does not fit its leaf's rule, an unknown code
/// or a missing entry scores 0, and out-of-range points are clamped to [0, max]. Use
/// <c>AssessmentValidator.Validate</c> to get those problems as diagnostics.
/// </remarks>
public sealed class Scorer
{
    private readonly ScoringFramework _framework;
    private readonly ScoringOptions _options;
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly int _slotCount;

    /// <summary>Prepares scoring against <paramref name="framework"/>.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="options">Services such as the grace calendar; <see cref="ScoringOptions.Default"/> when <see langword="null"/>.</param>
    public Scorer(ScoringFramework framework, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        _framework = framework;
        _options = options ?? ScoringOptions.Default;
        var slot = 0;
        foreach (var leaf in framework.Leaves)
        {
            _slots.TryAdd(leaf.Code, slot);
            slot++;
        }

        if (framework.Adjustments is { } adjustments)
        {
            foreach (var item in adjustments.Items)
            {
                _slots.TryAdd(item.Code, slot);
                slot++;
            }
        }

        _slotCount = slot;
    }

    /// <summary>The framework this scorer scores against.</summary>
    public ScoringFramework Framework => _framework;

    /// <summary>Scores <paramref name="assessment"/> against <paramref name="framework"/> (prepares a scorer each call; keep a <see cref="Scorer"/> to score many).</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="options">Services such as the grace calendar.</param>
    /// <returns>The score card.</returns>
    public static ScoreCard Score(ScoringFramework framework, Assessment assessment, ScoringOptions? options = null) =>
        new Scorer(framework, options).Score(assessment);

    /// <summary>Scores <paramref name="assessment"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The score card.</returns>
    public ScoreCard Score(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var entries = new LeafEntry?[_slotCount];
        foreach (var entry in assessment.Entries)
        {
            if (_slots.TryGetValue(entry.Code, out var slot))
            {
                entries[slot] ??= entry;
            }
        }

        var policy = _framework.Policy;
        var walker = new Walker(this, entries);
        var areas = ImmutableArray.CreateBuilder<NodeScore>(_framework.Areas.Count);
        foreach (var area in _framework.Areas)
        {
            areas.Add(walker.Node(area));
        }

        var root = Combine(_framework.MaxPoints, areas);
        var adjustments = walker.Adjustments();
        var total = Math.Max(PointMath.Add(root.Points, adjustments.Net), 0m);
        var index = Percent(total, root.ApplicableMax) ?? 0m;
        if (!policy.IndexMayExceed100)
        {
            index = Math.Min(index, 100m);
        }

        var block = assessment.Unit.Block ?? _framework.Identity.Block ?? string.Empty;
        decimal self = 0m, appraised = 0m, survey = 0m;
        foreach (var area in areas)
        {
            self = PointMath.Add(self, area.SelfAssessedPoints);
            appraised = PointMath.Add(appraised, area.AppraisedPoints);
            survey = PointMath.Add(survey, area.SurveyPoints);
        }

        return new ScoreCard
        {
            Framework = new FrameworkReference(_framework.Identity.Id, _framework.Identity.Version),
            Year = assessment.Year,
            Unit = assessment.Unit,
            Block = block,
            ExcludedFromRanking = assessment.ExcludedFromRanking,
            Areas = areas.MoveToImmutable(),
            Adjustments = adjustments,
            MaxPoints = _framework.MaxPoints,
            ApplicableMaxPoints = root.ApplicableMax,
            BasePoints = root.Points,
            TotalPoints = Math.Min(policy.Rounding.RoundPoints(total), PointMath.Add(root.ApplicableMax, adjustments.Bonus)),
            IndexPercent = index,
            SelfAssessedTotal = self,
            AppraisedTotal = appraised,
            SurveyTotal = survey,
            Class = _framework.SchemeFor(block)?.Classify(index),
        };
    }

    /// <summary>
    /// A maximum as the scorer counts it: a negative one (reported as CCHC4005) counts as 0, and so does a
    /// negative zero (<c>-0.0</c> in JSON), which <see cref="decimal"/> keeps with its sign.
    /// </summary>
    private static decimal MaxOf(decimal maxPoints) => maxPoints > 0m ? maxPoints : 0m;

    /// <summary><paramref name="points"/> ÷ <paramref name="applicable"/> × 100, or <see langword="null"/> when nothing applies.</summary>
    private decimal? Percent(decimal points, decimal applicable) =>
        applicable > 0 ? _framework.Policy.Rounding.Round(PointMath.Scale(points, 100m, applicable)) : null;

    /// <summary>Combines children under a parent of maximum <paramref name="maxPoints"/> by the not-applicable policy.</summary>
    private (decimal Points, decimal ApplicableMax, bool NotApplicable) Combine(decimal maxPoints, IReadOnlyList<NodeScore> children)
    {
        decimal points = 0m, applicable = 0m;
        foreach (var child in children)
        {
            points = PointMath.Add(points, child.Points);
            applicable = PointMath.Add(applicable, child.ApplicableMaxPoints);
        }

        if (applicable <= 0)
        {
            return (0m, 0m, true);
        }

        maxPoints = MaxOf(maxPoints);
        if (_framework.Policy.NotApplicable == NotApplicablePolicy.RedistributeWithinParent && applicable != maxPoints)
        {
            return (Math.Min(_framework.Policy.Rounding.RoundPoints(PointMath.Scale(points, maxPoints, applicable)), maxPoints), maxPoints, false);
        }

        return (points, applicable, false);
    }

    /// <summary>Walks the tree of one assessment, handing out leaf slots in document order.</summary>
    private sealed class Walker(Scorer scorer, LeafEntry?[] entries)
    {
        private int _slot;

        public NodeScore Node(Criterion node)
        {
            if (node.IsLeaf)
            {
                return Leaf(node, entries[_slot++]);
            }

            var children = ImmutableArray.CreateBuilder<NodeScore>(node.Children.Count);
            decimal self = 0m, appraised = 0m, survey = 0m;
            foreach (var child in node.Children)
            {
                var score = Node(child);
                self = PointMath.Add(self, score.SelfAssessedPoints);
                appraised = PointMath.Add(appraised, score.AppraisedPoints);
                survey = PointMath.Add(survey, score.SurveyPoints);
                children.Add(score);
            }

            var (points, applicable, notApplicable) = scorer.Combine(node.MaxPoints, children);
            return Result(node, points, applicable, notApplicable, (self, appraised, survey), children.MoveToImmutable());
        }

        public AdjustmentScore Adjustments()
        {
            if (scorer._framework.Adjustments is not { } block || block.Items.IsEmpty)
            {
                return AdjustmentScore.None;
            }

            var items = ImmutableArray.CreateBuilder<AdjustmentItemScore>(block.Items.Count);
            decimal bonus = 0m, penalty = 0m;
            foreach (var item in block.Items)
            {
                var entry = entries[_slot++];
                var points = scorer.Points(item.Rule, item.MaxPoints, entry?.FinalRound?.Input) ?? 0m;
                var self = scorer.Points(item.Rule, item.MaxPoints, entry?.LastOf(AssessmentRound.SelfAssessment)?.Input) ?? 0m;
                if (item.Direction == AdjustmentDirection.Bonus)
                {
                    bonus = PointMath.Add(bonus, points);
                }
                else
                {
                    penalty = PointMath.Add(penalty, points);
                }

                items.Add(new AdjustmentItemScore(item.Code, item.Title, item.Direction, item.MaxPoints, points, self));
            }

            return new AdjustmentScore(Math.Min(bonus, Math.Max(block.BonusCap, 0m)), Math.Min(penalty, Math.Max(block.PenaltyCap, 0m)), items.MoveToImmutable());
        }

        private NodeScore Leaf(Criterion leaf, LeafEntry? entry)
        {
            var final = entry?.FinalRound?.Input;
            var notApplicable = final is NotApplicableInput;
            var points = LeafPoints(leaf, final);
            var applicable = notApplicable && scorer._framework.Policy.NotApplicable != NotApplicablePolicy.ScoreAsMax ? 0m : MaxOf(leaf.MaxPoints);
            var survey = leaf.Method == AssessmentMethod.Survey;
            var self = survey ? 0m : LeafPoints(leaf, entry?.LastOf(AssessmentRound.SelfAssessment)?.Input);
            return Result(leaf, points, applicable, notApplicable, (self, survey ? 0m : points, survey ? points : 0m), []);
        }

        /// <summary>The points of one round's input; not applicable gives the maximum under <see cref="NotApplicablePolicy.ScoreAsMax"/>, else 0, in every round alike.</summary>
        private decimal LeafPoints(Criterion leaf, LeafInput? input)
        {
            if (input is NotApplicableInput)
            {
                return scorer._framework.Policy.NotApplicable == NotApplicablePolicy.ScoreAsMax ? MaxOf(leaf.MaxPoints) : 0m;
            }

            return leaf.Rule is null ? 0m : scorer.Points(leaf.Rule, leaf.MaxPoints, input) ?? 0m;
        }

        /// <summary>The score of one node; a parent adds its children.</summary>
        private NodeScore Result(Criterion node, decimal points, decimal applicable, bool notApplicable, (decimal Self, decimal Appraised, decimal Survey) split, ValueList<NodeScore> children) => new()
        {
            Code = node.Code,
            Title = node.Title,
            Method = node.Method,
            MaxPoints = node.MaxPoints,
            ApplicableMaxPoints = applicable,
            Points = points,
            ComponentIndex = scorer.Percent(points, applicable),
            IsNotApplicable = notApplicable,
            SelfAssessedPoints = split.Self,
            AppraisedPoints = split.Appraised,
            SurveyPoints = split.Survey,
            Children = children,
        };
    }

    /// <summary>The rounded points of <paramref name="input"/>, or <see langword="null"/> when there is no usable input.</summary>
    private decimal? Points(ScoringRule rule, decimal maxPoints, LeafInput? input)
    {
        if (input is null || input is NotApplicableInput || !rule.Accepts(input) || maxPoints < 0)
        {
            return null;
        }

        maxPoints = MaxOf(maxPoints);

        return Math.Min(_framework.Policy.Rounding.RoundPoints(rule.Evaluate(input, maxPoints, _options.Calendar)), maxPoints);
    }
}
