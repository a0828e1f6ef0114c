using System.Text.Json.Serialization;
using Cchc.Domain.Json.Converters;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>The source-generated (trim- and AOT-safe) JSON contract of official-schedules documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    MaxDepth = Cchc.Domain.Json.JsonReadOptions.MaxDepthLimit,
    RespectNullableAnnotations = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LocalDateJsonConverter), typeof(CamelCaseEnumConverter<HolidayOccasion>)])]
[JsonSerializable(typeof(OfficialSchedulesDocumentDto))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;
