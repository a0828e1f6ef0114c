namespace Cchc.Domain.Progress;

/// <summary>The one rounding rule of progress shares.</summary>
internal static class ProgressShares
{
    /// <summary>Shares are fractions from 0 to 1 with four decimals (0.01 percentage point), rounded half away from zero.</summary>
    public const int Decimals = 4;

    public static decimal? Of(int part, int total) =>
        total == 0 ? null : Math.Round((decimal)part / total, Decimals, MidpointRounding.AwayFromZero);
}
