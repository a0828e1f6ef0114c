using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Validation.Plans;

/// <summary>What a FluentValidation failure carries to become a <see cref="Diagnostic"/>: the message arguments and an optional suggestion.</summary>
internal sealed record FailureState(object?[] Args, string? Suggestion = null);
