using System.Globalization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Calendar.Schedules;

/// <summary>The official schedules shipped in the assembly (embedded resource official-schedules.json).</summary>
internal static class BuiltInSchedules
{
    public const string ResourceName = "Cchc.Domain.Calendar.Schedules.official-schedules.json";

    /// <summary>Reads the embedded schedules; a problem in them is a defect of the library and throws.</summary>
    public static IReadOnlyList<OfficialSchedule> Load()
    {
        var result = Read();
        return result.IsValid
            ? result.Schedules
            : throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"The built-in official schedules are invalid: {string.Join("; ", result.Diagnostics)}"));
    }

    /// <summary>Reads the embedded schedules with their diagnostics.</summary>
    public static OfficialScheduleReadResult Read()
    {
        using var stream = typeof(BuiltInSchedules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The resource " + ResourceName + " is missing from the assembly.");
        return OfficialScheduleJson.Read(stream);
    }
}
