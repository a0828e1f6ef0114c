using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cchc.Domain.Scoring;
using Cchc.Domain.Serialization.Converters;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The source-generated contract of the framework and assessment documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    WriteIndented = true,
    NewLine = "\n",
    Converters =
    [
        typeof(CamelCaseEnumConverter<FrameworkLevel>),
        typeof(CamelCaseEnumConverter<AssessmentMethod>),
        typeof(CamelCaseEnumConverter<NotApplicablePolicy>),
        typeof(CamelCaseEnumConverter<ScoreRoundingMode>),
        typeof(CamelCaseEnumConverter<RoundingStage>),
        typeof(CamelCaseEnumConverter<AssessmentRound>),
        typeof(CamelCaseEnumConverter<AdjustmentDirection>),
        typeof(LocalDateJsonConverter),
    ])]
[JsonSerializable(typeof(FrameworkDto))]
[JsonSerializable(typeof(AssessmentDto))]
internal sealed partial class ScoringJsonContext : JsonSerializerContext
{
    /// <summary>The context used for writing: the relaxed encoder keeps Vietnamese letters unescaped.</summary>
    /// <remarks>Created on first use: the generated <see cref="Default"/> lives in another part of this partial class, whose static initialisation order is not defined.</remarks>
    public static ScoringJsonContext Writer => LazyWriter.Value;

    private static Lazy<ScoringJsonContext> LazyWriter { get; } = new(CreateWriter);

    private static ScoringJsonContext CreateWriter()
    {
        JsonSerializerContext defaults = Default;
        return new ScoringJsonContext(new JsonSerializerOptions(defaults.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
