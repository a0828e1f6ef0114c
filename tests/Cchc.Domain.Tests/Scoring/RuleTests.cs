using Cchc.Domain.Scoring;
using NodaTime;

namespace Cchc.Domain.Tests.Scoring;

public sealed class RuleTests
{
    private static readonly RatioBandsRule FromEightyToBelowHundred = new(
    [
        new RatioBand(100m, true, null, false, 1m),
        new RatioBand(80m, true, 100m, false, 0.5m),
        new RatioBand(null, false, 80m, false, 0m),
    ]);

    public static TheoryData<bool, decimal> Binary_gives_max_or_nothingCases => new()
    {
        { true, 0.5m },
        { false, 0 },
    };

    [Theory]
    [MemberData(nameof(Binary_gives_max_or_nothingCases))]
    public void Binary_gives_max_or_nothing(bool achieved, decimal expected) =>
        Assert.Equal(expected, BinaryRule.Instance.Evaluate(new BinaryInput(achieved), 0.5m));

    public static TheoryData<string, decimal> Levels_give_their_fraction_of_the_maximumCases => new()
    {
        { "xuatSac", 2 },
        { "tot", 1.5m },
        { "hoanThanh", 1 },
        { "khongCo", 0 },
    };

    [Theory]
    [MemberData(nameof(Levels_give_their_fraction_of_the_maximumCases))]
    public void Levels_give_their_fraction_of_the_maximum(string level, decimal expected)
    {
        var rule = new LevelsRule([new LevelOption("xuatSac", "Hoàn thành xuất sắc", 1m), new LevelOption("tot", "Hoàn thành tốt", 0.75m), new LevelOption("hoanThanh", "Hoàn thành", 0.5m)]);
        Assert.Equal(expected, rule.Evaluate(new LevelInput(level), 2m));
    }

