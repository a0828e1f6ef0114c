using System.Globalization;

namespace Cchc.ApiListing;

/// <summary>C# literals of constants and default parameter values, culture-invariant.</summary>
internal static class Literals
{
    public static string Format(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            null => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : "null",
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            bool b => b ? "true" : "false",
            char c => "'" + c + "'",
            _ when target.IsEnum => EnumMember(target, value),
            decimal d => d.ToString(CultureInfo.InvariantCulture) + "m",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    private static string EnumMember(Type enumType, object value)
    {
        var name = Enum.GetName(enumType, Enum.ToObject(enumType, value));
        return TypeNames.Simple(enumType) + "." + (name ?? Convert.ToString(value, CultureInfo.InvariantCulture));
    }
}
