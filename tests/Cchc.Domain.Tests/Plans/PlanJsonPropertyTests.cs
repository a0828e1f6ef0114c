using Cchc.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Plans;

public sealed class PlanJsonPropertyTests
{
    private static readonly byte[] Valid = PlanJson.WriteUtf8(SamplePlan.Build());

    [Fact]
    public void Read_never_throws_for_arbitrary_bytes() =>
        PropertyCheck.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var result = PlanJson.Read(bytes);
            Assert.True(result.Plan is null || result.Diagnostics.All(d => !d.IsError) || result.Diagnostics.Count > 0);
            Assert.Equal(result.Plan is not null && !result.Diagnostics.Any(d => d.IsError), result.IsValid);
        }, maxTest: 1000);

    [Fact]
    public void Read_never_throws_for_randomly_damaged_documents()
    {
        var damage = from position in Gen.Choose(0, Valid.Length - 1)
                     from length in Gen.Choose(1, 8)
                     from replacement in Gen.ArrayOf(Gen.Elements<byte>((byte)'{', (byte)'}', (byte)'"', (byte)',', (byte)':', (byte)'1', (byte)'[', (byte)'n', 0xC3, 0x80, (byte)' '))
                     select (position, length, replacement);
        PropertyCheck.ForAll(damage, d =>
        {
            var bytes = Valid.AsSpan(0, d.position).ToArray()
                .Concat(d.replacement)
                .Concat(Valid.AsSpan(Math.Min(Valid.Length, d.position + d.length)).ToArray())
                .ToArray();
            var result = PlanJson.Read(bytes);
            Assert.True(result.IsValid || result.Diagnostics.Any(x => x.IsError));
        }, maxTest: 1000);
    }

    [Fact]
    public void Damaged_documents_that_read_still_round_trip() =>
        PropertyCheck.ForAll(Gen.Choose(0, Valid.Length - 1), position =>
        {
            var bytes = (byte[])Valid.Clone();
            bytes[position] = (byte)' ';
            var result = PlanJson.Read(bytes);
            if (result.Plan is { } plan)
            {
                Assert.Equal(plan, PlanJson.Read(PlanJson.WriteUtf8(plan)).Plan);
            }
        }, maxTest: 300);
}

public sealed class PlanRoundTripPropertyTests
{
    [Fact]
    public void Write_then_read_gives_an_equal_plan_for_generated_plans() =>
        PropertyCheck.ForAll(PlanGenerators.Plan, plan =>
        {
            var read = PlanJson.Read(PlanJson.WriteUtf8(plan), JsonReadOptions.Strict with { Validate = false });
            Assert.Empty(read.Diagnostics);
            Assert.Equal(plan, read.Plan);
        }, maxTest: 200);

    [Fact]
    public void Writing_is_a_fixed_point_after_one_round_trip() =>
        PropertyCheck.ForAll(PlanGenerators.Plan, plan =>
        {
            var first = PlanJson.WriteUtf8(plan);
            Assert.Equal(first, PlanJson.WriteUtf8(PlanJson.Read(first).Plan!));
        }, maxTest: 200);
}
