using Cchc.Domain.Serialization;
using FsCheck.Fluent;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Serialization;

public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("", "a", "/a")]
    [InlineData("/x", "a/b", "/x/a~1b")]
    [InlineData("/x", "m~n", "/x/m~0n")]
    public void Append_escapes_reference_tokens(string pointer, string member, string expected) =>
        Assert.Equal(expected, JsonPointer.Append(pointer, member));

    [Fact]
    public void Parse_inverts_append_for_any_member_names() =>
        PropertyCheck.ForAll(ArbMap.Default.ArbFor<string[]>(), names =>
        {
            var clean = names.Where(n => n is not null).ToArray();
            var pointer = clean.Aggregate(JsonPointer.Root, JsonPointer.Append);
            Assert.Equal(clean, JsonPointer.Parse(pointer));
        });
}
