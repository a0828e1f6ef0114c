namespace Cchc.Domain.Deadlines;

/// <summary>Questions about a phrase's wording that other modules ask (the reporting calendar).</summary>
internal static class DeadlineWording
{
    /// <summary>
    /// Whether <paramref name="text"/> says "trước" (before) of a day — "trước ngày 10/3", "trước 10/3" — in any case, with
    /// or without diacritics; not "so với cùng kỳ năm trước" (the previous year).
    /// </summary>
    public static bool SaysBefore(string text) => DeadlineReader.SaysBefore(text);
}
