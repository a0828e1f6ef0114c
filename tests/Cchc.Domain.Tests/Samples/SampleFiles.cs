using Cchc.Domain.Plans;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;

namespace Cchc.Domain.Tests.Samples;

/// <summary>The sample plans of samples/plans/, copied next to the test assembly.</summary>
internal static class SampleFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    /// <summary>Reads a sample strictly and returns the plan and every diagnostic (reading plus validation).</summary>
    public static (Plan Plan, IReadOnlyList<Diagnostic> Diagnostics) Load(string name)
    {
        var result = PlanJson.Read(File.ReadAllBytes(PathOf(name)), JsonReadOptions.Strict with { Validate = false });
        Assert.True(result.Plan is not null, string.Join("\n", result.Diagnostics));
        var diagnostics = result.Diagnostics.Concat(PlanValidator.Validate(result.Plan)).ToList();
        return (result.Plan, diagnostics);
    }

    public static PlanTask Task(Plan plan, string id) => plan.AllTasks.Single(t => string.Equals(t.Task.Id, id, StringComparison.Ordinal)).Task;
}
