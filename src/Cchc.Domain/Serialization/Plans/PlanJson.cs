using Cchc.Domain.Plans;
using Cchc.Domain.Serialization.Plans;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Serialization;

/// <summary>
/// Reads and writes plans as JSON (docs/json-format.md). Reading never throws on bad input: malformed
/// JSON, wrong types, unknown or duplicate members, impossible dates and broken rules all come back
/// as diagnostics with a JSON Pointer to the spot.
/// </summary>
public static class PlanJson
{
    /// <summary>The format version this library writes and reads.</summary>
    public const string SchemaVersion = SchemaVersions.Current;

    /// <summary>The <c>$schema</c> URI written into documents: the identifier of docs/schema/plan.schema.json.</summary>
    public const string SchemaUri = "https://cchc-domain.github.io/schema/1.0/plan.schema.json";

    /// <summary>Reads a plan from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document (a UTF-8 byte-order mark is allowed).</param>
    /// <param name="options">Strict (default) or lenient reading, and whether to validate.</param>
    /// <returns>The plan, when it could be read, and every diagnostic.</returns>
    public static PlanReadResult Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        return new PlanReadResult(PlanFormat.Instance.Read(utf8Json, options, diagnostics), diagnostics);
    }

    /// <summary>Reads a plan from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Strict (default) or lenient reading, and whether to validate.</param>
    /// <returns>The plan, when it could be read, and every diagnostic.</returns>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static PlanReadResult Read(Stream utf8Json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        return new PlanReadResult(PlanFormat.Instance.Read(utf8Json, options, diagnostics), diagnostics);
    }

    /// <summary>Reads a plan from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Strict (default) or lenient reading, and whether to validate.</param>
    /// <returns>The plan, when it could be read, and every diagnostic.</returns>
    public static PlanReadResult Read(string json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        return new PlanReadResult(PlanFormat.Instance.Read(JsonOnePass.Utf8Of(json), options, diagnostics), diagnostics);
    }

    /// <summary>
    /// Writes a plan as canonical JSON: members in the documented order, two-space indentation, "\n"
    /// line ends, Vietnamese text unescaped, a final newline. Writing what was read gives the same text.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">
    /// The plan holds what the format cannot, which only a plan built in code can: <see langword="null"/> for a
    /// required text or as an item of a list, a code outside its list, a date before the year 0. The message
    /// names each spot by its JSON Pointer; nothing is written that the reader would reject.
    /// </exception>
    public static string Write(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return CanonicalJson.Write(plan, PlanWriter.Write, ReadBack, nameof(plan));
    }

    /// <summary>Writes a plan as canonical UTF-8 JSON (see <see cref="Write(Plan)"/>).</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">The plan holds what the format cannot (see <see cref="Write(Plan)"/>).</exception>
    public static byte[] WriteUtf8(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return CanonicalJson.WriteUtf8(plan, PlanWriter.Write, ReadBack, nameof(plan));
    }

    private static void ReadBack(ReadOnlySpan<byte> utf8Json, List<Diagnostic> diagnostics) =>
        _ = PlanFormat.Instance.Read(utf8Json, CanonicalJson.ReadBackOptions, diagnostics);
}
