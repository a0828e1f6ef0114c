using System.Collections.Concurrent;
using System.Text.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>The camelCase JSON codes of an enum type: the closed code list a document may use.</summary>
internal static class EnumCodes
{
    private static readonly ConcurrentDictionary<Type, string[]> Cache = new();

    public static IReadOnlyList<string> Of(Type enumType) =>
        Cache.GetOrAdd(enumType, static t => [.. Enum.GetNames(t).Select(JsonNamingPolicy.CamelCase.ConvertName)]);
}
