using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using Cchc.Domain.Targets;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Tests.Samples;

/// <summary>Loads the sample plans (samples/plans/*.json, copied next to the tests) and validates them.</summary>
internal static class SamplePlans
{
    public const string Seed000 = "000-dien-bien-cong-thuong-2022.json";
    public const string Seed001 = "001-khcn-2022.json";
    public const string Seed002 = "002-ninh-thuan-cong-thuong-tuyen-truyen-2022.json";
    public const string Seed003 = "003-cong-thuong-2021.json";
    public const string Seed004 = "004-ha-tinh-ngoai-vu-2023.json";

    private static readonly JsonReadOptions WithoutValidation = JsonReadOptions.Strict with { Validate = false };

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "samples", fileName);

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    /// <summary>Reads a sample strictly, without validation, and asserts that reading reported nothing.</summary>
    public static Plan Read(string fileName)
    {
        var result = PlanJson.Read(Bytes(fileName), WithoutValidation);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Plan);
        return result.Plan;
    }

    /// <summary>Reads a sample strictly and returns the plan and every diagnostic (reading plus validation).</summary>
    public static (Plan Plan, IReadOnlyList<Diagnostic> Diagnostics) Load(string fileName)
    {
        var result = PlanJson.Read(Bytes(fileName), WithoutValidation);
        Assert.True(result.Plan is not null, string.Join("\n", result.Diagnostics));
        return (result.Plan, [.. result.Diagnostics, .. PlanValidator.Validate(result.Plan)]);
    }

    /// <summary>Every sample plan's file name.</summary>
    public static IReadOnlyList<string> All() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public static PlanTask Task(Plan plan, string id) => plan.AllTasks.Single(t => string.Equals(t.Task.Id, id, StringComparison.Ordinal)).Task;

    /// <summary>Validates a plan, asserts there is no error and returns the warnings as "CODE at path".</summary>
    public static IReadOnlyList<string> Warnings(Plan plan)
    {
        var diagnostics = PlanValidator.Validate(plan);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return [.. diagnostics.Select(d => $"{d.Code} at {d.Path}").Order(StringComparer.Ordinal)];
    }

    /// <summary>Asserts that writing the sample back gives the file's text exactly: samples are canonical.</summary>
    public static void AssertCanonical(string fileName)
    {
        var bytes = Bytes(fileName);
        Assert.Equal(bytes, PlanJson.WriteUtf8(Read(fileName)));
    }

    public static ReformArea Area(Plan plan, string number) =>
        Assert.Single(plan.Areas, a => string.Equals(a.Number, number, StringComparison.Ordinal));

    public static Target Target(Plan plan, string id) =>
        Assert.Single(plan.AllTargets, t => string.Equals(t.Id, id, StringComparison.Ordinal));

    public static Target TargetWithText(Plan plan, string startOfText, string indicator) =>
        Assert.Single(plan.AllTargets, t => t.Text.StartsWith(startOfText, StringComparison.Ordinal)
            && string.Equals(t.Indicator, indicator, StringComparison.Ordinal));

    public static string[] AreaIds(Plan plan, params string[] numbers) => [.. numbers.Select(n => Area(plan, n).Id)];
}
