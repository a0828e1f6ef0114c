using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>Maps the model's lists to transfer lists for writing.</summary>
internal static class DtoLists
{
    /// <summary>
    /// Maps each item; a <see langword="null"/> item (only a model built in code can hold one) stays
    /// <see langword="null"/>, so that the writer's read-back reports it at its JSON Pointer instead of the mapping failing.
    /// </summary>
    public static List<TOut> Of<TIn, TOut>(ValueList<TIn> items, Func<TIn, TOut> map) =>
        [.. items.Select(item => item is null ? default! : map(item))];
}
