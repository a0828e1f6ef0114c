using FsCheck;
using System.Globalization;
using System.Text;
using Cchc.Domain.Text;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cchc.Domain.Tests.Text;

public sealed class VietnameseTextNfcTests
{
    private static readonly char[] AlwaysComposed = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(VietnameseText.AlwaysComposed.Contains)];

    [Fact]
    public void The_characters_that_skip_the_normalizer_are_NFC_alone_and_in_every_pair()
    {
        Assert.All(AlwaysComposed, c => Assert.DoesNotContain(CharUnicodeInfo.GetUnicodeCategory(c), new[] { UnicodeCategory.NonSpacingMark, UnicodeCategory.SpacingCombiningMark, UnicodeCategory.EnclosingMark, UnicodeCategory.Surrogate }));
        Assert.All(AlwaysComposed, c => Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4}"));
        var pair = new char[2];
        foreach (var first in AlwaysComposed)
        {
            pair[0] = first;
            foreach (var second in AlwaysComposed)
            {
                pair[1] = second;
                Assert.True(new string(pair).IsNormalized(NormalizationForm.FormC), $"U+{(int)first:X4} U+{(int)second:X4}");
            }
        }
    }

    [Theory]
    [InlineData("Kế hoạch cải cách hành chính năm 2022 – “Sở Công Thương”…", true)]
    [InlineData("Ứng dụng công nghệ thông tin", true)]
    [InlineData("Ohm: \u2126", false)]
    [InlineData("e\u0301", false)]
    public void Examples(string text, bool nfc) => Assert.Equal(nfc, VietnameseText.IsNfc(text));

    [Property(MaxTest = 300)]
    public Property IsNfc_agrees_with_the_runtime_normalizer() =>
        Prop.ForAll(
            PlanGenerators.Text.SelectMany(text => Gen.Elements(text, text.Normalize(NormalizationForm.FormD), text + "\u0300", "\u2126" + text)).ToArbitrary(),
            text => VietnameseText.IsNfc(text) == text.IsNormalized(NormalizationForm.FormC));
}
