using System.Globalization;

namespace Cchc.Cli.Shell;

/// <summary>The language of the tool's output: English or Vietnamese, chosen once per run with <c>--lang</c>.</summary>
internal sealed class Language
{
    public static readonly Language English = new(isVietnamese: false);
    public static readonly Language Vietnamese = new(isVietnamese: true);

    private Language(bool isVietnamese)
    {
        IsVietnamese = isVietnamese;
        Culture = CultureInfo.GetCultureInfo(isVietnamese ? "vi-VN" : "en-US");
    }

    public bool IsVietnamese { get; }

    public string Code => IsVietnamese ? "vi" : "en";

    /// <summary>The culture whose language diagnostics are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Picks the text in this language.</summary>
    public string T(string english, string vietnamese) => IsVietnamese ? vietnamese : english;

    /// <summary>A count with its noun: "1 error", "2 errors", "2 lỗi" (Vietnamese nouns do not change).</summary>
    public string Count(long n, string englishOne, string englishMany, string vietnamese) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(IsVietnamese ? vietnamese : n == 1 ? englishOne : englishMany)}");

    /// <summary>
    /// Finds the language asked for on the command line (<c>--lang vi</c> or <c>--lang=vi</c>) before
    /// parsing, so that help and parse errors are already in that language. Anything else is English.
    /// </summary>
    public static Language FromArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] switch
            {
                "--lang" when i + 1 < args.Count => args[i + 1],
                var a when a.StartsWith("--lang=", StringComparison.Ordinal) || a.StartsWith("--lang:", StringComparison.Ordinal) => a[7..],
                _ => null,
            };
            if (value is not null)
            {
                return string.Equals(value, "vi", StringComparison.OrdinalIgnoreCase) ? Vietnamese : English;
            }
        }

        return English;
    }
}
