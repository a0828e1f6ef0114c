using System.Text.Json;
using System.Text.Json.Serialization;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json.Converters;

/// <summary>
/// Writes an enum as its camelCase name and reads only names (no integers). Listed per enum in the
/// source-generated contexts, which keeps the model free of serialization attributes.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter: camelCase names, integers refused.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
