using System.Text.Json.Serialization;
using Cchc.Domain.Serialization.Converters;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>The source-generated (trim- and AOT-safe) JSON contract of official-schedules documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    MaxDepth = Cchc.Domain.Serialization.JsonReadOptions.MaxDepthLimit,
    RespectNullableAnnotations = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LocalDateJsonConverter), typeof(CamelCaseEnumConverter<HolidayOccasion>)])]
[JsonSerializable(typeof(OfficialSchedulesDocumentDto))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;
