namespace Cchc.Consumer;

/// <summary>Assertions of the consumer: a failed one stops the run with a message and exit code 1.</summary>
internal static class Check
{
    /// <summary>Fails unless <paramref name="condition"/> holds.</summary>
    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new CheckFailedException(what);
        }
    }

    /// <summary>Fails unless the two values are equal.</summary>
    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new CheckFailedException($"{what}: expected {expected}, got {actual}");
        }
    }
}
