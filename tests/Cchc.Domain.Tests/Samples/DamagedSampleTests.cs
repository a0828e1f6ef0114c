using FsCheck;
using Cchc.Domain.Serialization;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Samples;

/// <summary>The real samples, randomly damaged: reading never throws, and always gives a verdict.</summary>
public sealed class DamagedSampleTests
{
    private static readonly byte[][] Samples = [.. SamplePlans.All().Select(SamplePlans.Bytes)];

    private static readonly byte[] Noise = [(byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'"', (byte)',', (byte)':', (byte)'-', (byte)'1', (byte)'n', (byte)' ', 0xC3, 0xA1, 0x80, 0xFF, 0x00];

    [Fact]
    public void There_are_five_samples() => Assert.Equal(5, Samples.Length);

    [Property(MaxTest = 400)]
    public Property Reading_a_randomly_damaged_sample_never_throws_and_always_gives_a_verdict()
    {
        var damage =
            from sample in Gen.Choose(0, Samples.Length - 1)
            from start in Gen.Choose(0, 1_000_000)
            from cut in Gen.Choose(0, 16)
            from insert in Gen.Elements(Noise).ArrayOf()
            select (sample, start, cut, insert);
        return Prop.ForAll(damage.ToArbitrary(), d =>
        {
            var original = Samples[d.sample];
            var at = d.start % original.Length;
            byte[] damaged = [.. original.AsSpan(0, at), .. d.insert, .. original.AsSpan(Math.Min(original.Length, at + d.cut))];

            var result = PlanJson.Read(damaged);

            Assert.Equal(result.Plan is not null && !result.Diagnostics.Any(x => x.IsError), result.IsValid);
            Assert.True(result.IsValid || result.Diagnostics.Any(x => x.IsError), "an invalid document must say why");
            Assert.All(result.Diagnostics, x => Assert.StartsWith("CCHC", x.Code, StringComparison.Ordinal));
        });
    }

    [Property(MaxTest = 200)]
    public Property Truncating_a_sample_anywhere_gives_a_syntax_error_not_an_exception() =>
        Prop.ForAll(Gen.Zip(Gen.Choose(0, Samples.Length - 1), Gen.Choose(1, 1_000_000)).ToArbitrary(), pair =>
        {
            var sample = Samples[pair.Item1];
            var length = pair.Item2 % (sample.Length - 2);
            var result = PlanJson.Read(sample.AsSpan(0, length));
            Assert.Contains(result.Diagnostics, x => x.Code == "CCHC1001");
        });
}
