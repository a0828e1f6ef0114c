using System.Text;

namespace Cchc.Domain.Json;

/// <summary>The camelCase codes of an enum, as read and written, looked up without allocating.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class JsonCodes<TEnum>
    where TEnum : struct, Enum
{
    public static TEnum[] Values { get; } = Enum.GetValues<TEnum>();

    public static string[] Codes { get; } = [.. EnumCodes.Of(typeof(TEnum))];

    public static byte[][] Utf8 { get; } = [.. Codes.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The codes, comma-separated, for messages.</summary>
    public static string List { get; } = string.Join(", ", Codes);

    /// <summary>
    /// The code of <paramref name="value"/>; a value outside the list (only a model built in code holds one) gets
    /// a text naming its type, which no reader accepts, so that writing it is refused at its JSON Pointer.
    /// </summary>
    public static string Code(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0 ? Codes[index] : $"{typeof(TEnum).Name}({value})";
    }
}
