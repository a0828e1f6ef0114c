using System.Text.Json.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>Transfer object of an official-schedules document (schemaVersion 1.0).</summary>
internal sealed class OfficialSchedulesDocumentDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string SchemaVersion { get; init; }

    public required List<OfficialScheduleDto> Schedules { get; init; }
}
