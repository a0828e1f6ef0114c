#pragma warning disable MA0048 // The builders of the header's small records live together.
using Cchc.Domain.Plans;

namespace Cchc.Domain.Serialization.Plans;

internal sealed class DocumentNumberBuilder
{
    public string? Number { get; set; }

    public string Symbol { get; set; } = string.Empty;

    public DocumentNumber Build() => new(Number, Symbol);
}

internal sealed class SignerBuilder
{
    public string? Name { get; set; }

    public string Position { get; set; } = string.Empty;

    public string? OnBehalfOf { get; set; }

    public Signer Build() => new(Name, Position, OnBehalfOf);
}

internal sealed class RecipientBuilder
{
    public string Name { get; set; } = string.Empty;

    public string? Purpose { get; set; }

    public string? UnitId { get; set; }

    public Recipient Build() => new(Name, Purpose, UnitId);
}

internal sealed class FundingBuilder
{
    public FundingKind Kind { get; set; }

    public string Text { get; set; } = string.Empty;

    public FundingSource Build() => new(Kind, Text);
}
