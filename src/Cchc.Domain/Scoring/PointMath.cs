namespace Cchc.Domain.Scoring;

/// <summary>
/// Arithmetic on points and percentages that cannot overflow: the framework reader accepts any
/// <see cref="decimal"/>, and the scorer must never throw, so a result beyond the range of
/// <see cref="decimal"/> stops at <see cref="decimal.MaxValue"/> (or <see cref="decimal.MinValue"/>).
/// Overflow is caught rather than tested beforehand: a test costs a decimal subtraction or division on
/// every node scored, while overflow happens only for parameters no real sheet has.
/// </summary>
internal static class PointMath
{
    /// <summary><paramref name="a"/> + <paramref name="b"/>, stopping at the bounds of <see cref="decimal"/>.</summary>
    public static decimal Add(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            // Only two numbers of the same sign overflow, in the direction of their sign.
            return a > 0m ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary><paramref name="maxPoints"/> × <paramref name="fraction"/>, the fraction taken within [0, 1].</summary>
    public static decimal Share(decimal maxPoints, decimal fraction) => maxPoints * Math.Clamp(fraction, 0m, 1m);

    /// <summary>
    /// <paramref name="value"/> × <paramref name="multiplier"/> ÷ <paramref name="divisor"/> for a value and a
    /// multiplier of zero or more and a divisor above 0: multiplied first, which is exact for decimal
    /// fractions (1.5 × 9 ÷ 4.5 = 3, where 1.5 ÷ 4.5 × 9 = 2.99…97), divided first when the product does not
    /// fit, and <see cref="decimal.MaxValue"/> when the result does not fit.
    /// </summary>
    public static decimal Scale(decimal value, decimal multiplier, decimal divisor)
    {
        try
        {
            return value * multiplier / divisor;
        }
        catch (OverflowException)
        {
            try
            {
                return value / divisor * multiplier;
            }
            catch (OverflowException)
            {
                return decimal.MaxValue;
            }
        }
    }
}