    public static TheoryData<decimal, decimal> Ratio_bands_follow_tu_80_den_duoi_100Cases => new()
    {
        { 100, 1 },
        { 120, 1 },
        { 99.99m, 0.5m },
        { 80, 0.5m },
        { 79.99m, 0 },
        { 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Ratio_bands_follow_tu_80_den_duoi_100Cases))]
    public void Ratio_bands_follow_tu_80_den_duoi_100(decimal percent, decimal expected) =>
        Assert.Equal(expected, FromEightyToBelowHundred.Evaluate(new RatioInput(percent), 1m));

    [Fact]
    public void Ratio_band_with_exclusive_lower_bound_leaves_out_the_bound()
    {
        var above80 = new RatioBandsRule([new RatioBand(80m, false, null, false, 1m)]);
        Assert.Equal(0m, above80.Evaluate(new RatioInput(80m), 2m));
        Assert.Equal(2m, above80.Evaluate(new RatioInput(80.01m), 2m));
    }

    public static TheoryData<decimal, decimal> Proportional_is_max_times_ratio_above_the_floorCases => new()
    {
        { 49.99m, 0 },
        { 50, 1.5m },
        { 90, 2.7m },
        { 130, 3 },
    };

    [Theory]
    [MemberData(nameof(Proportional_is_max_times_ratio_above_the_floorCases))]
    public void Proportional_is_max_times_ratio_above_the_floor(decimal percent, decimal expected) =>
        Assert.Equal(expected, new ProportionalRule(50m).Evaluate(new RatioInput(percent), 3m));

    public static TheoryData<string?, decimal> Timeliness_is_on_time_within_grace_then_late_then_not_doneCases => new()
    {
        { "2024-03-31", 1 },
        { "2024-04-03", 1 },
        { "2024-04-04", 0.5m },
        { null, 0 },
    };

    [Theory]
    [MemberData(nameof(Timeliness_is_on_time_within_grace_then_late_then_not_doneCases))]
    public void Timeliness_is_on_time_within_grace_then_late_then_not_done(string? delivered, decimal expected)
    {
        var rule = new TimelinessRule(0.5m, GraceDays: 3);
        var input = new TimelinessInput(new LocalDate(2024, 3, 31), delivered is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(delivered).Value);
        Assert.Equal(expected, rule.Evaluate(input, 1m));
    }

    [Fact]
    public void Timeliness_uses_the_calendar_plugged_in()
    {
        var rule = new TimelinessRule(0m, GraceDays: 1);
        var friday = new LocalDate(2024, 3, 29);
        var monday = new LocalDate(2024, 4, 1);
        var input = new TimelinessInput(friday, monday);
        Assert.Equal(0m, rule.Evaluate(input, 1m));
        Assert.Equal(1m, rule.Evaluate(input, 1m, new SkipWeekends()));
    }

    public static TheoryData<int, decimal> Count_threshold_steps_up_to_the_capCases => new()
    {
        { 1, 0 },
        { 2, 1 },
        { 3, 1.25m },
        { 5, 1.75m },
        { 6, 2 },
        { 40, 2 },
    };

    [Theory]
    [MemberData(nameof(Count_threshold_steps_up_to_the_capCases))]
    public void Count_threshold_steps_up_to_the_cap(int count, decimal expected) =>
        Assert.Equal(expected, new CountThresholdRule(Minimum: 2, BasePoints: 1m, Step: 1, StepPoints: 0.25m).Evaluate(new CountInput(count), 2m));

    public static TheoryData<int, decimal> Deduction_removes_points_per_violation_down_to_zeroCases => new()
    {
        { 0, 1.5m },
        { 1, 1 },
        { 3, 0 },
        { 10, 0 },
    };

    [Theory]
    [MemberData(nameof(Deduction_removes_points_per_violation_down_to_zeroCases))]
    public void Deduction_removes_points_per_violation_down_to_zero(int violations, decimal expected) =>
        Assert.Equal(expected, new DeductionRule(0.5m).Evaluate(new CountInput(violations), 1.5m));

    [Fact]
    public void Survey_answers_are_averaged_over_respondents()
    {
        var rule = new SurveyAnswerMapRule([new("A", 100m), new("B", 60m), new("C", 20m), new("D", 0m)]);
        var tally = new SurveyInput([new("A", 10), new("B", 5), new("C", 5), new("D", 0)]);

        // (10 × 100 + 5 × 60 + 5 × 20) / 20 respondents = 70 % of 10 points.
        Assert.Equal(7m, rule.Evaluate(tally, 10m));
        Assert.Equal(0m, rule.Evaluate(new SurveyInput([]), 10m));
    }

    public static TheoryData<decimal, decimal> Manual_points_are_clamped_to_zero_and_maxCases => new()
    {
        { 0.75m, 0.75m },
        { 3, 1 },
        { -1, 0 },
    };

    [Theory]
    [MemberData(nameof(Manual_points_are_clamped_to_zero_and_maxCases))]
    public void Manual_points_are_clamped_to_zero_and_max(decimal points, decimal expected) =>
        Assert.Equal(expected, ManualRule.Instance.Evaluate(new PointsInput(points), 1m));

    [Fact]
    public void Evaluating_an_input_of_another_kind_is_a_programmer_error()
    {
        Assert.False(BinaryRule.Instance.Accepts(new PointsInput(1m)));
        Assert.Throws<ArgumentException>(() => BinaryRule.Instance.Evaluate(new PointsInput(1m), 1m));
    }

    public static TheoryData<string, ScoringRule, LeafInput, decimal, decimal> Extreme_parameters_stay_within_zero_and_maxCases => new()
    {
        // The framework reader accepts any decimal for these parameters and the validator only asks them to be non-negative.
        { "deduction 10 × 10^28", new DeductionRule(1e28m), new CountInput(10), 1m, 0m },
        { "deduction int.MaxValue × 10^20", new DeductionRule(1e20m), new CountInput(int.MaxValue), decimal.MaxValue, 0m },
        { "deduction just below the max", new DeductionRule(1e19m), new CountInput(3), 1e20m, 7e19m },
        { "count threshold 10^9 steps of 10^20", new CountThresholdRule(0, 1m, 1, 1e20m), new CountInput(1_000_000_000), 5m, 5m },
        { "count threshold every step", new CountThresholdRule(0, 0m, 1, decimal.MaxValue), new CountInput(2), decimal.MaxValue, decimal.MaxValue },
        { "count threshold one step", new CountThresholdRule(0, 0m, 1, 1e20m), new CountInput(1), decimal.MaxValue, 1e20m },
        { "proportional on the largest max", new ProportionalRule(null), new RatioInput(100m), decimal.MaxValue, decimal.MaxValue },
        { "proportional half of the largest max", new ProportionalRule(null), new RatioInput(50m), decimal.MaxValue, decimal.MaxValue / 2m },
        { "survey on the largest max", new SurveyAnswerMapRule([new("A", 100m)]), new SurveyInput([new("A", 3)]), decimal.MaxValue, decimal.MaxValue },
        { "survey of 2 × int.MaxValue respondents", new SurveyAnswerMapRule([new("A", 100m), new("B", 0m)]), new SurveyInput([new("A", int.MaxValue), new("B", int.MaxValue)]), 10m, 5m },
    };

    [Theory]
    [MemberData(nameof(Extreme_parameters_stay_within_zero_and_maxCases))]
    public void Extreme_parameters_stay_within_zero_and_max(string name, ScoringRule rule, LeafInput input, decimal max, decimal expected) =>
        Assert.True(expected == rule.Evaluate(input, max), name);

    [Fact]
    public void A_negative_minimum_does_not_overflow_the_count()
    {
        // Minimum −5 (reported as CCHC4006) and int.MaxValue initiatives: every step counts, up to the max.
        Assert.Equal(5m, new CountThresholdRule(-5, 1m, 1, 1m).Evaluate(new CountInput(int.MaxValue), 5m));
    }

    [Fact]
    public void Default_arrays_built_in_code_score_zero_as_the_validator_treats_them()
    {
        // The default ValueList is the empty list: the validators and the scorer see no items.
        Assert.Equal(0m, new SurveyAnswerMapRule([new("A", 100m)]).Evaluate(new SurveyInput(default), 1m));
        Assert.Equal(0m, new SurveyAnswerMapRule(default).Evaluate(new SurveyInput([new("A", 3)]), 1m));
        Assert.Equal(0m, new LevelsRule(default).Evaluate(new LevelInput("tot"), 1m));
        Assert.Equal(0m, new RatioBandsRule(default).Evaluate(new RatioInput(100m), 1m));

        var framework = Build.Framework(Build.Manual("1", 1m)) with { Adjustments = new AdjustmentBlock(1m, 1m, default) };
        Assert.Equal(100m, Scorer.Score(framework, Build.Assessment(framework, "u", Build.Points("1", 1m))).IndexPercent);
    }

    private sealed class SkipWeekends : ITimelinessCalendar
    {
        public LocalDate LastOnTimeDate(LocalDate due, int graceDays)
        {
            var date = due;
            for (var added = 0; added < graceDays;)
            {
                date = date.PlusDays(1);
                if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                {
                    added++;
                }
            }

            return date;
        }
    }
}
