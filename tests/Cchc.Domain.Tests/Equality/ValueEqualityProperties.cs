using Cchc.Domain.Plans;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Tests.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cchc.Domain.Tests.Equality;

/// <summary>
/// Every record of the model compares by value: a document read twice gives two equal values with
/// equal hash codes (plans, frameworks, assessments, score cards), for the samples and for generated
/// variants; lists inside records (<see cref="ValueList{T}"/>) compare item by item.
/// </summary>
public sealed class ValueEqualityProperties
{
    public static TheoryData<string> PlanSamples() => [.. Directory.GetFiles(RepositoryFiles.Path("samples/plans"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> ScoringSamples() => [.. Directory.GetFiles(RepositoryFiles.Path("samples/scoring"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PlanSamples))]
    public void A_sample_plan_read_twice_gives_equal_values(string name)
    {
        var json = File.ReadAllText(RepositoryFiles.Path("samples/plans/" + name));
        AssertEqualValues(PlanJson.Read(json).Plan, PlanJson.Read(json).Plan);
    }

    [Theory]
    [MemberData(nameof(ScoringSamples))]
    public void A_sample_framework_or_assessment_read_twice_gives_equal_values(string name)
    {
        var json = File.ReadAllText(RepositoryFiles.Path("samples/scoring/" + name));
        if (name.StartsWith("framework", StringComparison.Ordinal))
        {
            AssertEqualValues(FrameworkJson.Read(json).Value, FrameworkJson.Read(json).Value);
        }
        else
        {
            AssertEqualValues(AssessmentJson.Read(json).Value, AssessmentJson.Read(json).Value);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void A_generated_plan_read_twice_gives_equal_values(Plan plan)
    {
        var json = PlanJson.Write(plan);
        AssertEqualValues(PlanJson.Read(json).Plan, PlanJson.Read(json).Plan);
    }

    [Property(MaxTest = 100)]
    public void A_generated_framework_and_assessment_read_twice_give_equal_values_and_equal_cards(int seed)
    {
        var random = new RandomScoring(seed);
        var framework = random.Framework();
        var assessment = random.Assessment(framework, "u");
        var frameworkJson = FrameworkJson.Write(framework);
        var assessmentJson = AssessmentJson.Write(assessment);

        var (first, second) = (FrameworkJson.Read(frameworkJson).Value!, FrameworkJson.Read(frameworkJson).Value!);
        AssertEqualValues(first, second);
        var (a, b) = (AssessmentJson.Read(assessmentJson).Value!, AssessmentJson.Read(assessmentJson).Value!);
        AssertEqualValues(a, b);
        AssertEqualValues(Scorer.Score(first, a), Scorer.Score(second, b));
    }

    [Property]
    public bool Rules_built_from_equal_parameters_are_equal(NonNull<string> code, decimal fraction) =>
        new LevelsRule([new LevelOption(code.Get, "Tốt", fraction)]) == new LevelsRule([new LevelOption(code.Get, "Tốt", fraction)])
        && new LevelsRule([new LevelOption(code.Get, "Tốt", fraction)]).GetHashCode() == new LevelsRule([new LevelOption(code.Get, "Tốt", fraction)]).GetHashCode()
        && new SurveyAnswerMapRule([new SurveyAnswerOption(code.Get, fraction)]) == new SurveyAnswerMapRule([new SurveyAnswerOption(code.Get, fraction)]);

    [Fact]
    public void Rules_with_different_lists_differ()
    {
        Assert.NotEqual(new LevelsRule([new LevelOption("tot", "Tốt", 1m)]), new LevelsRule([new LevelOption("tot", "Tốt", 0.5m)]));
        Assert.Equal(new LevelsRule([]), new LevelsRule(default));
    }

    private static void AssertEqualValues<T>(T? first, T? second)
        where T : class
    {
        Assert.NotNull(first);
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second!.GetHashCode());
    }

    /// <summary>The arbitraries of the properties' parameters.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Plan> Plans() => Arb.From(PlanGenerators.Plan);
    }
}
