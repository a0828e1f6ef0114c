using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>How strictly the JSON readers treat documents.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record JsonReadOptions
{
    private readonly int _maxDepth = 64;
    private readonly int _maxInputBytes = 64 * 1024 * 1024;
    private readonly int _maxArrayLength = 1_000_000;
    private readonly int _maxStringLength = 1024 * 1024;
    private readonly int _maxDiagnostics = 1_000;

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
    /// The largest document read, in bytes (after a byte-order mark); a larger one is refused whole (CCHC1015).
    /// Default 64 MiB.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxInputBytes
    {
        get => _maxInputBytes;
        init => _maxInputBytes = AtLeastOne(value);
    }

    /// <summary>The most items read from one array; the rest are reported once (CCHC1016) and skipped. Default 1,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxArrayLength
    {
        get => _maxArrayLength;
        init => _maxArrayLength = AtLeastOne(value);
    }

    /// <summary>The longest string value read, in UTF-16 characters; a longer one is reported (CCHC1017) and not read. Default 1 MiB (1,048,576).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = AtLeastOne(value);
    }

    /// <summary>
    /// The most diagnostics one read reports; past it, one final diagnostic (CCHC1018) says how many more were
    /// found. Default 1,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDiagnostics
    {
        get => _maxDiagnostics;
        init => _maxDiagnostics = AtLeastOne(value);
    }

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

    private static int AtLeastOne(int value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1.");
}
