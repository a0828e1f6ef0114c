using System.Text.Json.Nodes;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Tests.Support;

/// <summary>Documents for tests: the valid built-in sample and edits of it.</summary>
internal static class TestDocuments
{
    /// <summary>The built-in sample plan as canonical JSON (valid, with warnings).</summary>
    public static string ValidPlan { get; } = PlanJson.Write(SamplePlan.Build());

    /// <summary>The sample plan as a mutable tree.</summary>
    public static JsonObject ValidPlanNode() => JsonNode.Parse(ValidPlan)!.AsObject();

    /// <summary>The sample plan with header.year set to a string: invalid (CCHC1002 at /header/year).</summary>
    public static string InvalidPlan()
    {
        var plan = ValidPlanNode();
        plan["header"]!["year"] = "2022";
        return plan.ToJsonString();
    }
}
