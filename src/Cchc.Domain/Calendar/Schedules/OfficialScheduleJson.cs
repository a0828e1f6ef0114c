using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>
/// Reads and writes official-schedules documents (JSON, schemaVersion 1.0): the holiday schedules
/// announced for one or more years, to register with <see cref="WorkingCalendar.With(IEnumerable{OfficialSchedule})"/>.
/// The format is described in docs/calendar.md; the built-in schedules use it too.
/// </summary>
/// <remarks>Reading never throws on bad input: every problem is a <see cref="Diagnostic"/>.</remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class OfficialScheduleJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Strict (default) or lenient reading.</param>
    /// <returns>The schedules and the diagnostics.</returns>
    public static OfficialScheduleReadResult Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        return new OfficialScheduleReadResult(ScheduleFormat.Instance.Read(utf8Json, options, diagnostics), diagnostics);
    }

    /// <summary>Reads a document from a UTF-8 stream (read to its end; not closed).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Strict (default) or lenient reading.</param>
    /// <returns>The schedules and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static OfficialScheduleReadResult Read(Stream utf8Json, JsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var diagnostics = new List<Diagnostic>();
        return new OfficialScheduleReadResult(ScheduleFormat.Instance.Read(utf8Json, options, diagnostics), diagnostics);
    }

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Strict (default) or lenient reading.</param>
    /// <returns>The schedules and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OfficialScheduleReadResult Read(string json, JsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(JsonOnePass.Utf8Of(json), options);
    }

    /// <summary>
    /// Writes schedules as canonical JSON (two-space indentation, "\n" line ends, Vietnamese unescaped, a final
    /// newline) that <see cref="Read(string, JsonReadOptions?)"/> reads back.
    /// </summary>
    /// <param name="schedules">The schedules.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> is null.</exception>
    /// <exception cref="ArgumentException">A schedule holds what the format cannot (a null item, a date before the year 0); the message names each spot.</exception>
    public static string Write(IEnumerable<OfficialSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        return CanonicalJson.Write<IReadOnlyList<OfficialSchedule>>([.. schedules], ScheduleWriter.Write, ReadBack, nameof(schedules));
    }

    private static void ReadBack(ReadOnlySpan<byte> utf8Json, List<Diagnostic> diagnostics) =>
        _ = ScheduleFormat.Instance.Read(utf8Json, CanonicalJson.ReadBackOptions with { Validate = false }, diagnostics);
}
