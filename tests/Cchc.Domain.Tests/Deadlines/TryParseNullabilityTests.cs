using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Legal;

namespace Cchc.Domain.Tests.Deadlines;

/// <summary>
/// The public TryParse methods give null when they fail, so their out parameter must say so to the compiler
/// (nullable, not null when the method returns true), as <c>ReportingPeriod.TryCreate</c> does.
/// </summary>
public sealed class TryParseNullabilityTests
{
    public static TheoryData<string> Methods() => new() { "Deadline.TryParse", "LegalReferenceParser.TryParse" };

    [Theory]
    [MemberData(nameof(Methods))]
    public void The_out_parameter_is_nullable_and_not_null_when_true(string method)
    {
        var parameter = OutParameter(method);
        var nullability = new NullabilityInfoContext().Create(parameter);
        Assert.Equal(NullabilityState.Nullable, nullability.WriteState);
        var notNullWhen = parameter.GetCustomAttribute<NotNullWhenAttribute>();
        Assert.NotNull(notNullWhen);
        Assert.True(notNullWhen.ReturnValue);
    }

    [Fact]
    public void A_failed_parse_gives_null()
    {
        Assert.False(Deadline.TryParse("Sớm nhất có thể", 2022, out var deadline));
        Assert.Null(deadline);
        Assert.False(LegalReferenceParser.TryParse("không có văn bản nào", out var reference));
        Assert.Null(reference);
    }

    private static ParameterInfo OutParameter(string method) => method switch
    {
        "Deadline.TryParse" => typeof(Deadline).GetMethod(nameof(Deadline.TryParse))!.GetParameters()[2],
        _ => typeof(LegalReferenceParser).GetMethod(nameof(LegalReferenceParser.TryParse))!.GetParameters()[1],
    };
}
