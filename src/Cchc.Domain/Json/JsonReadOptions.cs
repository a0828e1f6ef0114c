using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>How strictly the JSON readers treat documents.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record JsonReadOptions
{
    private readonly int _maxDepth = 64;

    /// <summary>
    /// The highest <see cref="MaxDepth"/> allowed: deep enough for any real plan, framework or schedule,
    /// shallow enough that reading, validating and writing a document that deep cannot overflow the stack.
    /// </summary>
    public const int MaxDepthLimit = 256;

    /// <summary>Strict reading, the default: members the format does not define are errors.</summary>
    public static JsonReadOptions Strict { get; } = new();

    /// <summary>
    /// Lenient reading: members the format does not define are reported as warnings and skipped, so a
    /// document written by a newer version of the library stays readable. Everything else stays strict.
    /// </summary>
    public static JsonReadOptions Lenient { get; } = new() { UnknownMembersAreWarnings = true };

    /// <summary>Whether unknown members are warnings (lenient) rather than errors (strict).</summary>
    public bool UnknownMembersAreWarnings { get; init; }

    /// <summary>
    /// Whether reading also runs the semantic validator (references, cycles, ranges, dates…), so that
    /// the result is the full verdict. Default <see langword="true"/>; turn it off to read faster
    /// when the document is known to be valid or will be validated separately.
    /// </summary>
    public bool Validate { get; init; } = true;

    /// <summary>
    /// The deepest nesting of arrays and objects accepted; deeper documents are malformed (CCHC1001).
    /// Default 64, at most <see cref="MaxDepthLimit"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="MaxDepthLimit"/>.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 1 and <= MaxDepthLimit
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxDepth must be between 1 and {MaxDepthLimit}.");
    }
}
