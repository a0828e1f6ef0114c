using System.Globalization;
using System.Text;
using System.Text.Json;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
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
        var dto = JsonDocumentReader.Read(utf8Json, CalendarJsonContext.Default.OfficialSchedulesDocumentDto, options ?? JsonReadOptions.Strict, diagnostics);
        return Finish(dto, diagnostics);
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
        var dto = JsonDocumentReader.Read(utf8Json, CalendarJsonContext.Default.OfficialSchedulesDocumentDto, options ?? JsonReadOptions.Strict, diagnostics);
        return Finish(dto, diagnostics);
    }

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Strict (default) or lenient reading.</param>
    /// <returns>The schedules and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OfficialScheduleReadResult Read(string json, JsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Writes schedules as an indented document that <see cref="Read(string, JsonReadOptions?)"/> reads back.</summary>
    /// <param name="schedules">The schedules.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> is null.</exception>
    public static string Write(IEnumerable<OfficialSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var dto = new OfficialSchedulesDocumentDto
        {
            SchemaVersion = SchemaVersion,
            Schedules = [.. schedules.Select(ToDto)],
        };
        return JsonSerializer.Serialize(dto, CalendarJsonContext.Default.OfficialSchedulesDocumentDto);
    }

    private static OfficialScheduleReadResult Finish(OfficialSchedulesDocumentDto? dto, List<Diagnostic> diagnostics)
    {
        if (dto is null || !CheckVersion(dto.SchemaVersion, diagnostics))
        {
            return new OfficialScheduleReadResult([], diagnostics);
        }

        var schedules = new List<OfficialSchedule>(dto.Schedules.Count);
        var years = new HashSet<int>();
        for (var i = 0; i < dto.Schedules.Count; i++)
        {
            var path = JsonPointer.Append(JsonPointer.Append(JsonPointer.Root, "schedules"), i);
            var schedule = FromDto(dto.Schedules[i]);
            diagnostics.AddRange(OfficialScheduleValidator.Validate(schedule, path));
            if (!years.Add(schedule.Year))
            {
                diagnostics.Add(CalendarDiagnostics.DuplicateYear.Create(JsonPointer.Append(path, "year"), schedule.Year));
            }

            schedules.Add(schedule);
        }

        return new OfficialScheduleReadResult(diagnostics.Exists(d => d.IsError) ? [] : schedules, diagnostics);
    }

    private static bool CheckVersion(string version, List<Diagnostic> diagnostics)
    {
        var path = JsonPointer.Append(JsonPointer.Root, "schemaVersion");
        var parts = version.Split('.');
        if (parts.Length != 2 || !string.Equals(parts[0], "1", StringComparison.Ordinal) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            diagnostics.Add(JsonDiagnostics.UnsupportedVersion.Create(path, version, SchemaVersion));
            return false;
        }

        if (minor > 0)
        {
            diagnostics.Add(JsonDiagnostics.NewerVersion.Create(path, version, SchemaVersion));
        }

        return true;
    }

    private static OfficialSchedule FromDto(OfficialScheduleDto dto) =>
        new(
            dto.Year,
            (dto.Holidays ?? []).Select(h => new ScheduledHoliday(h.Occasion, h.Days)
            {
                CompensatoryDays = h.CompensatoryDays,
                NameVi = h.NameVi,
                NameEn = h.NameEn,
                Source = h.Source,
            }),
            (dto.Swaps ?? []).Select(s => new WorkdaySwap(s.DayOff, s.WorkedOn) { Occasion = s.Occasion, Source = s.Source }))
        {
            Source = dto.Source,
        };

    private static OfficialScheduleDto ToDto(OfficialSchedule schedule) => new()
    {
        Year = schedule.Year,
        Source = schedule.Source,
        Holidays = [.. schedule.Holidays.Select(h => new ScheduledHolidayDto
        {
            Occasion = h.Occasion,
            Days = [.. h.Days],
            CompensatoryDays = h.CompensatoryDays is null ? null : [.. h.CompensatoryDays],
            NameVi = h.NameVi,
            NameEn = h.NameEn,
            Source = h.Source,
        })],
        Swaps = schedule.Swaps.Count == 0 ? null : [.. schedule.Swaps.Select(s => new WorkdaySwapDto
        {
            DayOff = s.DayOff,
            WorkedOn = s.WorkedOn,
            Occasion = s.Occasion,
            Source = s.Source,
        })],
    };
}
