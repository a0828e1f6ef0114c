using System.Text.Json;
using NodaTime.Text;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Calendar;

namespace Cchc.Domain.Json;

/// <summary>What a leaf type of the format expects, in English and Vietnamese, and whether a JSON value fits it.</summary>
internal static class JsonValueKinds
{
    public static (string En, string Vi) Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => ("an object", "một đối tượng"),
        JsonValueKind.Array => ("an array", "một mảng"),
        JsonValueKind.String => ("a string", "một chuỗi"),
        JsonValueKind.Number => ("a number", "một số"),
        JsonValueKind.True => ("true", "true"),
        JsonValueKind.False => ("false", "false"),
        JsonValueKind.Null => ("null", "null"),
        _ => ("nothing", "không có giá trị"),
    };

    public static (string En, string Vi) Describe(Type type)
    {
        if (type == typeof(string))
        {
            return ("a string", "một chuỗi");
        }

        if (type == typeof(bool))
        {
            return ("true or false", "true hoặc false");
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return ("a whole number", "một số nguyên");
        }

        if (type == typeof(decimal) || type == typeof(double))
        {
            return ("a number", "một số");
        }

        if (type == typeof(NodaTime.LocalDate))
        {
            return ("a date in the form yyyy-MM-dd", "một ngày dạng yyyy-MM-dd");
        }

        if (type == typeof(NodaTime.YearMonth))
        {
            return ("a month in the form yyyy-MM", "một tháng dạng yyyy-MM");
        }

        if (type == typeof(NodaTime.AnnualDate))
        {
            return ("a day of the year in the form MM-dd", "một ngày trong năm dạng MM-dd");
        }

        return type.IsEnum ? ("a code (string)", "một mã (chuỗi)") : ("a value", "một giá trị");
    }

    /// <summary>The JSON kind a leaf type is written as; <see langword="null"/> when the type is not a known leaf.</summary>
    public static JsonValueKind? ExpectedKind(Type type)
    {
        if (type == typeof(string) || type == typeof(NodaTime.LocalDate) || type == typeof(NodaTime.YearMonth)
            || type == typeof(NodaTime.AnnualDate) || type.IsEnum)
        {
            return JsonValueKind.String;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double))
        {
            return JsonValueKind.Number;
        }

        return type == typeof(bool) ? JsonValueKind.True : null;
    }

    /// <summary>Whether a value of the right JSON kind also has a value the type can hold.</summary>
    public static bool HoldsValue(Type type, JsonElement element)
    {
        if (type == typeof(int))
        {
            return element.TryGetInt32(out _);
        }

        if (type == typeof(long))
        {
            return element.TryGetInt64(out _);
        }

        if (type == typeof(decimal))
        {
            return element.TryGetDecimal(out _);
        }

        if (type == typeof(double))
        {
            return element.TryGetDouble(out var d) && double.IsFinite(d);
        }

        if (type == typeof(NodaTime.LocalDate))
        {
            return IsoDateText.TryParseDate(element.GetString(), out _);
        }

        if (type == typeof(NodaTime.YearMonth))
        {
            return IsoDateText.TryParseMonth(element.GetString(), out _);
        }

        if (type == typeof(NodaTime.AnnualDate))
        {
            return AnnualDatePattern.Iso.Parse(element.GetString()!).Success;
        }

        return true;
    }

    /// <summary>Whether <paramref name="kind"/> is what a leaf of JSON kind <paramref name="expected"/> accepts.</summary>
    public static bool Fits(JsonValueKind expected, JsonValueKind kind) =>
        expected == JsonValueKind.True ? kind is JsonValueKind.True or JsonValueKind.False : kind == expected;
}
