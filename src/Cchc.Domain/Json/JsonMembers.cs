using NodaTime;
using NodaTime.Text;

namespace Cchc.Domain.Json;

/// <summary>Builds the member entries of the tables: one line per member of the format.</summary>
/// <typeparam name="T">The builder of the object.</typeparam>
internal static class JsonMembers<T>
{
    private static readonly (string En, string Vi) AString = JsonValueKinds.Describe(typeof(string));
    private static readonly (string En, string Vi) AnArray = ("an array", "một mảng");
    private static readonly (string En, string Vi) AnObject = ("an object", "một đối tượng");

    public static JsonMember<T> Text(string name, bool required, Action<T, string> set) =>
        new(name, required, AString, (ref JsonPass pass, T target) =>
        {
            if (pass.TryString(out var value))
            {
                set(target, value);
            }
        });

    public static JsonMember<T> Int32(string name, bool required, Action<T, int> set) =>
        new(name, required, JsonValueKinds.Describe(typeof(int)), (ref JsonPass pass, T target) =>
        {
            if (pass.TryInt32(out var value))
            {
                set(target, value);
            }
        });

    public static JsonMember<T> Decimal(string name, bool required, Action<T, decimal> set) =>
        new(name, required, JsonValueKinds.Describe(typeof(decimal)), (ref JsonPass pass, T target) =>
        {
            if (pass.TryDecimal(out var value))
            {
                set(target, value);
            }
        });

    public static JsonMember<T> Code<TEnum>(string name, bool required, Action<T, TEnum> set)
        where TEnum : struct, Enum =>
        new(name, required, JsonValueKinds.Describe(typeof(TEnum)), (ref JsonPass pass, T target) =>
        {
            if (pass.TryCode<TEnum>(out var value))
            {
                set(target, value);
            }
        });

    /// <summary>A string of a given form (<paramref name="form"/> describes it): a date, a month, a partial date.</summary>
    public static JsonMember<T> Parsed<TValue>(string name, bool required, JsonTextParser<TValue> parse, (string En, string Vi) form, Action<T, TValue> set) =>
        new(name, required, form, (ref JsonPass pass, T target) =>
        {
            if (pass.TryText(parse, form, out var value))
            {
                set(target, value);
            }
        });

    public static JsonMember<T> Date(string name, bool required, Action<T, LocalDate> set) =>
        Parsed(name, required, IsoDateText.TryParseDate, JsonValueKinds.Describe(typeof(LocalDate)), set);

    public static JsonMember<T> Month(string name, bool required, Action<T, YearMonth> set) =>
        Parsed(name, required, IsoDateText.TryParseMonth, JsonValueKinds.Describe(typeof(YearMonth)), set);

    public static JsonMember<T> DayOfYear(string name, bool required, Action<T, AnnualDate> set) =>
        Parsed(name, required, TryParseAnnualDate, JsonValueKinds.Describe(typeof(AnnualDate)), set);

    public static JsonMember<T> Texts(string name, Action<T, ValueList<string>> set) =>
        new(name, required: false, AnArray, (ref JsonPass pass, T target) => set(target, JsonLists.Read(ref pass, ReadText, string.Empty, AString)));

    /// <summary>A list of dates (<c>yyyy-MM-dd</c>).</summary>
    public static JsonMember<T> Dates(string name, bool required, Action<T, ValueList<LocalDate>> set) =>
        new(name, required, AnArray, (ref JsonPass pass, T target) => set(target, JsonLists.Read(ref pass, ReadDate, default, JsonValueKinds.Describe(typeof(LocalDate)))));

    /// <summary>A list of objects, each read by <paramref name="read"/>.</summary>
    public static JsonMember<T> List<TItem>(string name, bool required, JsonItemReader<TItem> read, TItem placeholder, Action<T, ValueList<TItem>> set) =>
        new(name, required, AnArray, (ref JsonPass pass, T target) => set(target, JsonLists.Read(ref pass, read, placeholder, AnObject)));

    /// <summary>An object, read by <paramref name="read"/>.</summary>
    public static JsonMember<T> Object<TValue>(string name, bool required, JsonItemReader<TValue> read, Action<T, TValue> set) =>
        new(name, required, AnObject, (ref JsonPass pass, T target) => set(target, read(ref pass)));

    private static LocalDate ReadDate(ref JsonPass pass) =>
        pass.TryText<LocalDate>(IsoDateText.TryParseDate, JsonValueKinds.Describe(typeof(LocalDate)), out var date) ? date : default;

    private static string ReadText(ref JsonPass pass) => pass.TryString(out var value) ? value : string.Empty;

    private static bool TryParseAnnualDate(string text, out AnnualDate value)
    {
        var result = AnnualDatePattern.Iso.Parse(text);
        value = result.Success ? result.Value : default;
        return result.Success;
    }
}
