using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Cchc.Domain.Targets;

namespace Cchc.Domain.Tests.Plans;

public sealed class TargetTests
{
    private static Target Make(Comparator comparator, decimal value, decimal? upper = null) =>
        new("t", "x", TargetMeasure.Level) { Comparator = comparator, Value = value, UpperValue = upper, Unit = QuantityUnit.Percent };

    [Theory]
    [InlineData(Comparator.AtLeast, 80, null, 80, TargetOutcome.Met)]
    [InlineData(Comparator.AtLeast, 80, null, 79.9, TargetOutcome.NotMet)]
    [InlineData(Comparator.MoreThan, 50, null, 50, TargetOutcome.NotMet)]
    [InlineData(Comparator.MoreThan, 50, null, 50.1, TargetOutcome.Met)]
    [InlineData(Comparator.Exactly, 100, null, 100, TargetOutcome.Met)]
    [InlineData(Comparator.Exactly, 100, null, 99, TargetOutcome.NotMet)]
    [InlineData(Comparator.AtMost, 20, null, 20, TargetOutcome.Met)]
    [InlineData(Comparator.LessThan, 20, null, 20, TargetOutcome.NotMet)]
    [InlineData(Comparator.Between, 7, 9.0, 9, TargetOutcome.Met)]
    [InlineData(Comparator.Between, 7, 9.0, 10, TargetOutcome.NotMet)]
    [InlineData(Comparator.Between, 0.5, 1.0, 0.4, TargetOutcome.NotMet)]
    public void Evaluate_compares_the_actual_value(Comparator comparator, double value, double? upper, double actual, TargetOutcome expected) =>
        Assert.Equal(expected, Make(comparator, (decimal)value, (decimal?)upper).Evaluate((decimal)actual));

    [Fact]
    public void Unknown_actual_values_and_qualitative_targets_give_unknown()
    {
        Assert.Equal(TargetOutcome.Unknown, Make(Comparator.AtLeast, 80).Evaluate(null));
        Assert.Equal(TargetOutcome.Unknown, new Target("q", "Cải thiện chỉ số PCI so với năm 2021", TargetMeasure.Qualitative).Evaluate(5));
    }

    [Property(MaxTest = 300)]
    public Property More_achievement_never_turns_an_at_least_target_from_met_to_not_met() =>
        Prop.ForAll(FsCheck.Fluent.Gen.Zip(FsCheck.Fluent.Gen.Choose(0, 2000), FsCheck.Fluent.Gen.Choose(0, 2000)).ToArbitrary(), pair =>
        {
            var (a, b) = (Math.Min(pair.Item1, pair.Item2) / 10m, Math.Max(pair.Item1, pair.Item2) / 10m);
            var target = Make(Comparator.AtLeast, 86.6m);
            Assert.False(target.Evaluate(a) == TargetOutcome.Met && target.Evaluate(b) == TargetOutcome.NotMet);
        });
}
