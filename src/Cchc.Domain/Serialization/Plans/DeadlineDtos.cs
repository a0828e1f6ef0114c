#pragma warning disable MA0048 // The kinds of one union live together.
using System.Text.Json.Serialization;
using NodaTime;

namespace Cchc.Domain.Serialization.Plans;

// The structured deadline of a task ("due"), a union with a "kind" discriminator.

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(OnDateDeadlineDto), "onDate")]
[JsonDerivedType(typeof(ByDateDeadlineDto), "byDate")]
[JsonDerivedType(typeof(MonthDeadlineDto), "month")]
[JsonDerivedType(typeof(QuarterDeadlineDto), "quarter")]
[JsonDerivedType(typeof(YearDeadlineDto), "year")]
internal abstract record DeadlineDto;

internal sealed record OnDateDeadlineDto : DeadlineDto
{
    public required LocalDate Date { get; init; }
}

internal sealed record ByDateDeadlineDto : DeadlineDto
{
    public required LocalDate Date { get; init; }
}

internal sealed record MonthDeadlineDto : DeadlineDto
{
    public required YearMonth Month { get; init; }
}

internal sealed record QuarterDeadlineDto : DeadlineDto
{
    public required int Year { get; init; }

    public required int Quarter { get; init; }
}

internal sealed record YearDeadlineDto : DeadlineDto
{
    public required int Year { get; init; }
}
