using System.Text.RegularExpressions;

namespace Cchc.Domain.Deadlines;

/// <summary>Questions about a phrase's wording that other modules ask (the reporting calendar).</summary>
internal static class DeadlineWording
{
    /// <summary>Whether <paramref name="text"/> says "trước" (before), in any case, with or without diacritics.</summary>
    public static bool SaysBefore(string text)
    {
        try
        {
            return DeadlinePatterns.BeforeWord().IsMatch(FoldedText.Of(text).Value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
