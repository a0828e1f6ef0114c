using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Plans;

public sealed class PlanJsonRoundTripTests
{
    [Fact]
    public void A_plan_built_in_code_reads_back_equal_and_valid()
    {
        var plan = SamplePlan.Build();
        var json = PlanJson.Write(plan);
        var result = PlanJson.Read(json);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("CCHC1", StringComparison.Ordinal));
        Assert.True(result.IsValid);
        Assert.Equal(plan, result.Plan);
    }

    [Fact]
    public void Write_read_write_is_byte_identical()
    {
        var first = PlanJson.WriteUtf8(SamplePlan.Build());
        var second = PlanJson.WriteUtf8(PlanJson.Read(first).Plan!);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Canonical_text_keeps_Vietnamese_unescaped_and_phrases_as_written()
    {
        var json = PlanJson.Write(SamplePlan.Build());
        Assert.Contains("\"title\": \"Cải cách thể chế\"", json, StringComparison.Ordinal);
        Assert.Contains("\"deadline\": \"Quý I\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"due\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }
}
