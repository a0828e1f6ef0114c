using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization;
using Cchc.Domain.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Scoring;

/// <summary>The sample documents of samples/scoring, read once.</summary>
internal static class FrameworkJsonSamples
{
    public static readonly string[] AssessmentFiles =
        ["assessment-2025-stp.json", "assessment-2025-snv.json", "assessment-2025-syt.json", "assessment-2025-sxd.json", "assessment-2025-ctk.json"];

    public static ScoringFramework KhoiSo { get; } = ReadFramework("framework-khoi-so.json");

    public static ScoringFramework Provincial876 { get; } = ReadFramework("framework-par-index-tinh-876.json");

    public static IReadOnlyList<Assessment> Assessments { get; } =
        [.. AssessmentFiles.Select(f => AssessmentJson.Read(File.ReadAllBytes(Build.SamplePath(f))).Value!)];

    private static ScoringFramework ReadFramework(string name) =>
        FrameworkJson.Read(File.ReadAllBytes(Build.SamplePath(name))).Value ?? throw new InvalidOperationException(name + " is unreadable");
}
