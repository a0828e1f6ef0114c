namespace Cchc.Consumer;

/// <summary>A check of the consumer that did not hold.</summary>
internal sealed class CheckFailedException(string message) : Exception(message);
