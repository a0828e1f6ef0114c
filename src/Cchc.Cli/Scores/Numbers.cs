using System.Globalization;

namespace Cchc.Cli.Scores;

/// <summary>How points and percentages are printed: invariant culture, two decimals.</summary>
internal static class Numbers
{
    public static string Two(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Two(decimal? value) => value is { } v ? Two(v) : string.Empty;

    /// <summary>The exact value, without trailing zeros (machine formats).</summary>
    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
